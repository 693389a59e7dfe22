import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APICallError, LoadAPIKeyError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createCCAPI } from '../ccapi-provider';
import type {
  CCAPIRealtimeConnection,
  CCAPIWebSocketConstructor,
  CCAPIWebSocketEvent,
} from './ccapi-realtime-connection';
import { CCAPIRealtimeError } from './ccapi-realtime-error';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const provider = (apiKey = emulator.apiKey) => createCCAPI({ baseURL: emulator.baseURL, apiKey });

/**
 * A `ws` client seen only through the standard WebSocket surface (no `unexpected-response`), with
 * a hook to rewrite incoming text, as a broken upstream would send it.
 */
class ForwardingWebSocket {
  private readonly socket: WebSocket;
  constructor(
    url: string,
    protocols?: string | string[],
    options?: { headers?: Record<string, string> },
  ) {
    this.socket = new WebSocket(url, protocols, options);
  }
  get readyState() {
    return this.socket.readyState;
  }
  send(data: string) {
    this.socket.send(data);
  }
  close(code?: number) {
    this.socket.close(code);
  }
  addEventListener(
    type: 'open' | 'message' | 'close' | 'error',
    listener: (event: CCAPIWebSocketEvent) => void,
  ) {
    this.socket.addEventListener(type, (event) => {
      if (type !== 'message') return listener(event as CCAPIWebSocketEvent);
      listener({ data: this.rewrite(String((event as { data: unknown }).data)) });
    });
  }
  protected rewrite(data: string): string {
    return data;
  }
}

/** Reads events until one of the given type arrives (or the connection ends). */
async function until(
  iterator: AsyncIterator<CCAPIRealtimeServerEvent>,
  type: CCAPIRealtimeServerEvent['type'],
  seen: CCAPIRealtimeServerEvent[] = [],
): Promise<CCAPIRealtimeServerEvent> {
  for (;;) {
    const next = await iterator.next();
    if (next.done) throw new Error(`connection ended before ${type}`);
    seen.push(next.value);
    if (next.value.type === type) return next.value;
  }
}

const weatherTool = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

