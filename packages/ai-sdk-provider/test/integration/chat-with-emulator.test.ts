import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { APICallError, generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { createCCAPI } from '../../src/ccapi-provider';

let emulator: RunningEmulator;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  emulator = await startEmulator();
  ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
});
afterAll(() => emulator.close());

const withFault = (fault: string) =>
  createCCAPI({
    baseURL: emulator.baseURL,
    apiKey: emulator.apiKey,
    headers: { 'x-emulator-fault': fault },
  });

const calculator = tool({
  description: 'Add two numbers',
  inputSchema: z.object({ a: z.number(), b: z.number() }),
  execute: async ({ a, b }) => ({ sum: a + b }),
});

describe('the real ai functions against the emulator', () => {
  it('generateText runs a typed two-step tool loop', async () => {
    const result = await generateText({
      model: ccapi('gpt-4o-mini'),
      prompt: 'Use add to add 2 and 3',
      tools: { add: calculator },
      stopWhen: stepCountIs(3),
    });
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]?.toolCalls[0]?.input).toEqual({ a: 2, b: 3 });
    expect(result.steps[0]?.toolResults[0]?.output).toEqual({ sum: 5 });
    expect(result.text).toContain('"sum":5');
    expect(result.finishReason).toBe('stop');
    expect(result.totalUsage.inputTokens).toBeGreaterThan(0);
  });

  it('every request carries our user-agent suffix next to the AI SDK one', async () => {
    await generateText({ model: ccapi('gpt-4o'), prompt: 'hi' });
    const userAgent = String(emulator.requests.at(-1)?.headers['user-agent']);
    expect(userAgent).toContain('ai/');
    expect(userAgent).toContain('ccapi-ai-sdk-provider/');
  });

  it('streamText streams text, tool input and tool results in order', async () => {
    const result = streamText({
      model: ccapi('deepseek/deepseek-v3.2'),
      prompt: 'Use add to add 4 and 5',
      tools: { add: calculator },
      stopWhen: stepCountIs(3),
    });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    for (const expected of [
      'tool-input-start',
      'tool-input-delta',
      'tool-call',
      'tool-result',
      'text-delta',
    ]) {
      expect(types).toContain(expected);
    }
    expect(types.indexOf('tool-result')).toBeLessThan(types.lastIndexOf('text-delta'));
    expect(await result.text).toContain('"sum":9');
  });

  it('Output.object returns a typed object', async () => {
    const result = await generateText({
      model: ccapi('gpt-4o'),
      prompt: 'Give me a city',
      output: Output.object({ schema: z.object({ city: z.string(), population: z.number() }) }),
    });
    expect(typeof result.output.city).toBe('string');
    expect(typeof result.output.population).toBe('number');
    const sent = emulator.requests.at(-1)?.body as { response_format: { type: string } };
    expect(sent.response_format.type).toBe('json_schema');
  });

  it('abort mid-stream stops the stream and the request', async () => {
    const slow = await startEmulator({ chunkDelayMs: 30 });
    try {
      const controller = new AbortController();
      const model = createCCAPI({ baseURL: slow.baseURL, apiKey: slow.apiKey })('gpt-4o');
      const result = streamText({
        model,
        prompt: 'Tell me a long story about a lighthouse keeper who loved the sea',
        abortSignal: controller.signal,
      });
      const types: string[] = [];
      for await (const part of result.fullStream) {
        types.push(part.type);
        if (part.type === 'text-delta') controller.abort();
      }
      expect(types).toContain('abort');
      expect(types.filter((type) => type === 'text-delta').length).toBeLessThan(3);
    } finally {
      await slow.close();
    }
  });

  it('a wrong key is a 401 APICallError that says the key was rejected', async () => {
    const error = await generateText({
      model: createCCAPI({ baseURL: emulator.baseURL, apiKey: 'sk-wrong-key-0000' })('gpt-4o'),
      prompt: 'hi',
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect((error as Error).message).toMatch(/rejected the API key/);
    expect((error as Error).message).not.toContain('sk-wrong-key-0000');
  });
});

describe('injected faults', () => {
  it('rate-limit: retryable 429, retried by the AI SDK (maxRetries), with Retry-After kept', async () => {
    const before = emulator.requests.length;
    const error = await generateText({
      model: withFault('rate-limit')('gpt-4o'),
      prompt: 'hi',
      maxRetries: 1,
    }).catch((caught: unknown) => caught);
    expect(emulator.requests.length - before).toBe(2);
    const last = (error as { lastError?: APICallError }).lastError ?? (error as APICallError);
    expect(APICallError.isInstance(last)).toBe(true);
    expect(last.statusCode).toBe(429);
    expect(last.isRetryable).toBe(true);
    expect(last.responseHeaders?.['retry-after']).toBe('1');
  });

  it.each([
    ['server-error', 500, true, /usually temporary/],
    ['insufficient-balance', 402, false, /balance is insufficient/],
    ['insufficient-quota', 403, false, /balance is insufficient/],
    ['model-not-found', 503, true, /no available channel for model 'gpt-4o'/],
    ['unauthorized', 401, false, /rejected the API key/],
  ] as const)('%s → %i', async (fault, status, retryable, message) => {
    const error = await generateText({
      model: withFault(fault)('gpt-4o'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(status);
    expect((error as APICallError).isRetryable).toBe(retryable);
    expect((error as Error).message).toMatch(message);
  });

  it('html: a typed error that points at the base URL', async () => {
    const error = await generateText({
      model: withFault('html')('gpt-4o'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/base URL is probably wrong/);
  });

  it.each(['drop-mid-stream', 'malformed-chunk', 'stream-error', 'stream-error-bare', 'no-finish'])(
    '%s: the stream reports an error and ends (no hang)',
    async (fault) => {
      const errors: unknown[] = [];
      const result = streamText({
        model: withFault(fault)('gpt-4o'),
        prompt: 'Say hello to Ada',
        onError: ({ error }) => {
          errors.push(error);
        },
      });
      const types: string[] = [];
      for await (const part of result.fullStream) types.push(part.type);
      expect(errors.length).toBeGreaterThan(0);
      expect(types).toContain('error');
      expect(types.at(-1)).toBe('finish');
    },
  );

  it('model-id suffix selects a fault too', async () => {
    const error = await generateText({
      model: ccapi('gpt-4o~fault:insufficient-balance'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect((error as APICallError).statusCode).toBe(402);
  });
});
