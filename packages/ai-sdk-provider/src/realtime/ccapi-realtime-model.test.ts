import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import {
  experimental_decodeRealtimeAudio as decodeRealtimeAudio,
  experimental_getRealtimeToolDefinitions as getRealtimeToolDefinitions,
  tool,
} from 'ai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { z } from 'zod/v4';
import {
  installRealtimeBrowserGlobals,
  TestRealtimeSession,
} from '../../test/realtime-browser-kit';
import { createCCAPI } from '../ccapi-provider';

let emulator: RunningEmulator;
let browser: ReturnType<typeof installRealtimeBrowserGlobals>;
let relayServer: Server;
let relayURL: string;
const sessions: TestRealtimeSession[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  browser = installRealtimeBrowserGlobals();
  // The documented server-side relay: the key lives here, the browser connects without it.
  const server = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
  relayServer = createServer();
  const sockets = new WebSocketServer({ server: relayServer });
  sockets.on('connection', (socket, request) => {
    const model = new URL(request.url ?? '/', 'http://relay').searchParams.get('model') ?? '';
    void server.realtimeModel(model).relay(socket);
  });
  await new Promise<void>((resolve) => relayServer.listen(0, '127.0.0.1', resolve));
  relayURL = `ws://127.0.0.1:${(relayServer.address() as AddressInfo).port}/realtime`;
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.disconnect();
});
afterAll(async () => {
  browser.restore();
  await new Promise<void>((resolve) => relayServer.close(() => resolve()));
  await emulator.close();
});

// In the browser the provider has no key; only the relay holds one.
const browserModel = (modelId: string) =>
  createCCAPI({ baseURL: emulator.baseURL, apiKey: 'browser-has-no-key' }).realtimeModel(modelId);

const weatherTools = {
  get_weather: tool({
    description: 'Current weather for a city',
    inputSchema: z.object({ city: z.string() }),
  }),
};

function session(options: ConstructorParameters<typeof TestRealtimeSession>[0]) {
  const created = new TestRealtimeSession(options);
  sessions.push(created);
  return created;
}

