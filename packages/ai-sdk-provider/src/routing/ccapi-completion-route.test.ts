import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPILanguageModelCompletionOptions } from './ccapi-native-routes';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const ccapi = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const lastBody = () => emulator.requests.at(-1)?.body as Record<string, any>;

describe('ccapi.completion on the legacy completions route', () => {
  it('routes completion-only ids there by default', async () => {
    const model = ccapi()('gpt-3.5-turbo-instruct');
    expect(model.provider).toBe('ccapi.completion');
    const result = await generateText({ model, prompt: 'Say hi' });
    expect(result.text).toBe('Echo: Say hi');
    expect(emulator.requests[0]?.path).toBe('/v1/completions');
    expect(lastBody().prompt).toBe('user:\nSay hi\n\nassistant:\n');
    expect(result.providerMetadata?.ccapi?.route).toBe('completion');
  });

  it('streams, with usage', async () => {
    const result = streamText({
      model: ccapi().completion('gpt-3.5-turbo-instruct'),
      prompt: 'Once upon a time',
    });
    expect(await result.text).toBe('Echo: Once upon a time');
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
    expect(lastBody().stream_options).toEqual({ include_usage: true });
  });

  it('warns about tools and reasoning, which the route cannot carry', async () => {
    const result = await generateText({
      model: ccapi().completion('gpt-3.5-turbo-instruct'),
      tools: { noop: tool({ inputSchema: z.object({}), execute: async () => 'ok' }) },
      reasoning: 'high',
      prompt: 'hi',
    });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'unsupported', feature: 'tools' }),
        expect.objectContaining({ type: 'unsupported', feature: 'reasoning' }),
      ]),
    );
    expect(lastBody().tools).toBeUndefined();
  });

  it('maps providerOptions.ccapi to OpenAI completion options', async () => {
    const result = await generateText({
      model: ccapi().completion('gpt-3.5-turbo-instruct'),
      providerOptions: {
        ccapi: { echo: true, suffix: '!' } satisfies CCAPILanguageModelCompletionOptions,
      },
      prompt: 'hi',
    });
    expect(lastBody()).toMatchObject({ echo: true, suffix: '!' });
    expect(result.text.startsWith('user:\nhi')).toBe(true);
  });
});
