import { describe, expect, it } from 'vitest';
import { parseCCAPICatalogEntry } from './parse-ccapi-catalog-entry';

const model = (raw: unknown) => {
  const parsed = parseCCAPICatalogEntry(raw);
  if (!('model' in parsed)) throw new Error(`skipped: ${parsed.skipped}`);
  return parsed.model;
};

describe('parseCCAPICatalogEntry', () => {
  it('reads new-api’s plain entry', () => {
    const raw = {
      id: 'claude-sonnet-4-6',
      object: 'model',
      created: 1626777600,
      owned_by: 'anthropic',
      supported_endpoint_types: ['anthropic', 'openai'],
    };
    expect(model(raw)).toEqual({
      id: 'claude-sonnet-4-6',
      displayName: 'claude-sonnet-4-6',
      type: 'chat',
      ownedBy: 'anthropic',
      provider: { name: 'anthropic' },
      endpointTypes: ['anthropic', 'openai'],
      routes: ['chat', 'completion', 'messages'],
      inputModalities: [],
      outputModalities: [],
      capabilities: {},
      raw,
    });
  });

  it('reads the docs’ richer provider and ccapi objects', () => {
    expect(
      model({
        id: 'openai/gpt-4o-mini',
        owned_by: 'openai',
        provider: { name: 'openai', display_name: 'OpenAI', is_fundamental: true },
        ccapi: {
          display_name: 'GPT-4o mini',
          type: 'chat',
          input_modalities: ['Text', 'image'],
          output_modalities: ['text'],
          capabilities: {
            context_length: 128000,
            max_output_tokens: 16384,
            streaming: true,
            function_calling: true,
            vision: 'yes',
          },
          pricing: { currency: 'USD', unit: 'per_million_tokens', input: 0.15, output: 0.6 },
        },
      }),
    ).toMatchObject({
      displayName: 'GPT-4o mini',
      provider: { name: 'openai', displayName: 'OpenAI' },
      inputModalities: ['text', 'image'],
      contextLength: 128000,
      maxOutputTokens: 16384,
      // `vision: 'yes'` is not a boolean, so it is left out rather than guessed.
      capabilities: { streaming: true, toolCalling: true },
      pricing: { inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.6 },
      routes: [],
    });
  });

  it('derives the type from endpoint types, then from the id', () => {
    const typeOf = (id: string, supported_endpoint_types: string[] = ['openai'], extra = {}) =>
      model({ id, supported_endpoint_types, ...extra }).type;
    expect(typeOf('bge-reranker-v2-m3', ['jina-rerank'])).toBe('rerank');
    expect(typeOf('text-embedding-3-small', ['embeddings'])).toBe('embedding');
    expect(typeOf('gemini-2.5-flash-image', ['image-generation', 'gemini', 'openai'])).toBe(
      'image',
    );
    expect(typeOf('sora-2', ['openai-video'])).toBe('video');
    expect(typeOf('tts-1')).toBe('audio');
    expect(typeOf('whisper-1')).toBe('audio');
    expect(typeOf('gpt-4o-mini-transcribe')).toBe('audio');
    expect(typeOf('omni-moderation-latest')).toBe('moderation');
    expect(typeOf('suno_music')).toBe('music');
    expect(typeOf('gpt-realtime')).toBe('realtime');
    expect(typeOf('deepseek-v3.2')).toBe('chat');
    // A declared type wins, in any known spelling; an unknown one falls back to the rules.
    expect(typeOf('x', ['openai'], { ccapi: { type: 'Embeddings' } })).toBe('embedding');
    expect(typeOf('x', ['openai'], { ccapi: { type: 'tts' } })).toBe('audio');
    expect(typeOf('x', ['embeddings'], { ccapi: { type: 'hologram' } })).toBe('embedding');
  });

  it('reads the Anthropic and Gemini list shapes', () => {
    expect(
      model({
        id: 'claude-opus-4-6',
        type: 'model',
        display_name: 'Claude Opus 4.6',
        created_at: '2025-01-01T00:00:00Z',
      }),
    ).toMatchObject({ id: 'claude-opus-4-6', displayName: 'Claude Opus 4.6', type: 'chat' });
    expect(
      model({
        name: 'models/gemini-2.5-flash',
        displayName: 'Gemini 2.5 Flash',
        inputTokenLimit: 1048576,
        outputTokenLimit: 65536,
      }),
    ).toMatchObject({
      id: 'gemini-2.5-flash',
      displayName: 'Gemini 2.5 Flash',
      contextLength: 1048576,
      maxOutputTokens: 65536,
    });
  });

  it('ignores fields of the wrong type instead of dropping the entry', () => {
    const parsed = model({
      id: 'odd-1',
      owned_by: 42,
      supported_endpoint_types: 'openai',
      provider: ['x'],
      ccapi: {
        capabilities: { context_length: -5, max_output_tokens: 'lots' },
        input_modalities: [1, 'text'],
      },
      future_field: { nested: true },
    });
    expect(parsed).toMatchObject({
      id: 'odd-1',
      type: 'chat',
      endpointTypes: [],
      inputModalities: ['text'],
    });
    expect(parsed.ownedBy).toBeUndefined();
    expect(parsed.provider).toBeUndefined();
    expect(parsed.contextLength).toBeUndefined();
    expect(parsed.raw.future_field).toEqual({ nested: true });
  });

  it('skips entries without an id, saying why', () => {
    expect(parseCCAPICatalogEntry({ object: 'model' })).toEqual({
      skipped: 'it has no string "id"',
    });
    expect(parseCCAPICatalogEntry({ id: 7 })).toEqual({ skipped: 'it has no string "id"' });
    expect(parseCCAPICatalogEntry({ id: '  ' })).toEqual({ skipped: 'it has no string "id"' });
    expect(parseCCAPICatalogEntry('gpt-5')).toEqual({ skipped: 'it is not an object' });
    expect(parseCCAPICatalogEntry(null)).toEqual({ skipped: 'it is not an object' });
  });
});
