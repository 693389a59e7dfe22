import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorFault } from '../faults/emulator-fault';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import { type AnyChunk, joinContent, parseSSEData, postChat, readSSE } from './chat-test-client';

let emulator: RunningEmulator;
let stalling: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 150 });
  stalling = await startEmulator({ stallMs: 60_000 });
});
afterAll(async () => {
  await Promise.all([emulator.close(), stalling.close()]);
});

const prompt = 'tell me a story about seven brave little robots';
const streamBody = { model: 'gpt-5', stream: true, messages: [{ role: 'user', content: prompt }] };

function streamWithFault(fault: EmulatorFault, target = emulator, init: RequestInit = {}) {
  return postChat(target, streamBody, { 'x-emulator-fault': fault }, init);
}

/** Reads a body until it ends or breaks; returns the text and the error, if any. */
async function readUntilBroken(response: Response): Promise<{ text: string; error: unknown }> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}

const hasFinish = (data: unknown[]) =>
  data.some((chunk) =>
    (chunk as AnyChunk)?.choices?.some((c: AnyChunk) => c.finish_reason != null),
  );

describe('stream faults', () => {
  it('drop-mid-stream: a few chunks, then the connection breaks without finish or [DONE]', async () => {
    const response = await streamWithFault('drop-mid-stream');
    expect(response.status).toBe(200);
    const { text, error } = await readUntilBroken(response);
    expect(error).toBeInstanceOf(Error);
    const data = parseSSEData(text);
    expect(data).toHaveLength(2);
    expect((data[0] as AnyChunk).choices[0].delta.role).toBe('assistant');
    expect(hasFinish(data)).toBe(false);
    expect(text).not.toContain('[DONE]');
  });

  it('malformed-chunk: one cut-off frame, then the stream continues normally', async () => {
    const text = await (await streamWithFault('malformed-chunk')).text();
    const frames = text.split('\n\n').filter((f) => f.length > 0);
    expect(frames[1]).toBe('data: {"choices":[{"delt');
    const valid = parseSSEData(frames.filter((_, i) => i !== 1).join('\n\n'));
    expect(joinContent(valid)).toBe(`Echo: ${prompt}`);
    expect(hasFinish(valid)).toBe(true);
    expect(valid.at(-1)).toBe('[DONE]');
  });

  it('stream-error: an error data frame, then the usage chunk and [DONE] (pass-through channel)', async () => {
    const { data } = await readSSE(await streamWithFault('stream-error'));
    const errorAt = data.findIndex((d) => (d as AnyChunk)?.error !== undefined);
    expect(errorAt).toBe(2);
    expect((data[errorAt] as AnyChunk).error).toMatchObject({
      message: expect.any(String),
      type: 'server_error',
      code: 'server_error',
    });
    expect(hasFinish(data)).toBe(false);
    const usage = data[errorAt + 1] as AnyChunk;
    expect(usage.choices).toEqual([]);
    expect(usage.usage.prompt_tokens).toBeGreaterThan(0);
    expect(data.at(-1)).toBe('[DONE]');
    expect(data).toHaveLength(errorAt + 3);
  });

  it('stream-error-bare: the relay’s bare error JSON, no data: prefix, no newline, no [DONE]', async () => {
    const { text } = await readSSE(await streamWithFault('stream-error-bare'));
    const bareAt = text.lastIndexOf('\n\n') + 2;
    const bare = text.slice(bareAt);
    expect(JSON.parse(bare)).toEqual({
      error: {
        message: expect.stringMatching(/^Overloaded \(request id: \d+\)$/),
        type: 'overloaded_error',
        param: '',
        code: 'overloaded_error',
      },
    });
    expect(text.endsWith('}')).toBe(true);
    expect(text).not.toContain('[DONE]');
    expect(parseSSEData(text.slice(0, bareAt))).toHaveLength(2);
  });

  it('no-finish: all content, then [DONE] without any finish_reason', async () => {
    const { data } = await readSSE(await streamWithFault('no-finish'));
    expect(joinContent(data)).toBe(`Echo: ${prompt}`);
    expect(hasFinish(data)).toBe(false);
    expect(data.at(-1)).toBe('[DONE]');
  });

  it('no-finish also works through the model-id suffix', async () => {
    const response = await postChat(emulator, { ...streamBody, model: 'gpt-5~fault:no-finish' });
    const { data } = await readSSE(response);
    expect(hasFinish(data)).toBe(false);
    expect((data[0] as AnyChunk).model).toBe('gpt-5');
  });

  it('stall: one chunk, a pause of stallMs, then [DONE] without a finish', async () => {
    const started = Date.now();
    const { data } = await readSSE(await streamWithFault('stall'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(data).toHaveLength(2);
    expect((data[0] as AnyChunk).choices[0].delta.role).toBe('assistant');
    expect(data[1]).toBe('[DONE]');
  });

  it('stall: holds until the client aborts', async () => {
    const controller = new AbortController();
    const response = await streamWithFault('stall', stalling, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('"role":"assistant"');
    const next = reader.read();
    setTimeout(() => controller.abort(), 50);
    await expect(next).rejects.toThrow();
  });
});

describe('stream faults on non-stream requests', () => {
  const body = { model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] };
  const withFault = (fault: EmulatorFault, target = emulator, init: RequestInit = {}) =>
    postChat(target, body, { 'x-emulator-fault': fault }, init);

  it('drop-mid-stream destroys the connection before any answer', async () => {
    await expect(withFault('drop-mid-stream')).rejects.toThrow();
  });

  it('stall holds the answer for stallMs, then answers', async () => {
    const started = Date.now();
    const response = await withFault('stall');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await response.json()).choices[0].message.content).toBe('Echo: hi');
  });

  it('stall holds until the client gives up', async () => {
    const started = Date.now();
    await expect(
      withFault('stall', stalling, { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('malformed-chunk answers 200 with a cut-off JSON body', async () => {
    const response = await withFault('malformed-chunk');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.startsWith('{"id":"chatcmpl-')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['stream-error', 'stream-error-bare'] as const)(
    '%s answers HTTP 200 carrying an error body',
    async (fault) => {
      const response = await withFault(fault);
      expect(response.status).toBe(200);
      const json = await response.json();
      expect(json.error.message).toEqual(expect.any(String));
      expect(json).not.toHaveProperty('choices');
    },
  );

  it('no-finish answers with finish_reason null', async () => {
    const json = await (await withFault('no-finish')).json();
    expect(json.choices[0].finish_reason).toBeNull();
    expect(json.choices[0].message.content).toBe('Echo: hi');
  });
});
