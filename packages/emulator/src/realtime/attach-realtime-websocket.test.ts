import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

type Event = Record<string, unknown> & { type: string };

/** A realtime client over `ws` that collects events and can wait for one. */
async function open(
  model: string,
  options: { protocols?: string[]; headers?: Record<string, string> } = {},
) {
  const url = `${emulator.url.replace('http', 'ws')}/v1/realtime?model=${encodeURIComponent(model)}`;
  const socket = new WebSocket(url, options.protocols ?? [], {
    headers: options.headers ?? { authorization: `Bearer ${emulator.apiKey}` },
  });
  const events: Event[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    events.push(JSON.parse(data.toString()) as Event);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const next = async (type: string, from = 0): Promise<Event> => {
    for (;;) {
      const found = events.slice(from).find((event) => event.type === type);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const send = (event: Record<string, unknown>) => socket.send(JSON.stringify(event));
  return { socket, events, next, send, closed };
}

/** The HTTP answer to a refused upgrade. */
function refusal(model: string, headers: Record<string, string>, protocols: string[] = []) {
  const url = `${emulator.url.replace('http', 'ws')}/v1/realtime?model=${encodeURIComponent(model)}`;
  return new Promise<{ status: number; body: { error: { message: string; code: string } } }>(
    (resolve, reject) => {
      const socket = new WebSocket(url, protocols, { headers });
      socket.on('unexpected-response', (_request, response: IncomingMessage) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }),
        );
      });
      socket.on('open', () => reject(new Error('upgrade was accepted')));
      socket.on('error', () => {});
    },
  );
}

/** A user text message item. */
const userText = (text: string) => ({
  type: 'conversation.item.create',
  item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] },
});

const weatherTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

