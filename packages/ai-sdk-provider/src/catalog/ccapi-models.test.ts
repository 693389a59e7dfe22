import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPIModelType } from './ccapi-model-type';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = (settings: Parameters<typeof createCCAPI>[0] = {}) =>
  createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey, ...settings });
const modelRequests = (target = emulator) =>
  target.requests.filter((request) => request.path.startsWith('/v1/models'));

describe('ccapi.models.list()', () => {
  it('reads the catalog into typed entries with routes, modalities, limits, capabilities and prices', async () => {
    const { models, skipped } = await provider().models.list();
    expect(skipped).toEqual([]);
    expect(models.length).toBeGreaterThan(100);
    const sonnet = models.find((model) => model.id === 'claude-sonnet-4-6');
    expect(sonnet).toMatchObject({
      displayName: 'Claude Sonnet 4.6',
      type: 'chat',
      ownedBy: 'anthropic',
      provider: { name: 'anthropic', displayName: 'Anthropic' },
      endpointTypes: ['anthropic', 'openai'],
      routes: ['chat', 'completion', 'messages'],
      inputModalities: ['text', 'image'],
      outputModalities: ['text'],
      contextLength: 200_000,
      maxOutputTokens: 64_000,
      capabilities: { streaming: true, toolCalling: true, vision: true, reasoning: true },
      pricing: {
        inputPerMillionTokens: 3,
        cachedInputPerMillionTokens: 0.3,
        cacheWritePerMillionTokens: 3.75,
        outputPerMillionTokens: 15,
      },
    });
    expect(sonnet?.raw).toMatchObject({ id: 'claude-sonnet-4-6', object: 'model' });
    expect(models.find((model) => model.id === 'gpt-image-1')?.pricing).toEqual({ perImage: 0.04 });
    const request = modelRequests()[0];
    expect(request?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    // Filters are applied here, not sent: new-api ignores them.
    expect(request?.query).toEqual({});
  });

  it('accepts both envelopes with the same result', async () => {
    const newApi = await provider().models.list();
    const openai = await provider({
      headers: { 'x-emulator-models-envelope': 'openai' },
    }).models.list();
    expect(openai.models.map((model) => model.id)).toEqual(newApi.models.map((model) => model.id));
  });

  it.each<[CCAPIModelType, string]>([
    ['chat', 'deepseek-v3.2'],
    ['embedding', 'text-embedding-3-small'],
    ['image', 'gemini-2.5-flash-image'],
    ['video', 'sora-2'],
    ['audio', 'whisper-1'],
    ['music', 'suno_music'],
    ['rerank', 'bge-reranker-v2-m3'],
    ['moderation', 'omni-moderation-latest'],
    ['realtime', 'gpt-realtime'],
  ])('filters by type %s', async (type, example) => {
    const { models } = await provider().models.list({ type });
    expect(models.length).toBeGreaterThan(0);
    expect(models.every((model) => model.type === type)).toBe(true);
    expect(models.map((model) => model.id)).toContain(example);
  });

  it('filters by provider, ignoring case, also by the id’s vendor prefix', async () => {
    const ccapi = provider();
    const anthropic = await ccapi.models.list({ provider: 'Anthropic' });
    expect(anthropic.models.map((model) => model.id)).toEqual(
      expect.arrayContaining(['claude-sonnet-4-6', 'anthropic/claude-sonnet-4-6']),
    );
    expect(anthropic.models.every((model) => model.ownedBy === 'anthropic')).toBe(true);
    const openaiChat = await ccapi.models.list({ provider: 'openai', type: 'chat' });
    expect(openaiChat.models.map((model) => model.id)).toContain('openai/gpt-5');
    expect(openaiChat.models.every((model) => model.type === 'chat')).toBe(true);
    expect((await ccapi.models.list({ provider: 'nobody' })).models).toEqual([]);
  });

  it('reads the catalog once per provider for 5 minutes; refresh reads it again', async () => {
    const ccapi = provider();
    await Promise.all([
      ccapi.models.list(),
      ccapi.models.list({ type: 'chat' }),
      ccapi.models.get('gpt-5'),
    ]);
    expect(modelRequests()).toHaveLength(1);
    await ccapi.models.list({ refresh: true });
    expect(modelRequests()).toHaveLength(2);
  });

  it('skips malformed entries, reporting where and why, and keeps the rest', async () => {
    const odd = await startEmulator({
      extraModels: [
        { object: 'model', owned_by: 'nobody' },
        'not-an-entry',
        { id: 'gpt-5', owned_by: 'duplicate' },
        { id: 'tolerated-1', supported_endpoint_types: 'openai', ccapi: 'odd', unknown_key: 1 },
      ],
    });
    try {
      const { models, skipped } = await createCCAPI({
        baseURL: odd.baseURL,
        apiKey: odd.apiKey,
      }).models.list();
      const count = models.length + skipped.length;
      expect(skipped.map(({ index, reason }) => ({ index, reason }))).toEqual([
        { index: count - 4, reason: 'it has no string "id"' },
        { index: count - 3, reason: 'it is not an object' },
        { index: count - 2, reason: "it repeats the id 'gpt-5'" },
      ]);
      expect(skipped[1]?.raw).toBe('not-an-entry');
      expect(models.find((model) => model.id === 'gpt-5')?.ownedBy).toBe('openai');
      expect(models.at(-1)).toMatchObject({ id: 'tolerated-1', type: 'chat', endpointTypes: [] });
    } finally {
      await odd.close();
    }
  });

  it('rejects an unknown type, naming the valid ones, before any request', async () => {
    const ccapi = provider();
    const error = await ccapi.models
      .list({ type: 'embeddings' as CCAPIModelType })
      .catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      `Unknown model type "embeddings" for ccapi.models.list(). Did you mean 'embedding'? Use one of: chat, image, video, embedding, rerank, audio, music, moderation, realtime.`,
    );
    await expect(ccapi.models.list({ type: 'hologram' as CCAPIModelType })).rejects.toThrow(
      /Use one of: chat, image/,
    );
    await expect(ccapi.models.list({ provider: ' ' })).rejects.toThrow(
      /provider must be a non-empty string/,
    );
    await expect(
      ccapi.models.list({ types: ['chat'] } as unknown as { type: CCAPIModelType }),
    ).rejects.toThrow(InvalidArgumentError);
    expect(modelRequests()).toHaveLength(0);
  });

  it('reports a rejected key as a 401 APICallError without the key', async () => {
    const key = 'sk-wrong-catalog-key-481516';
    const error = await createCCAPI({ baseURL: emulator.baseURL, apiKey: key })
      .models.list()
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect((error as Error).message).toMatch(/rejected the API key/);
    expect(JSON.stringify(error)).not.toContain(key);
    expect(String((error as Error).stack)).not.toContain(key);
  });

  it('reports a missing key as LoadAPIKeyError naming CCAPI_API_KEY', async () => {
    const saved = process.env.CCAPI_API_KEY;
    delete process.env.CCAPI_API_KEY;
    try {
      await expect(createCCAPI({ baseURL: emulator.baseURL }).models.list()).rejects.toThrow(
        /CCAPI_API_KEY/,
      );
    } finally {
      if (saved !== undefined) process.env.CCAPI_API_KEY = saved;
    }
  });

  it('reports server errors and a wrong base URL readably', async () => {
    const failing = await provider({ headers: { 'x-emulator-fault': 'server-error' } })
      .models.list()
      .catch((caught: unknown) => caught);
    expect((failing as APICallError).statusCode).toBe(500);
    expect((failing as APICallError).isRetryable).toBe(true);
    const html = await provider({ headers: { 'x-emulator-fault': 'html' } })
      .models.list()
      .catch((caught: unknown) => caught);
    expect((html as Error).message).toMatch(/not JSON|HTML/);
  });

  it('stops waiting on abort', async () => {
    await expect(
      provider().models.list({ abortSignal: AbortSignal.abort() }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('ccapi.models.list(): answers the emulator does not give (ccapi-music-and-more.md §6.1)', () => {
  // The gateway's answer replaced on the way back; everything else is the real request path.
  const answering = (body: unknown) =>
    createCCAPI({
      baseURL: emulator.baseURL,
      apiKey: emulator.apiKey,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
      },
    });

  it('requires only the id: a bare entry gets defaults, nothing guessed', async () => {
    const { models, skipped } = await answering({
      object: 'list',
      data: [{ id: 'bare-1' }],
    }).models.list();
    expect(skipped).toEqual([]);
    expect(models).toEqual([
      {
        id: 'bare-1',
        displayName: 'bare-1',
        type: 'chat',
        endpointTypes: [],
        routes: [],
        inputModalities: [],
        outputModalities: [],
        capabilities: {},
        raw: { id: 'bare-1' },
      },
    ]);
  });

  it('reads new-api’s envelope without `object`, and `data: null` as an empty list', async () => {
    const newApi = await answering({ success: true, data: [{ id: 'only-1', x: 1 }] }).models.list();
    expect(newApi.models.map((model) => model.id)).toEqual(['only-1']);
    expect(await answering({ success: true, object: 'list', data: null }).models.list()).toEqual({
      models: [],
      skipped: [],
    });
  });

  it('turns `success: false` and an HTTP 200 error body into APICallErrors with the reason', async () => {
    const refused = await answering({ success: false, message: 'channel list unavailable' })
      .models.list()
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(refused)).toBe(true);
    expect((refused as Error).message).toMatch(
      /could not list its models \(success: false\): channel list unavailable/,
    );
    const inBand = await answering({
      error: { message: 'Invalid token', type: 'new_api_error', code: '' },
    })
      .models.list()
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(inBand)).toBe(true);
    expect((inBand as Error).message).toContain('Invalid token');
  });

  it('reports an answer with no list as an APICallError naming what was expected', async () => {
    const error = await answering({ object: 'list' })
      .models.list()
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/has no model list \(`data` or `models` array\)/);
  });
});

describe('the catalog never rejects a model id', () => {
  it('calls models the list does not have, whatever the routing mode, after the list was read', async () => {
    const open = await startEmulator({ acceptUnknownModels: true });
    try {
      for (const routing of ['model-id', 'catalog'] as const) {
        const ccapi = createCCAPI({ baseURL: open.baseURL, apiKey: open.apiKey, routing });
        await ccapi.models.list();
        expect(await ccapi.models.get('unlisted-model-9')).toBeUndefined();
        const result = await generateText({ model: ccapi('unlisted-model-9'), prompt: 'Hello' });
        expect(result.text).toContain('Hello');
        expect(result.warnings).toEqual([]);
      }
      expect(open.requests.map((request) => request.path)).toEqual([
        '/v1/models',
        '/v1/chat/completions',
        '/v1/models',
        '/v1/chat/completions',
      ]);
    } finally {
      await open.close();
    }
  });
});

describe('ccapi.models.get()', () => {
  it('returns one model from the list, prefixed ids and other letter case included', async () => {
    const ccapi = provider();
    expect(await ccapi.models.get('deepseek-v3.2')).toMatchObject({
      id: 'deepseek-v3.2',
      type: 'chat',
    });
    expect(await ccapi.models.get('openai/gpt-5')).toMatchObject({ id: 'openai/gpt-5' });
    expect(await ccapi.models.get('GLM-5')).toMatchObject({ id: 'glm-5' });
    // Never the gateway's own get route, which answers 200 with an error for most ids.
    expect(emulator.requests.map((request) => request.path)).toEqual(['/v1/models']);
  });

  it('returns undefined for an id the list does not have (which may still work)', async () => {
    expect(await provider().models.get('qwen3-max')).toBeUndefined();
  });

  it('rejects an empty id', async () => {
    await expect(provider().models.get('')).rejects.toThrow(InvalidArgumentError);
  });
});
