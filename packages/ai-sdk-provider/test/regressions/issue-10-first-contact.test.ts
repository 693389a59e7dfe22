/**
 * Issue 10, first contact: what a new user sees when the setup is wrong.
 *
 * Symptoms: a base URL without a scheme, with `/chat/completions` pasted at the end or with the
 * dashboard's `/api` failed only at the first request, as a confusing answer; a host that does
 * not exist was retried three times over six seconds and the error did not say which base URL
 * was in use; a base URL without `/v1` got a bare 404.
 * Expected: bad base URLs throw `InvalidArgumentError` when the provider is created, saying what
 * to write instead; DNS failures and refused connections name the base URL, and a DNS failure is
 * not retried; a 404 from a base URL without `/v1` says to add `/v1`.
 */
import { createServer } from 'node:net';
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { embed, generateText, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCCAPI } from '../../src';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function creationError(baseURL: unknown): InvalidArgumentError {
  try {
    createCCAPI({ baseURL: baseURL as string, apiKey: 'sk-test-1234567890' });
  } catch (error) {
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    return error as InvalidArgumentError;
  }
  throw new Error(`createCCAPI accepted ${JSON.stringify(baseURL)}`);
}

describe('createCCAPI validates baseURL when the provider is created', () => {
  it.each([
    ['no scheme', 'api.ccapi.ai/v1', "'https://api.ccapi.ai/v1'"],
    ['a pasted endpoint', 'https://api.ccapi.ai/v1/chat/completions', "'https://api.ccapi.ai/v1'"],
    [
      'a pasted endpoint, trailing slash',
      'https://api.ccapi.ai/v1/embeddings/',
      "'https://api.ccapi.ai/v1'",
    ],
    ['the dashboard API', 'https://api.ccapi.ai/api', "'https://api.ccapi.ai/v1'"],
    ['the Gemini route', 'https://api.ccapi.ai/v1beta', "'https://api.ccapi.ai/v1'"],
    ['a doubled slash', 'https://api.ccapi.ai//v1', "'https://api.ccapi.ai/v1'"],
    ['a query', 'https://api.ccapi.ai/v1?key=x', "'https://api.ccapi.ai/v1'"],
    ['a non-http scheme', 'ftp://api.ccapi.ai/v1', "'https://api.ccapi.ai/v1'"],
  ])('%s: says what to write instead', (_case, baseURL, instead) => {
    const error = creationError(baseURL);
    expect(error.argument).toBe('baseURL');
    expect(error.message).toContain(JSON.stringify(baseURL));
    expect(error.message).toContain(`Write ${instead}`);
  });

  it('an empty or non-string value is refused', () => {
    expect(creationError('').message).toMatch(/non-empty string/);
    expect(creationError(42).message).toMatch(/non-empty string/);
  });

  it('accepts CCAPI, a local emulator and a proxy path, dropping trailing slashes', async () => {
    for (const baseURL of [
      'https://api.ccapi.ai/v1',
      'https://api.ccapi.ai/v1/',
      `${emulator.baseURL}/`,
      'https://proxy.example.com/ccapi/v1',
    ]) {
      expect(() => createCCAPI({ baseURL, apiKey: 'k' })).not.toThrow();
    }
    const ccapi = createCCAPI({ baseURL: `${emulator.baseURL}/`, apiKey: emulator.apiKey });
    const { text } = await generateText({ model: ccapi('deepseek-v3.2'), prompt: 'hi' });
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('a host that does not answer', () => {
  it('DNS failure: names the base URL, is not retried, and fails fast', async () => {
    let attempts = 0;
    const baseURL = 'http://ccapi-first-contact.invalid/v1';
    const ccapi = createCCAPI({
      baseURL,
      apiKey: 'sk-test-1234567890',
      fetch: (input, init) => {
        attempts++;
        return globalThis.fetch(input, init);
      },
    });
    const started = Date.now();
    const error = await generateText({ model: ccapi('deepseek-v3.2'), prompt: 'hi' }).catch(
      (caught: unknown) => caught,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.message).toContain(baseURL);
    expect(apiError.message).toMatch(/does not resolve \(DNS (ENOTFOUND|EAI_AGAIN|EAI_NONAME)\)/);
    expect(apiError.isRetryable).toBe(false);
    expect(attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('DNS failure on an embedding model too (every route shares the fetch)', async () => {
    const baseURL = 'http://ccapi-first-contact.invalid/v1';
    const ccapi = createCCAPI({ baseURL, apiKey: 'sk-test-1234567890' });
    const error = await embed({
      model: ccapi.embeddingModel('text-embedding-3-small'),
      value: 'x',
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toContain(baseURL);
  });

  it('refused connection: names the host and the base URL, and says how to fix it', async () => {
    const port = await closedPort();
    const baseURL = `http://127.0.0.1:${port}/v1`;
    const ccapi = createCCAPI({ baseURL, apiKey: 'sk-test-1234567890' });
    const error = await generateText({
      model: ccapi('deepseek-v3.2'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.message).toContain(`127.0.0.1:${port}`);
    expect(apiError.message).toContain(baseURL);
    expect(apiError.message).toMatch(/connection refused/);
    expect(apiError.message).toMatch(/startEmulator\(\)|baseURL/);
    expect(apiError.isRetryable).toBe(true);
  });
});

describe('a base URL without /v1', () => {
  it("a 404 on the emulator's root says to add /v1 (generate and stream)", async () => {
    const ccapi = createCCAPI({ baseURL: emulator.url, apiKey: emulator.apiKey });
    const error = await generateText({ model: ccapi('deepseek-v3.2'), prompt: 'hi' }).catch(
      (caught: unknown) => caught,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(404);
    expect((error as APICallError).message).toMatch(/Add \/v1 to the baseURL setting/);

    let streamError: unknown;
    const result = streamText({
      model: ccapi('deepseek-v3.2'),
      prompt: 'hi',
      onError: ({ error: caught }) => {
        streamError = caught;
      },
    });
    await result.consumeStream();
    expect((streamError as APICallError | undefined)?.message).toMatch(/Add \/v1/);
  });

  it('a 404 with /v1 in place does not blame /v1', async () => {
    const ccapi = createCCAPI({ baseURL: `${emulator.baseURL}/unknown`, apiKey: emulator.apiKey });
    const error = await generateText({ model: ccapi('deepseek-v3.2'), prompt: 'hi' }).catch(
      (caught: unknown) => caught,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(404);
    expect((error as APICallError).message).not.toMatch(/Add \/v1/);
    expect((error as APICallError).message).toMatch(/Check the base URL and the model id/);
  });
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address == null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