describe('ccapi.realtimeModel() in the AI SDK realtime session (through a server-side relay)', () => {
  it('connects, updates the session with a tool, streams audio, answers the function call and reports usage', async () => {
    const toolCalls: unknown[] = [];
    const realtime = session({
      model: browserModel('gpt-realtime'),
      api: { websocket: `${relayURL}?model=gpt-realtime` },
      sessionConfig: {
        instructions: 'You are a weather assistant.',
        outputModalities: ['audio'],
        voice: 'marin',
        tools: await getRealtimeToolDefinitions({ tools: weatherTools }),
      },
      onToolCall: ({ toolCall }) => {
        toolCalls.push(toolCall);
        return { city: 'Paris', temperature: 21 };
      },
    });

    await realtime.connect();
    await realtime.waitFor(() => realtime.snapshot.status === 'connected', 'connected');
    await realtime.waitFor(() => realtime.count('session-updated') === 1, 'session.updated');
    const updated = realtime.received.find((event) => event.type === 'session-updated');
    expect(updated?.raw).toMatchObject({
      session: {
        instructions: 'You are a weather assistant.',
        tools: [expect.objectContaining({ name: 'get_weather' })],
        audio: { output: { voice: 'marin' } },
      },
    });

    realtime.sendTextMessage('Use get_weather for Paris');
    await realtime.waitFor(() => realtime.count('response-done') === 2, 'two responses');

    expect(toolCalls).toEqual([
      {
        toolCallId: expect.stringMatching(/^call_/),
        toolName: 'get_weather',
        args: { city: 'Paris' },
      },
    ]);
    const transcript = realtime.received
      .filter((event) => event.type === 'audio-transcript-delta')
      .map((event) => (event.type === 'audio-transcript-delta' ? event.delta : ''))
      .join('');
    expect(transcript).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');

    // Real PCM16 reached the (fake) speakers: a tone, not silence.
    const audioDeltas = realtime.received.filter((event) => event.type === 'audio-delta');
    expect(audioDeltas.length).toBeGreaterThan(3);
    const played = browser.playedSamples.flatMap((samples) => Array.from(samples));
    expect(played.length).toBeGreaterThan(2_400);
    expect(Math.max(...played.map(Math.abs))).toBeGreaterThan(0.2);
    const first = audioDeltas[0];
    if (first?.type === 'audio-delta')
      expect(decodeRealtimeAudio(first.delta).length).toBeGreaterThan(0);

    const done = realtime.received.filter((event) => event.type === 'response-done');
    for (const event of done) {
      expect(event.type === 'response-done' && event.usage).toMatchObject({
        inputTokens: expect.any(Number),
        outputTokens: expect.any(Number),
        inputTextTokens: expect.any(Number),
      });
    }
    expect(done[1]?.type === 'response-done' && done[1].usage?.outputAudioTokens).toBeGreaterThan(
      0,
    );
    expect(realtime.errors).toEqual([]);

    // The relay authenticated upstream with the header; the browser socket carried no key.
    const upgrades = emulator.requests.filter((request) => request.path === '/v1/realtime');
    expect(upgrades.at(-1)?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(String(upgrades.at(-1)?.headers['user-agent'])).toMatch(/^ccapi-ai-sdk-provider\//);
  });

  it('answers in text with the beta protocol of a preview model', async () => {
    const realtime = session({
      model: browserModel('gpt-4o-realtime-preview'),
      api: { websocket: `${relayURL}?model=gpt-4o-realtime-preview` },
      sessionConfig: { outputModalities: ['text'], instructions: 'Be brief.' },
    });
    await realtime.connect();
    await realtime.waitFor(() => realtime.count('session-updated') === 1, 'session.updated');
    realtime.sendTextMessage('Hello from the beta protocol');
    await realtime.waitFor(() => realtime.count('response-done') === 1, 'response.done');
    const text = realtime.received
      .map((event) => (event.type === 'text-delta' ? event.delta : ''))
      .join('');
    expect(text).toBe('Echo: Hello from the beta protocol');
    expect(realtime.errors).toEqual([]);
  });

  it('connects straight to CCAPI with the key subprotocols (the browser form with the key exposed)', async () => {
    const model = browserModel('gpt-realtime-mini');
    const url = `${emulator.url.replace('http', 'ws')}/v1/realtime?model=gpt-realtime-mini`;
    const { protocols } = model.getWebSocketConfig({ token: emulator.apiKey, url });
    expect(protocols).toEqual([
      'realtime',
      `openai-insecure-api-key.${emulator.apiKey}`,
      'openai-beta.realtime-v1',
    ]);
    const realtime = session({
      model,
      api: { websocket: url, protocols },
      sessionConfig: { outputModalities: ['text'] },
    });
    await realtime.connect();
    await realtime.waitFor(() => realtime.snapshot.status === 'connected', 'connected');
    realtime.sendTextMessage('Hi');
    await realtime.waitFor(() => realtime.count('response-done') === 1, 'response.done');
    expect(
      realtime.received.some((event) => event.type === 'text-done' && event.text === 'Echo: Hi'),
    ).toBe(true);
  });

  it('reports a refused upstream (bad key on the relay) as an error, without the key', async () => {
    const badKey = 'sk-relay-wrong-key-0123456789';
    const failing = createServer();
    const sockets = new WebSocketServer({ server: failing });
    sockets.on('connection', (socket) => {
      void createCCAPI({ baseURL: emulator.baseURL, apiKey: badKey })
        .realtimeModel('gpt-realtime')
        .relay(socket);
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    try {
      const realtime = session({
        model: browserModel('gpt-realtime'),
        api: { websocket: `ws://127.0.0.1:${(failing.address() as AddressInfo).port}` },
      });
      await realtime.connect();
      await realtime.waitFor(() => realtime.snapshot.status === 'error', 'error status');
      const messages = realtime.errors.map((error) => error.message).join('\n');
      expect(messages).toMatch(/rejected the API key \(401\)/);
      expect(messages).not.toContain(badKey);
      expect(JSON.stringify(realtime.received)).not.toContain(badKey);
    } finally {
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });

  it('reports an error event and a socket closed mid-response', async () => {
    const failingEvent = session({
      model: browserModel('gpt-realtime'),
      api: {
        websocket: `${relayURL}?model=${encodeURIComponent('gpt-realtime~fault:stream-error')}`,
      },
    });
    await failingEvent.connect();
    await failingEvent.waitFor(() => failingEvent.snapshot.status === 'connected', 'connected');
    failingEvent.sendTextMessage('Hi');
    await failingEvent.waitFor(() => failingEvent.errors.length > 0, 'an error');
    expect(failingEvent.errors[0]?.message).toMatch(
      /^CCAPI realtime error for model 'gpt-realtime' \(server_error\/upstream_error\): upstream error/,
    );
    const errorEvent = failingEvent.received.find((event) => event.type === 'error');
    expect(errorEvent).toMatchObject({
      code: 'upstream_error',
      error: expect.objectContaining({ reason: 'error-event', isRetryable: true }),
    });

    const dropped = session({
      model: browserModel('gpt-realtime'),
      api: {
        websocket: `${relayURL}?model=${encodeURIComponent('gpt-realtime~fault:drop-mid-stream')}`,
      },
      sessionConfig: { outputModalities: ['text'] },
    });
    await dropped.connect();
    await dropped.waitFor(() => dropped.snapshot.status === 'connected', 'connected');
    dropped.sendTextMessage('Tell me a long story about the sea');
    await dropped.waitFor(() => dropped.snapshot.status === 'error', 'error status');
    expect(dropped.errors.map((error) => error.message).join('\n')).toMatch(
      /closed unexpectedly \(code 1006\) in the middle of a response/,
    );
  });
});

describe('CCAPIRealtimeModel entry', () => {
  it('parses the first server events before its implementation is loaded', () => {
    const model = browserModel('gpt-realtime');
    expect(model.parseServerEvent({ type: 'session.created', session: { id: 'sess_1' } })).toEqual({
      type: 'session-created',
      sessionId: 'sess_1',
      raw: { type: 'session.created', session: { id: 'sess_1' } },
    });
    expect(
      model.parseServerEvent({ type: 'error', error: { code: 'x', message: 'm' } }),
    ).toMatchObject({
      type: 'error',
      code: 'x',
    });
  });

  it('needs the implementation for the synchronous buildSessionConfig, then maps both protocols', async () => {
    const ga = browserModel('gpt-realtime');
    expect(() => ga.buildSessionConfig({ instructions: 'x' })).toThrow(
      /before the realtime code finished loading/,
    );
    await ga.serializeClientEvent({ type: 'response-cancel' });
    expect(
      ga.buildSessionConfig({
        instructions: 'x',
        outputModalities: ['audio'],
        voice: 'marin',
        providerOptions: { ccapi: { max_output_tokens: 64 } },
      }),
    ).toEqual({
      type: 'realtime',
      model: 'gpt-realtime',
      instructions: 'x',
      output_modalities: ['audio'],
      audio: { output: { voice: 'marin' } },
      max_output_tokens: 64,
    });
    const beta = browserModel('gpt-4o-realtime-preview');
    expect(beta.protocol).toBe('beta');
    expect(
      await beta.serializeClientEvent({
        type: 'session-update',
        config: {
          outputModalities: ['audio'],
          voice: 'alloy',
          turnDetection: { type: 'disabled' },
        },
      }),
    ).toEqual({
      type: 'session.update',
      session: { modalities: ['audio', 'text'], voice: 'alloy', turn_detection: null },
    });
  });

  it('rejects transcription-only sessions, non-object provider options and an unknown protocol', async () => {
    expect(() => createCCAPI().realtimeModel('gpt-realtime', { protocol: 'v2' as 'ga' })).toThrow(
      /must be 'ga' or 'beta', got "v2"/,
    );
    const model = browserModel('gpt-realtime');
    await expect(model.getServerWebSocketConfig({ intent: 'transcription' })).rejects.toThrow(
      /only conversation sessions connect/,
    );
    await expect(
      model.serializeClientEvent({
        type: 'session-update',
        config: { providerOptions: { ccapi: 'fast' } },
      }),
    ).rejects.toThrow(/must be an object of extra OpenAI Realtime session fields/);
  });

  it('derives the WebSocket URL from the base URL (http → ws, https → wss)', async () => {
    const local = await createCCAPI({ baseURL: 'http://127.0.0.1:4010/v1', apiKey: 'sk-x' })
      .realtimeModel('gpt-realtime')
      .getServerWebSocketConfig();
    expect(local.url).toBe('ws://127.0.0.1:4010/v1/realtime?model=gpt-realtime');
    const live = await createCCAPI({ apiKey: 'sk-live-key-123456789' })
      .realtimeModel('gpt-realtime')
      .getServerWebSocketConfig();
    expect(live.url).toBe('wss://api.ccapi.ai/v1/realtime?model=gpt-realtime');
    expect(live.headers.Authorization).toBe('Bearer sk-live-key-123456789');
    // A proxy path and a trailing slash are kept and dropped as for HTTP; the id is encoded.
    const proxied = await createCCAPI({
      baseURL: 'https://proxy.example.com/ccapi/v1/',
      apiKey: 'sk-x',
    })
      .realtimeModel('openai/gpt-realtime')
      .getServerWebSocketConfig();
    expect(proxied.url).toBe(
      'wss://proxy.example.com/ccapi/v1/realtime?model=openai%2Fgpt-realtime',
    );
  });
});