describe('realtimeModel(id).connect(): a server-side session with the key in the header', () => {
  it('runs a whole session: tool call round trip, audio, transcript and usage', async () => {
    const connection = await provider().realtimeModel('gpt-realtime').connect();
    expect(connection.url).toBe(
      `${emulator.url.replace('http', 'ws')}/v1/realtime?model=gpt-realtime`,
    );
    expect(connection.sessionId).toMatch(/^sess_/);
    const events = connection[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ type: 'session-created' });

    await connection.send({
      type: 'session-update',
      config: { instructions: 'Call get_weather when asked about weather.', tools: [weatherTool] },
    });
    await until(events, 'session-updated');
    await connection.send({
      type: 'conversation-item-create',
      item: { type: 'text-message', role: 'user', text: 'How is the weather in Paris?' },
    });
    await connection.send({ type: 'response-create' });
    const call = await until(events, 'function-call-arguments-done');
    expect(call).toMatchObject({ name: 'get_weather', arguments: '{"city":"Paris"}' });
    await until(events, 'response-done');

    if (call.type !== 'function-call-arguments-done') throw new Error('unreachable');
    await connection.send({
      type: 'conversation-item-create',
      item: { type: 'function-call-output', callId: call.callId, output: '{"temperature":21}' },
    });
    await connection.send({ type: 'response-create' });
    const seen: CCAPIRealtimeServerEvent[] = [];
    const done = await until(events, 'response-done', seen);
    const audio = seen.flatMap((event) =>
      event.type === 'audio-delta' ? [Buffer.from(event.delta, 'base64')] : [],
    );
    expect(Buffer.concat(audio).length).toBeGreaterThan(4_000);
    const transcript = seen.find((event) => event.type === 'audio-transcript-done');
    expect(transcript).toMatchObject({ transcript: 'Based on get_weather: {"temperature":21}.' });
    expect(done).toMatchObject({
      status: 'completed',
      usage: {
        inputTokens: expect.any(Number),
        outputTokens: expect.any(Number),
        outputAudioTokens: expect.any(Number),
      },
    });

    connection.close();
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });

  it('authenticates with the key subprotocol when asked (standard WebSockets cannot send headers)', async () => {
    const connection = await provider()
      .realtimeModel('gpt-realtime-mini')
      .connect({
        auth: 'subprotocol',
        WebSocket: WebSocket as unknown as CCAPIWebSocketConstructor,
      });
    const upgrade = emulator.requests.filter((request) => request.path === '/v1/realtime').at(-1);
    expect(upgrade?.headers.authorization).toBeUndefined();
    expect(String(upgrade?.headers['sec-websocket-protocol']).split(/,\s*/)).toEqual([
      'realtime',
      `openai-insecure-api-key.${emulator.apiKey}`,
      'openai-beta.realtime-v1',
    ]);
    connection.close();
  });

  it('keeps going after an error event, which carries a typed, retryable error', async () => {
    const connection = await provider().realtimeModel('gpt-realtime~fault:stream-error').connect();
    const events = connection[Symbol.asyncIterator]();
    await connection.send({ type: 'response-create' });
    const error = await until(events, 'error');
    if (error.type !== 'error') throw new Error('unreachable');
    expect(CCAPIRealtimeError.isInstance(error.error)).toBe(true);
    expect(error.error).toMatchObject({
      reason: 'error-event',
      code: 'upstream_error',
      type: 'server_error',
      isRetryable: true,
    });
    expect(error.message).toMatch(/Send response.create again/);
    // Still open: a bad client event gets its own error naming the event.
    connection.sendRaw({ type: 'response.make', event_id: 'evt_mine' });
    const rejected = await until(events, 'error');
    expect(rejected).toMatchObject({
      clientEventId: 'evt_mine',
      error: expect.objectContaining({ code: 'invalid_value', isRetryable: false }),
    });
    connection.close();
  });

  it('a socket closed mid-response ends the iteration with CCAPIRealtimeError', async () => {
    const connection = await provider()
      .realtimeModel('gpt-realtime~fault:drop-mid-stream')
      .connect();
    await connection.send({
      type: 'conversation-item-create',
      item: { type: 'text-message', role: 'user', text: 'Tell me a long story about the sea' },
    });
    await connection.send({ type: 'response-create' });
    const error = await (async () => {
      for await (const _event of connection) {
        // drain
      }
    })().catch((caught: unknown) => caught);
    expect(CCAPIRealtimeError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'connection-closed',
      closeCode: 1006,
      isRetryable: true,
    });
    expect((error as Error).message).toMatch(/in the middle of a response, which is incomplete/);
    await expect(connection.send({ type: 'response-create' })).rejects.toThrow(
      /is closed; connect again/,
    );
  });
});

