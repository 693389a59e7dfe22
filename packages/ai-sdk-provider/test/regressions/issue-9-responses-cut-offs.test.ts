/**
 * Issue 9, defect 5: Responses-route cut-offs.
 *
 * Symptom: on the Responses route a stream cut off (or failing) before its first output ended
 * with an `error` part and no `finish` part, and a stall after `response.created` was not caught
 * by the AI SDK's stream timeouts.
 * Cause: the official OpenAI Responses model reads ahead to the first output before it returns
 * its stream, so those failures were thrown from `doStream` (and retried) and a stall kept
 * `doStream` from returning at all.
 * Expected: like the chat route, the model returns its stream once CCAPI answered with a 2xx
 * event stream: failures after that end with `error` + `finish`, and `timeout.firstChunkMs`
 * catches a stall before the first output.
 */
import { APICallError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCCAPI } from '../../src';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 10_000 });
});
afterAll(() => emulator.close());

const ccapi = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });

async function parts(fault: string, timeout?: { firstChunkMs: number }) {
  const result = streamText({
    model: ccapi().responses('gpt-4.1'),
    prompt: 'Hello there',
    headers: { 'x-emulator-fault': fault },
    maxRetries: 0,
    timeout,
    onError: () => {},
  });
  const collected = [];
  for await (const part of result.fullStream) collected.push(part);
  return collected;
}

describe('Responses route: failures before the first output', () => {
  it.each(['drop-mid-stream', 'stream-error', 'stream-error-bare', 'no-finish'])(
    '%s ends with one error part and a finish part',
    async (fault) => {
      const collected = await parts(fault);
      const errors = collected.filter((part) => part.type === 'error');
      expect(errors).toHaveLength(1);
      expect(APICallError.isInstance((errors[0] as { error: unknown }).error)).toBe(true);
      expect(collected.at(-1)?.type).toBe('finish');
      expect(collected.find((part) => part.type === 'finish-step')).toMatchObject({
        finishReason: 'error',
      });
    },
  );

  it('a stall after response.created is caught by timeout.firstChunkMs', async () => {
    const started = Date.now();
    const collected = await parts('stall', { firstChunkMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(collected.map((part) => part.type)).toContain('abort');
  });

  it('an HTTP error is still thrown before the stream (so the AI SDK can retry it)', async () => {
    const collected = await parts('rate-limit');
    const error = collected.find((part) => part.type === 'error') as { error: APICallError };
    expect(error.error.statusCode).toBe(429);
    expect(collected.some((part) => part.type === 'start-step')).toBe(false);
  });

  it('doStream still reports the request body and the response headers', async () => {
    const result = await ccapi()
      .responses('gpt-4.1')
      .doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hello there' }] }] });
    expect(JSON.stringify(result.request?.body)).toContain('Hello there');
    expect(result.response?.headers?.['x-oneapi-request-id']).toEqual(expect.any(String));
    await result.stream.cancel();
  });
});
