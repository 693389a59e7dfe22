import { APICallError, type LanguageModelV4, LoadAPIKeyError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, streamText } from 'ai';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CCAPIProvider, createCCAPI } from '../ccapi-provider';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

// One model per native route; every test below runs on all four.
const ROUTES = [
  {
    route: 'messages',
    path: '/v1/messages',
    modelId: 'claude-sonnet-4-6',
    create: (p: CCAPIProvider) => p.messages('claude-sonnet-4-6'),
  },
  {
    route: 'gemini',
    path: '/v1beta/models/gemini-2.5-flash:',
    modelId: 'gemini-2.5-flash',
    create: (p: CCAPIProvider) => p.gemini('gemini-2.5-flash'),
  },
  {
    route: 'responses',
    path: '/v1/responses',
    modelId: 'gpt-4.1',
    create: (p: CCAPIProvider) => p.responses('gpt-4.1'),
  },
  {
    route: 'completion',
    path: '/v1/completions',
    modelId: 'gpt-3.5-turbo-instruct',
    create: (p: CCAPIProvider) => p.completion('gpt-3.5-turbo-instruct'),
  },
] as const;

const provider = (settings: Parameters<typeof createCCAPI>[0] = {}) =>
  createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey, ...settings });

async function failure(model: LanguageModelV4, fault?: string): Promise<unknown> {
  return generateText({
    model,
    prompt: 'Hello there',
    maxRetries: 0,
    headers: fault ? { 'x-emulator-fault': fault } : undefined,
  }).then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
}

async function collect(model: LanguageModelV4, fault: string) {
  const result = streamText({
    model,
    prompt: 'A prompt long enough to stream several words back',
    maxRetries: 0,
    headers: { 'x-emulator-fault': fault },
    onError: () => {},
  });
  const parts: { type: string; error?: unknown; finishReason?: string }[] = [];
  for await (const part of result.fullStream) parts.push(part as (typeof parts)[number]);
  return parts;
}