describe('GET /v1/realtime (WebSocket)', () => {
  it('runs a session: created, updated with a tool, a function call round trip, audio and usage', async () => {
    const client = await open('gpt-realtime');
    const created = await client.next('session.created');
    expect(created.session).toMatchObject({ type: 'realtime', model: 'gpt-realtime' });
    expect(client.socket.protocol).toBe('');

    client.send({
      type: 'session.update',
      session: { type: 'realtime', instructions: 'Be brief.', tools: [weatherTool] },
    });
    const updated = await client.next('session.updated');
    expect(updated.session).toMatchObject({
      instructions: 'Be brief.',
      tools: [expect.objectContaining({ name: 'get_weather' })],
    });

    client.send(userText('Use get_weather for Paris'));
    await client.next('conversation.item.added');
    client.send({ type: 'response.create' });
    const call = await client.next('response.function_call_arguments.done');
    expect(call).toMatchObject({ name: 'get_weather', arguments: '{"city":"Paris"}' });
    const firstDone = await client.next('response.done');
    expect(firstDone.response).toMatchObject({
      status: 'completed',
      output: [expect.objectContaining({ type: 'function_call' })],
    });
    const argumentDeltas = client.events.filter(
      (event) => event.type === 'response.function_call_arguments.delta',
    );
    expect(argumentDeltas.map((event) => event.delta).join('')).toBe('{"city":"Paris"}');

    const from = client.events.length;
    client.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: call.call_id, output: '{"temperature":21}' },
    });
    client.send({ type: 'response.create' });
    const transcript = await client.next('response.output_audio_transcript.done', from);
    expect(transcript.transcript).toBe('Based on get_weather: {"temperature":21}.');
    const done = await client.next('response.done', from);
    const audio = client.events
      .slice(from)
      .filter((event) => event.type === 'response.output_audio.delta')
      .map((event) => Buffer.from(String(event.delta), 'base64'));
    const pcm = Buffer.concat(audio);
    expect(pcm.length).toBeGreaterThan(4_800);
    expect(pcm.length % 2).toBe(0);
    const samples = Array.from({ length: pcm.length / 2 }, (_, i) => pcm.readInt16LE(i * 2));
    expect(Math.max(...samples)).toBeGreaterThan(5_000);
    const usage = (done.response as { usage: Record<string, unknown> }).usage;
    expect(usage).toMatchObject({
      input_tokens: expect.any(Number),
      output_tokens: expect.any(Number),
      output_token_details: { text_tokens: expect.any(Number), audio_tokens: expect.any(Number) },
    });
    client.socket.close();
  });

  it('answers in text with output_text deltas when asked, and echoes without a tool request', async () => {
    const client = await open('gpt-realtime-mini', {
      protocols: [
        'realtime',
        `openai-insecure-api-key.${emulator.apiKey}`,
        'openai-beta.realtime-v1',
      ],
      headers: {},
    });
    expect(client.socket.protocol).toBe('realtime');
    client.send({
      type: 'session.update',
      session: { type: 'realtime', output_modalities: ['text'], tools: [weatherTool] },
    });
    client.send(userText('Hello there'));
    client.send({ type: 'response.create' });
    const done = await client.next('response.output_text.done');
    expect(done.text).toBe('Echo: Hello there');
    client.socket.close();
  });

  it('speaks the beta event names for preview models', async () => {
    const client = await open('gpt-4o-realtime-preview');
    client.send({ type: 'session.update', session: { modalities: ['text'] } });
    client.send(userText('Hi'));
    client.send({ type: 'response.create' });
    await client.next('response.done');
    const types = client.events.map((event) => event.type);
    expect(types).not.toContain('error');
    expect(types).toContain('conversation.item.created');
    expect(types).toContain('response.text.delta');
    expect(types).not.toContain('response.output_text.delta');
    client.socket.close();
  });

  it("rejects the other protocol version's session shape", async () => {
    const ga = await open('gpt-realtime');
    ga.send({ type: 'session.update', session: { modalities: ['text'] } });
    expect((await ga.next('error')).error).toMatchObject({ param: 'session.type' });
    ga.socket.close();
    const beta = await open('gpt-4o-mini-realtime-preview');
    beta.send({
      type: 'session.update',
      session: { type: 'realtime', output_modalities: ['text'] },
    });
    expect((await beta.next('error')).error).toMatchObject({ code: 'unknown_parameter' });
    beta.socket.close();
  });

  it('transcribes committed input audio when transcription is on', async () => {
    const client = await open('gpt-realtime');
    client.send({
      type: 'session.update',
      session: { type: 'realtime', audio: { input: { transcription: { model: 'whisper-1' } } } },
    });
    client.send({
      type: 'input_audio_buffer.append',
      audio: Buffer.alloc(9_600, 1).toString('base64'),
    });
    client.send({ type: 'input_audio_buffer.commit' });
    const transcription = await client.next(
      'conversation.item.input_audio_transcription.completed',
    );
    expect(String(transcription.transcript).length).toBeGreaterThan(10);
    client.socket.close();
  });

  it('refuses before the upgrade with the relay status and error JSON', async () => {
    const bearer = { authorization: `Bearer ${emulator.apiKey}` };
    const badKey = await refusal('gpt-realtime', { authorization: 'Bearer sk-wrong' });
    expect(badKey.status).toBe(401);
    expect(badKey.body.error.message).toMatch(/^Invalid token/);
    const badProtocolKey = await refusal('gpt-realtime', {}, [
      'realtime',
      'openai-insecure-api-key.sk-wrong',
    ]);
    expect(badProtocolKey.status).toBe(401);
    const unknown = await refusal('gpt-5', bearer);
    expect(unknown.status).toBe(503);
    expect(unknown.body.error.code).toBe('model_not_found');
    const noModel = await refusal('', bearer);
    expect(noModel.status).toBe(400);
    const limited = await refusal('gpt-realtime~fault:rate-limit', bearer);
    expect(limited.status).toBe(429);
  });

  it('sends error events for bad client events and for the stream-error fault', async () => {
    const client = await open('gpt-realtime~fault:stream-error');
    client.socket.send('not json');
    const invalidJson = await client.next('error');
    expect(invalidJson.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'invalid_json',
    });
    const from = client.events.length;
    client.send({ type: 'response.make', event_id: 'evt_client_1' });
    const unknownType = await client.next('error', from);
    expect(unknownType.error).toMatchObject({ code: 'invalid_value', event_id: 'evt_client_1' });
    const before = client.events.length;
    client.send({ type: 'response.create' });
    const upstream = await client.next('error', before);
    expect(upstream.event_id).toMatch(/^evt_/);
    expect(upstream.error).toMatchObject({ type: 'server_error', code: 'upstream_error' });
    client.socket.close();
  });

  it('response.cancel ends the running response as cancelled; without one it is an error', async () => {
    const slow = await startEmulator({ chunkDelayMs: 20 });
    try {
      const url = `${slow.url.replace('http', 'ws')}/v1/realtime?model=gpt-realtime`;
      const socket = new WebSocket(url, { headers: { authorization: `Bearer ${slow.apiKey}` } });
      const events: Event[] = [];
      socket.on('message', (data) => events.push(JSON.parse(data.toString()) as Event));
      await new Promise((resolve) => socket.once('open', resolve));
      const send = (event: Record<string, unknown>) => socket.send(JSON.stringify(event));
      send({ type: 'response.cancel' });
      send(userText('Tell me a long story about the sea and the ships'));
      send({ type: 'response.create' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      send({ type: 'response.cancel' });
      await vi.waitFor(() =>
        expect(events.some((event) => event.type === 'response.done')).toBe(true),
      );
      const done = events.find((event) => event.type === 'response.done');
      expect(done?.response).toMatchObject({ status: 'cancelled' });
      expect(events.find((event) => event.type === 'error')?.error).toMatchObject({
        code: 'response_cancel_not_active',
      });
      socket.close();
    } finally {
      await slow.close();
    }
  });

  it('drop-mid-stream closes the socket without a close frame in the middle of a response', async () => {
    const client = await open('gpt-realtime~fault:drop-mid-stream');
    client.send(userText('Tell me a long story about the sea'));
    client.send({ type: 'response.create' });
    expect(await client.closed).toBe(1006);
    const types = client.events.map((event) => event.type);
    expect(types).toContain('response.created');
    expect(types).not.toContain('response.done');
  });
});
