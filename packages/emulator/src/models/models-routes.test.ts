import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import snapshot from './ccapi-catalog-snapshot.json';
import { EMULATOR_MODELS } from './emulator-model-catalog';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const get = (
  path: string,
  key: string | null = emulator.apiKey,
  headers: Record<string, string> = {},
  target: RunningEmulator = emulator,
) =>
  fetch(`${target.baseURL}${path}`, {
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
  });

type Entry = {
  id: string;
  owned_by: string;
  supported_endpoint_types: string[];
  provider?: { name: string };
  ccapi?: {
    type?: string;
    capabilities?: Record<string, unknown>;
    pricing?: Record<string, unknown>;
  };
};

describe('GET /v1/models', () => {
  it('lists the snapshot in new-api’s envelope, with the docs’ provider and ccapi objects', async () => {
    const response = await get('/models');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.success).toBe(true);
    expect(body.object).toBe('list');
    const ids = body.data.map((model: Entry) => model.id);
    // Every snapshot entry is served, in order, then the ids the repo's tests use.
    expect(ids.slice(0, snapshot.data.length)).toEqual(snapshot.data.map((model) => model.id));
    expect(ids).toEqual(expect.arrayContaining(['MiniMax-M2.5', 'some-new-model']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const model of body.data as Entry[]) {
      expect(model).toMatchObject({ object: 'model', created: expect.any(Number) });
      expect(model.supported_endpoint_types.length).toBeGreaterThan(0);
      expect(typeof model.ccapi?.type).toBe('string');
    }
  });

  it('tells which formats each model speaks, with limits and illustrative prices where known', async () => {
    const body = await (await get('/models')).json();
    const byId = new Map<string, Entry>(body.data.map((model: Entry) => [model.id, model]));
    expect(byId.get('claude-sonnet-4-6')).toMatchObject({
      owned_by: 'anthropic',
      supported_endpoint_types: ['anthropic', 'openai'],
      provider: { name: 'anthropic', display_name: 'Anthropic' },
      ccapi: {
        display_name: 'Claude Sonnet 4.6',
        type: 'chat',
        input_modalities: ['text', 'image'],
        capabilities: { context_length: 200_000, function_calling: true },
        pricing: { currency: 'USD', unit: 'per_million_tokens', input: 3, output: 15 },
      },
    });
    expect(byId.get('text-embedding-3-small')?.supported_endpoint_types).toEqual(['embeddings']);
    expect(byId.get('jina-reranker-v2-base-multilingual')?.supported_endpoint_types).toEqual([
      'jina-rerank',
    ]);
    expect(byId.get('gpt-image-1')?.ccapi?.pricing).toEqual({ currency: 'USD', per_image: 0.04 });
    // Not every model has a price, as in a live catalog.
    expect(byId.get('glm-4.7')?.ccapi?.pricing).toBeUndefined();
  });

  it('answers in the docs’ envelope when asked by header or option', async () => {
    const byHeader = await (
      await get('/models', emulator.apiKey, { 'x-emulator-models-envelope': 'openai' })
    ).json();
    expect(byHeader.success).toBeUndefined();
    expect(byHeader.object).toBe('list');
    expect(byHeader.data.length).toBe(EMULATOR_MODELS.length);

    const other = await startEmulator({ modelsEnvelope: 'openai' });
    try {
      const body = await (await get('/models', other.apiKey, {}, other)).json();
      expect(Object.keys(body).sort()).toEqual(['data', 'object']);
      const back = await (
        await get('/models', other.apiKey, { 'x-emulator-models-envelope': 'new-api' }, other)
      ).json();
      expect(back.success).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('filters by the docs’ provider and type query parameters', async () => {
    const anthropic = await (await get('/models?provider=Anthropic')).json();
    expect(anthropic.data.length).toBeGreaterThan(2);
    expect(anthropic.data.every((model: Entry) => model.owned_by === 'anthropic')).toBe(true);
    const embeddings = await (await get('/models?type=embedding')).json();
    expect(embeddings.data.map((model: Entry) => model.id)).toContain('text-embedding-3-small');
    expect(embeddings.data.every((model: Entry) => model.ccapi?.type === 'embedding')).toBe(true);
    const none = await (await get('/models?type=hologram')).json();
    expect(none.data).toEqual([]);
  });

  it('appends the extraModels option as given, malformed entries included', async () => {
    const other = await startEmulator({
      extraModels: [
        { id: 'only-anthropic-1', supported_endpoint_types: ['anthropic'] },
        { object: 'model' },
      ],
    });
    try {
      const body = await (await get('/models', other.apiKey, {}, other)).json();
      expect(body.data.slice(-2)).toEqual([
        { id: 'only-anthropic-1', supported_endpoint_types: ['anthropic'] },
        { object: 'model' },
      ]);
    } finally {
      await other.close();
    }
  });

  it('answers the Anthropic list shape to x-api-key with anthropic-version, as new-api does', async () => {
    const response = await get('/models', null, {
      'x-api-key': emulator.apiKey,
      'anthropic-version': '2023-06-01',
    });
    const body = await response.json();
    expect(body).toMatchObject({ has_more: false, first_id: 'gpt-5' });
    expect(body.data[0]).toEqual({
      id: 'gpt-5',
      created_at: '2021-07-20T10:40:00.000Z',
      display_name: 'GPT-5',
      type: 'model',
    });
  });

  it('requires the key', async () => {
    expect((await get('/models', null)).status).toBe(401);
    expect((await get('/models', 'sk-wrong')).status).toBe(401);
  });
});

describe('GET /v1/models/{id}', () => {
  it('answers one model as the OpenAI model object, prefixed ids included', async () => {
    expect(await (await get('/models/gpt-5')).json()).toEqual({
      id: 'gpt-5',
      object: 'model',
      created: 1626777600,
      owned_by: 'openai',
    });
    expect(await (await get('/models/openai/gpt-5')).json()).toMatchObject({ id: 'openai/gpt-5' });
  });

  it('answers new-api’s model_not_found body with status 200 for an unknown id', async () => {
    const missing = await get('/models/nope-1');
    expect(missing.status).toBe(200);
    expect((await missing.json()).error).toEqual({
      message: "The model 'nope-1' does not exist",
      type: 'invalid_request_error',
      param: 'model',
      code: 'model_not_found',
    });
  });
});