describe.each(ROUTES)('the $route route', ({ route, path, modelId, create }) => {
  it(`answers as ccapi.${route} with providerMetadata.ccapi`, async () => {
    const model = create(provider());
    expect(model.provider).toBe(`ccapi.${route}`);
    expect(model.modelId).toBe(modelId);
    const result = await generateText({ model, prompt: 'Hello there' });
    expect(result.text).toContain('Echo: Hello there');
    expect(result.providerMetadata?.ccapi).toMatchObject({ route, requestId: expect.any(String) });
    expect(emulator.requests[0]?.path.startsWith(path)).toBe(true);
  });

  it('streams', async () => {
    const result = streamText({ model: create(provider()), prompt: 'Hello stream' });
    expect(await result.text).toContain('Echo: Hello stream');
    expect(await result.finishReason).toBe('stop');
    expect((await result.providerMetadata)?.ccapi?.route).toBe(route);
  });

  it('builds paths without a doubled slash from a base URL with trailing slashes', async () => {
    // The emulator answers any `//` path with new-api's HTML page, so success proves the join.
    for (const baseURL of [`${emulator.baseURL}/`, `${emulator.baseURL}//`]) {
      const result = await generateText({
        model: create(provider({ baseURL })),
        prompt: 'Slashes',
      });
      expect(result.text).toContain('Echo: Slashes');
    }
    expect(emulator.requests.every((request) => !request.path.includes('//'))).toBe(true);
  });

  describe('errors', () => {
    it('401: the key was rejected, and the key never appears in the error', async () => {
      const error = await failure(create(provider({ apiKey: 'sk-wrong-key-123456' })));
      expect(APICallError.isInstance(error)).toBe(true);
      const apiError = error as APICallError;
      expect(apiError.statusCode).toBe(401);
      expect(apiError.message).toMatch(/^CCAPI rejected the API key \(401\)/);
      expect(apiError.isRetryable).toBe(false);
      expect(JSON.stringify({ ...apiError, message: apiError.message })).not.toContain(
        'sk-wrong-key-123456',
      );
    });

    it('403 insufficient_user_quota and 402: the balance is insufficient', async () => {
      for (const [fault, status] of [
        ['insufficient-quota', 403],
        ['insufficient-balance', 402],
      ] as const) {
        const error = (await failure(create(provider()), fault)) as APICallError;
        expect(APICallError.isInstance(error)).toBe(true);
        expect(error.statusCode).toBe(status);
        expect(error.message).toMatch(/^CCAPI balance is insufficient/);
        expect(error.isRetryable).toBe(false);
      }
    });

    it('503 model_not_found names the model', async () => {
      const error = (await failure(create(provider()), 'model-not-found')) as APICallError;
      expect(error.statusCode).toBe(503);
      expect(error.message).toContain(`no available channel for model '${modelId}'`);
      expect(error.data).toMatchObject({ code: 'model_not_found' });
    });

    it('an HTML page says the base URL is probably wrong', async () => {
      const error = (await failure(create(provider()), 'html')) as APICallError;
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/HTML page .*base URL is probably wrong/);
    });

    it('a missing key fails at request time with LoadAPIKeyError naming CCAPI_API_KEY', async () => {
      const saved = process.env.CCAPI_API_KEY;
      delete process.env.CCAPI_API_KEY;
      try {
        const model = create(createCCAPI({ baseURL: emulator.baseURL }));
        const error = await failure(model);
        expect(LoadAPIKeyError.isInstance(error)).toBe(true);
        expect((error as Error).message).toContain('CCAPI_API_KEY');
        expect(emulator.requests).toHaveLength(0);
      } finally {
        if (saved !== undefined) process.env.CCAPI_API_KEY = saved;
      }
    });

    it('new-api’s bare error line after a broken upstream stream becomes an error part', async () => {
      const parts = await collect(create(provider()), 'stream-error-bare');
      const error = parts.find((part) => part.type === 'error')?.error as APICallError;
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toContain('Overloaded');
      expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'error' });
    });

    it('the route’s own in-stream error event becomes a typed error part', async () => {
      const parts = await collect(create(provider()), 'stream-error');
      const errors = parts.filter((part) => part.type === 'error').map((part) => part.error);
      expect(errors).toHaveLength(1);
      const [error] = errors as [APICallError];
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/^CCAPI reported an error during the response/);
      expect(error.isRetryable).toBe(true);
    });

    it('an unreadable chunk becomes a typed error part', async () => {
      const parts = await collect(create(provider()), 'malformed-chunk');
      const error = parts.find((part) => part.type === 'error')?.error as APICallError;
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/sent a stream chunk .* that could not be read/);
    });

    it('a dropped connection mid-stream becomes an error part', async () => {
      const parts = await collect(create(provider()), 'drop-mid-stream');
      const error = parts.find((part) => part.type === 'error')?.error as APICallError;
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/broke off before it finished/);
      expect(error.isRetryable).toBe(true);
    });
  });

  it('aborts a stalled request', async () => {
    const started = Date.now();
    const error = await generateText({
      model: create(provider()),
      prompt: 'Hello',
      maxRetries: 0,
      headers: { 'x-emulator-fault': 'stall' },
      abortSignal: AbortSignal.timeout(200),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toMatch(/AbortError|TimeoutError/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('aborts a stalled stream', async () => {
    const controller = new AbortController();
    const result = streamText({
      model: create(provider()),
      prompt: 'Hello',
      headers: { 'x-emulator-fault': 'stall' },
      abortSignal: controller.signal,
      onError: () => {},
    });
    setTimeout(() => controller.abort(), 200);
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(types).toContain('abort');
  });
});

describe('errors from bodies the emulator does not produce (fetch double)', () => {
  const respond = (status: number, body: string, contentType = 'application/json') =>
    createCCAPI({
      apiKey: 'sk-test-key-abcdefgh',
      fetch: async () => new Response(body, { status, headers: { 'content-type': contentType } }),
    });

  it('reads new-api codes inside the Anthropic envelope of /v1/messages', async () => {
    const body = JSON.stringify({
      type: 'error',
      error: {
        type: 'model_not_found',
        message: 'No available channel for model claude-x under group default',
      },
    });
    const error = (await failure(respond(503, body).messages('claude-x'))) as APICallError;
    expect(error.message).toContain("no available channel for model 'claude-x'");
    expect(error.responseBody).toBe(body);

    const quota = JSON.stringify({
      type: 'error',
      error: { type: 'insufficient_user_quota', message: '用户额度不足' },
    });
    expect(
      ((await failure(respond(403, quota).messages('claude-x'))) as APICallError).message,
    ).toMatch(/^CCAPI balance is insufficient/);
  });

  it('turns a 200 that only carries an error into a typed error', async () => {
    const body = JSON.stringify({
      error: { message: 'upstream quota', type: 'x', code: 'insufficient_user_quota' },
    });
    const error = (await failure(respond(200, body).responses('gpt-4.1'))) as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^CCAPI balance is insufficient/);
  });

  it('turns a non-JSON 200 into a base-URL error', async () => {
    const error = (await failure(
      respond(200, 'OK', 'text/plain').completion('gpt-3.5-turbo-instruct'),
    )) as APICallError;
    expect(error.message).toMatch(/non-JSON body .*wrong base URL/);
  });

  it('scrubs the key when an upstream echoes it', async () => {
    const error = (await failure(
      respond(401, JSON.stringify({ error: { message: 'bad key sk-test-key-abcdefgh' } })).gemini(
        'gemini-2.5-flash',
      ),
    )) as APICallError;
    expect(error.message).not.toContain('sk-test-key-abcdefgh');
    expect(error.responseBody).not.toContain('sk-test-key-abcdefgh');
  });
});

afterEach(() => {
  // A failed assertion must not leave a stalled emulator response behind.
  emulator.requests.length = 0;
});
