import {
  APICallError,
  InvalidArgumentError,
  LoadAPIKeyError,
  TooManyEmbeddingValuesForCallError,
} from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { cosineSimilarity, embed, embedMany } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCCAPI } from '../ccapi-provider';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const embeddingRequests = () =>
  emulator.requests.filter((request) => request.path === '/v1/embeddings');

describe('CCAPIEmbeddingModel through embed()', () => {
  it('embeds one value with the requested dimensions and reports usage', async () => {
    const result = await embed({
      model: provider().embeddingModel('text-embedding-3-small'),
      value: 'sunny day at the beach',
      dimensions: 32,
    });

    expect(result.embedding).toHaveLength(32);
    expect(Math.hypot(...result.embedding)).toBeCloseTo(1, 5);
    expect(result.usage).toEqual({ tokens: 6 });
    expect(result.providerMetadata).toEqual({ ccapi: { model: 'text-embedding-3-small' } });

    const [request] = embeddingRequests();
    expect(request?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(request?.body).toEqual({
      model: 'text-embedding-3-small',
      input: ['sunny day at the beach'],
      encoding_format: 'float',
      dimensions: 32,
    });
  });

  it('takes the vector size from providerOptions.ccapi.dimensions too (AI SDK 6 has no dimensions option), which wins', async () => {
    const result = await embed({
      model: provider().embeddingModel('text-embedding-3-small'),
      value: 'sunny day at the beach',
      dimensions: 32,
      providerOptions: { ccapi: { dimensions: 16 } },
    });
    expect(result.embedding).toHaveLength(16);
    expect(embeddingRequests()[0]?.body).toMatchObject({ dimensions: 16 });
    await expect(
      Promise.resolve(
        provider()
          .embeddingModel('text-embedding-3-small')
          .doEmbed({ values: ['x'], providerOptions: { ccapi: { dimensions: 0 } } }),
      ),
    ).rejects.toMatchObject({ argument: 'providerOptions.ccapi.dimensions' });
  });

  it('gives texts that share words a higher similarity', async () => {
    const model = provider().embeddingModel('text-embedding-3-small');
    const { embeddings } = await embedMany({
      model,
      values: ['sunny day at the beach', 'a sunny beach', 'quarterly tax filing'],
      dimensions: 64,
    });
    const [beach, beach2, tax] = embeddings as [number[], number[], number[]];
    expect(cosineSimilarity(beach, beach2)).toBeGreaterThan(cosineSimilarity(beach, tax));
  });

  it('requests base64 vectors when asked and decodes them to the same numbers', async () => {
    const model = provider().embeddingModel('text-embedding-3-small');
    const floats = await embed({ model, value: 'hello world', dimensions: 16 });
    const decoded = await embed({
      model,
      value: 'hello world',
      dimensions: 16,
      providerOptions: { ccapi: { encodingFormat: 'base64', user: 'user-42' } },
    });

    expect(decoded.embedding).toEqual(floats.embedding);
    expect(embeddingRequests()[1]?.body).toMatchObject({
      encoding_format: 'base64',
      user: 'user-42',
    });
  });
});

describe('CCAPIEmbeddingModel through embedMany()', () => {
  it('splits 2049 values into two OpenAI-sized calls and keeps the order', async () => {
    const values = Array.from({ length: 2049 }, (_, index) => `item ${index}`);
    const result = await embedMany({
      model: provider().embeddingModel('text-embedding-3-small'),
      values,
      dimensions: 4,
    });

    const requests = embeddingRequests();
    expect(requests).toHaveLength(2);
    expect(
      requests.map((request) => (request.body as { input: string[] }).input.length).sort(),
    ).toEqual([1, 2048]);
    expect(result.embeddings).toHaveLength(2049);
    expect(result.usage.tokens).toBe(
      values.reduce((sum, value) => sum + Math.ceil(value.length / 4), 0),
    );

    const last = await embed({
      model: provider().embeddingModel('text-embedding-3-small'),
      value: 'item 2048',
      dimensions: 4,
    });
    expect(result.embeddings[2048]).toEqual(last.embedding);
  });

  it('splits Gemini batches at 100, the limit of batchEmbedContents behind the gateway', async () => {
    const model = provider().embeddingModel('gemini-embedding-001');
    expect(model.maxEmbeddingsPerCall).toBe(100);

    const values = Array.from({ length: 250 }, (_, index) => `note ${index}`);
    const result = await embedMany({ model, values, dimensions: 8, maxParallelCalls: 2 });

    const sizes = embeddingRequests().map(
      (request) => (request.body as { input: string[] }).input.length,
    );
    expect(sizes.sort((a, b) => a - b)).toEqual([50, 100, 100]);
    expect(result.embeddings).toHaveLength(250);
    const single = await embed({ model, value: 'note 150', dimensions: 8 });
    expect(result.embeddings[150]).toEqual(single.embedding);
  });

  it('declares parallel support and per-family limits', () => {
    const ccapi = provider();
    expect(ccapi.embeddingModel('text-embedding-3-large').supportsParallelCalls).toBe(true);
    expect(ccapi.embeddingModel('text-embedding-3-large').maxEmbeddingsPerCall).toBe(2048);
    expect(ccapi.embeddingModel('cohere/embed-multilingual-v3.0').maxEmbeddingsPerCall).toBe(96);
    expect(ccapi.embeddingModel('text-embedding-v4').maxEmbeddingsPerCall).toBe(10);
  });
});

describe('CCAPIEmbeddingModel errors', () => {
  it.each([
    [{ encodingFormat: 'int8' }, 'encodingFormat'],
    [{ dimension: 12 }, 'dimension'],
    [{ user: '' }, 'user'],
  ])(
    'rejects providerOptions.ccapi %j with InvalidArgumentError before any request',
    async (ccapi, field) => {
      const error = await embed({
        model: provider().embeddingModel('text-embedding-3-small'),
        value: 'x',
        providerOptions: { ccapi },
      }).catch((caught: unknown) => caught);

      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain(field);
      expect((error as Error).message).toContain('encodingFormat, user');
      expect(embeddingRequests()).toHaveLength(0);
    },
  );

  it('rejects empty strings with an explanation', async () => {
    const error = await embedMany({
      model: provider().embeddingModel('text-embedding-3-small'),
      values: ['a', ''],
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/values\[1\] is an empty string/);
  });

  it('turns a rejected key into a 401 APICallError that does not leak the key', async () => {
    const badKey = 'sk-this-key-is-not-valid-123456';
    const error = await embed({
      model: createCCAPI({ baseURL: emulator.baseURL, apiKey: badKey }).embeddingModel(
        'text-embedding-3-small',
      ),
      value: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((error as Error).message).toContain('CCAPI_API_KEY');
    expect(JSON.stringify(error)).not.toContain(badKey);
  });

  it('reports an upstream validation error (400) with its message', async () => {
    const error = await embed({
      model: provider().embeddingModel('text-embedding-ada-002'),
      value: 'x',
      dimensions: 8,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as Error).message).toContain('does not support specifying dimensions');
  });

  it('retries a 429 through core maxRetries and surfaces it when retries run out', async () => {
    const error = await embed({
      model: provider().embeddingModel('text-embedding-3-small~fault:rate-limit'),
      value: 'x',
      maxRetries: 1,
    }).catch((caught: unknown) => caught);

    expect(embeddingRequests()).toHaveLength(2);
    expect((error as Error).message).toMatch(/429/);
  });

  it('fails with LoadAPIKeyError when no key is configured', async () => {
    vi.stubEnv('CCAPI_API_KEY', undefined);
    try {
      const error = await embed({
        model: createCCAPI({ baseURL: emulator.baseURL }).embeddingModel('text-embedding-3-small'),
        value: 'x',
      }).catch((caught: unknown) => caught);
      expect(LoadAPIKeyError.isInstance(error)).toBe(true);
      expect(embeddingRequests()).toHaveLength(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('aborts an in-flight request', async () => {
    const controller = new AbortController();
    const pending = embed({
      model: provider().embeddingModel('text-embedding-3-small'),
      value: 'x',
      abortSignal: controller.signal,
      headers: { 'x-emulator-fault': 'stall' },
    });
    await vi.waitFor(() => expect(embeddingRequests()).toHaveLength(1));
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('CCAPIEmbeddingModel.doEmbed() called directly', () => {
  it('refuses more values than one call may carry', async () => {
    const model = provider().embeddingModel('gemini-embedding-001');
    const error = await Promise.resolve(
      model.doEmbed({ values: Array.from({ length: 101 }, (_, index) => `v${index}`) }),
    ).catch((caught: unknown) => caught);
    expect(TooManyEmbeddingValuesForCallError.isInstance(error)).toBe(true);
    expect(embeddingRequests()).toHaveLength(0);
  });

  it('refuses a non-integer dimensions value and answers an empty list without a request', async () => {
    const model = provider().embeddingModel('text-embedding-3-small');
    await expect(
      Promise.resolve(model.doEmbed({ values: ['x'], dimensions: 1.5 })),
    ).rejects.toThrow(/positive integer/);
    await expect(Promise.resolve(model.doEmbed({ values: [] }))).resolves.toMatchObject({
      embeddings: [],
    });
    expect(embeddingRequests()).toHaveLength(0);
  });
});