describe('realtimeModel(id).connect(): failures before the upgrade', () => {
  it('a wrong key is an APICallError with the 401, explained, without the key', async () => {
    const wrongKey = 'sk-wrong-realtime-key-0123456789';
    const error = await provider(wrongKey)
      .realtimeModel('gpt-realtime')
      .connect()
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
    expect((error as Error).message).toMatch(/CCAPI rejected the API key \(401\)/);
    expect(JSON.stringify(error)).not.toContain(wrongKey);
  });

  it('an unknown model is model_not_found (503), naming the model; quota and rate limits keep their status', async () => {
    const unknown = await provider()
      .realtimeModel('gpt-5')
      .connect()
      .catch((caught: unknown) => caught);
    expect(unknown).toMatchObject({ statusCode: 503, isRetryable: true });
    expect((unknown as Error).message).toMatch(/no available channel for model 'gpt-5'/);
    const quota = await provider()
      .realtimeModel('gpt-realtime~fault:insufficient-quota')
      .connect()
      .catch((caught: unknown) => caught);
    expect((quota as Error).message).toMatch(/balance is insufficient/);
    const limited = await provider()
      .realtimeModel('gpt-realtime~fault:rate-limit')
      .connect()
      .catch((caught: unknown) => caught);
    expect(limited).toMatchObject({ statusCode: 429, isRetryable: true });
  });

  it('a missing key is a LoadAPIKeyError naming CCAPI_API_KEY', async () => {
    const saved = process.env.CCAPI_API_KEY;
    delete process.env.CCAPI_API_KEY;
    try {
      const error = await createCCAPI({ baseURL: emulator.baseURL })
        .realtimeModel('gpt-realtime')
        .connect()
        .catch((caught: unknown) => caught);
      expect(LoadAPIKeyError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain('CCAPI_API_KEY');
    } finally {
      if (saved != null) process.env.CCAPI_API_KEY = saved;
    }
  });

  it('a WebSocket that cannot see the status still fails with a typed error', async () => {
    // A standard-style client: no `unexpected-response`, only `close` (code 1006).
    class StandardWebSocket extends ForwardingWebSocket {}
    const error = await provider('sk-wrong-key-for-standard-client')
      .realtimeModel('gpt-realtime')
      .connect({ WebSocket: StandardWebSocket as CCAPIWebSocketConstructor, auth: 'subprotocol' })
      .catch((caught: unknown) => caught);
    expect(CCAPIRealtimeError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'connect-failed' });
    expect((error as Error).message).toMatch(/with the `ws` package installed/);
    expect((error as Error).message).not.toContain('sk-wrong-key-for-standard-client');
  });

  it('an abort signal cancels connecting', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      provider().realtimeModel('gpt-realtime').connect({ abortSignal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('key redaction on the realtime socket', () => {
  it('removes the key from a refused upgrade whose body and headers echo it', async () => {
    // A gateway in front of CCAPI that quotes the rejected Authorization header.
    const key = 'sk-echoed-realtime-key-0123456789';
    const echoing = createServer();
    echoing.on('upgrade', (request, socket) => {
      const body = JSON.stringify({
        error: {
          message: `token ${request.headers.authorization} is invalid`,
          type: 'new_api_error',
          code: '',
        },
      });
      socket.end(
        `HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\nx-echo: ${key}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    await new Promise<void>((resolve) => echoing.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = echoing.address() as AddressInfo;
      const error = await createCCAPI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: key })
        .realtimeModel('gpt-realtime')
        .connect()
        .catch((caught: unknown) => caught);
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).responseBody).toContain('[redacted]');
      const everything = JSON.stringify({ error, message: (error as Error).message });
      expect(everything).not.toContain(key.slice(3));
    } finally {
      await new Promise<void>((resolve) => echoing.close(() => resolve()));
    }
  });

  it('removes the key from error events that echo it, in the message, the raw event and through a relay', async () => {
    // An upstream that echoes the key in its error text, as a misconfigured proxy might.
    const key = emulator.apiKey;
    class EchoingWebSocket extends ForwardingWebSocket {
      protected override rewrite(data: string): string {
        return data.replace('upstream error:', `upstream error (token ${key}):`);
      }
    }
    const connection: CCAPIRealtimeConnection = await provider()
      .realtimeModel('gpt-realtime~fault:stream-error')
      .connect({ WebSocket: EchoingWebSocket as CCAPIWebSocketConstructor });
    const events = connection[Symbol.asyncIterator]();
    await connection.send({ type: 'response-create' });
    const error = await until(events, 'error');
    const everything = JSON.stringify({
      error,
      message: (error as { error: Error }).error.message,
    });
    expect(everything).toContain('[redacted]');
    expect(everything).not.toContain(key.slice(3));
    connection.close();
  });
});
