import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const get = (path: string, key: string | null = emulator.apiKey) =>
  fetch(`${emulator.baseURL}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('GET /v1/models', () => {
  it('lists the catalogue in new-api’s shape', async () => {
    const response = await get('/models');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.success).toBe(true);
    expect(body.object).toBe('list');
    for (const model of body.data) {
      expect(Object.keys(model).sort()).toEqual(
        ['created', 'id', 'object', 'owned_by', 'supported_endpoint_types'].sort(),
      );
      expect(model.object).toBe('model');
      expect(model.supported_endpoint_types.length).toBeGreaterThan(0);
    }
    const ids = body.data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'gpt-5',
        'claude-sonnet-4-6',
        'gemini-2.5-flash',
        'gemini-3-pro-preview',
        'deepseek-v3.2',
        'minimax-m2.5',
        'glm-5',
        'text-embedding-3-small',
        'gpt-image-1',
        'sora-2',
        'tts-1',
        'whisper-1',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tells which formats each model speaks', async () => {
    const body = await (await get('/models')).json();
    const byId = new Map(body.data.map((m: { id: string }) => [m.id, m]));
    expect(byId.get('claude-sonnet-4-6')).toMatchObject({
      supported_endpoint_types: ['anthropic', 'openai'],
    });
    expect(byId.get('text-embedding-3-small')).toMatchObject({
      supported_endpoint_types: ['embeddings'],
    });
    expect(byId.get('gpt-image-1')).toMatchObject({
      supported_endpoint_types: expect.arrayContaining(['image-generation']),
    });
  });

  it('requires the key', async () => {
    expect((await get('/models', null)).status).toBe(401);
    expect((await get('/models', 'sk-wrong')).status).toBe(401);
  });

  it('answers one model, or new-api’s model_not_found body with status 200', async () => {
    expect(await (await get('/models/gpt-5')).json()).toMatchObject({
      id: 'gpt-5',
      owned_by: 'openai',
    });
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
