/**
 * Issue 9, defect 4: native routes ignored `providerOptions.ccapi`.
 *
 * Symptom: on the messages, gemini, responses and completion routes a misspelt key, a string or
 * an array in `providerOptions.ccapi` passed with no error and no warning (the chat route threw
 * `InvalidArgumentError`). On the chat route, `toString`, `constructor` and `__proto__` counted as
 * other brands' keys and only warned.
 * Cause: the native routes passed `ccapi` to the official model unchecked; the chat route looked
 * keys up with `in`, which sees the prototype.
 * Expected: every route checks `providerOptions.ccapi` the same way: not an object → error; a key
 * nobody reads → error naming the known keys; a key another route or brand reads → warning, and
 * it is not sent.
 */
import { InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CCAPIProvider, createCCAPI } from '../../src';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const ccapi = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });

const ROUTES = [
  ['messages', (p: CCAPIProvider) => p.messages('claude-sonnet-4-6'), 'effort'],
  ['gemini', (p: CCAPIProvider) => p.gemini('gemini-2.5-flash'), 'thinkingConfig'],
  ['responses', (p: CCAPIProvider) => p.responses('gpt-4.1'), 'reasoningSummary'],
  ['completion', (p: CCAPIProvider) => p.completion('gpt-3.5-turbo-instruct'), 'echo'],
] as const;

const run = (model: ReturnType<(typeof ROUTES)[number][1]>, ccapiOptions: unknown) =>
  generateText({
    model,
    prompt: 'hi',
    maxRetries: 0,
    providerOptions: { ccapi: ccapiOptions as Record<string, never> },
  });

describe.each(ROUTES)('the %s route checks providerOptions.ccapi', (route, create, ownKey) => {
  it.each([
    ['a string', 'effort: high'],
    ['an array', ['x']],
  ])('%s is an InvalidArgumentError', async (_what, value) => {
    const error = await run(create(ccapi()), value).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('providerOptions.ccapi must be an object');
    expect(emulator.requests).toHaveLength(0);
  });

  it('a misspelt key is an InvalidArgumentError naming the known keys', async () => {
    const error = await run(create(ccapi()), { [`${ownKey}x`]: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`providerOptions.ccapi.${ownKey}x`);
    expect((error as Error).message).toContain(ownKey);
  });

  it("another route's or brand's key warns and is not sent", async () => {
    const result = await run(create(ccapi()), { sendReasoning: false, thinkingLevel: 'low' });
    const features = result.warnings?.map((warning) => 'feature' in warning && warning.feature);
    if (route !== 'messages') expect(features).toContain('providerOptions.ccapi.sendReasoning');
    expect(features).toContain('providerOptions.ccapi.thinkingLevel');
    expect(JSON.stringify(emulator.requests[0]?.body)).not.toContain('thinkingLevel');
  });
});

describe('the chat route checks own keys only', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    '%s is an unknown key, not another brand’s',
    async (key) => {
      const error = await generateText({
        model: ccapi().chat('deepseek-v3.2'),
        prompt: 'hi',
        providerOptions: { ccapi: JSON.parse(`{"${key}": 1}`) },
      }).catch((caught: unknown) => caught);
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain(`Unknown option providerOptions.ccapi.${key}`);
    },
  );

  it("a native route's key warns on the chat route instead of failing", async () => {
    const result = await generateText({
      model: ccapi().chat('claude-sonnet-4-6'),
      prompt: 'hi',
      providerOptions: { ccapi: { cacheControl: { type: 'ephemeral' } } },
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        type: 'unsupported',
        feature: 'providerOptions.ccapi.cacheControl',
        details: expect.stringContaining('the messages route'),
      }),
    );
  });
});
