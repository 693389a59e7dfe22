import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  CCAPIChatModelId,
  CCAPIEmbeddingModelId,
  CCAPIImageModelId,
  CCAPIModerationModelId,
  CCAPIMusicModelId,
  CCAPIRealtimeModelId,
  CCAPIRerankingModelId,
  CCAPISpeechModelId,
  CCAPITranscriptionModelId,
  CCAPIVideoModelId,
} from '../index';
import {
  CCAPI_GENERATED_MODEL_ID_FILES,
  generateCCAPIModelIdUnions,
} from './generate-ccapi-model-id-unions';

const snapshotPath = new URL('../../catalog/ccapi-catalog-snapshot.json', import.meta.url);
const emulatorCopyPath = new URL(
  '../../../emulator/src/models/ccapi-catalog-snapshot.json',
  import.meta.url,
);

describe('generateCCAPIModelIdUnions', () => {
  const snapshot = {
    metadata: { source: 'live', recordedAt: '2026-11-30T10:00:00.000Z' },
    data: [
      { id: 'zeta-chat', supported_endpoint_types: ['openai'] },
      { id: 'alpha-chat', ccapi: { type: 'chat' } },
      { id: "it's-quoted", supported_endpoint_types: ['openai'] },
      { id: 'tts-1', supported_endpoint_types: ['openai'] },
      { id: 'whisper-1', supported_endpoint_types: ['openai'] },
      {
        id: 'voice-both',
        ccapi: {
          type: 'audio',
          input_modalities: ['audio', 'text'],
          output_modalities: ['text', 'audio'],
        },
      },
      { id: 'bge-reranker-v2-m3', supported_endpoint_types: ['jina-rerank'] },
    ],
  };
  const files = Object.fromEntries(
    generateCCAPIModelIdUnions(snapshot).map((file) => [file.fileName, file.content]),
  );

  it('writes one union per model type, sorted, ending in (string & {})', () => {
    expect(Object.keys(files).sort()).toEqual([...CCAPI_GENERATED_MODEL_ID_FILES].sort());
    expect(files['ccapi-chat-model-ids.ts']).toBe(
      [
        '// Generated from catalog/ccapi-catalog-snapshot.json (recorded from the live API on 2026-11-30)',
        '// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it',
        '// from the live API with `pnpm catalog:update`.',
        '',
        '/**',
        ' * Language model ids in CCAPI’s catalog, for `ccapi(id)` and the route methods.',
        ' * For autocomplete only: any other id is accepted and sent unchanged.',
        ' */',
        "export type CCAPIChatModelId = 'alpha-chat' | 'it\\'s-quoted' | 'zeta-chat' | (string & {});",
        '',
      ].join('\n'),
    );
  });

  it('splits audio models into speech and transcription by modalities, else by id', () => {
    expect(files['ccapi-speech-model-ids.ts']).toContain(
      "export type CCAPISpeechModelId = 'tts-1' | 'voice-both' | (string & {});",
    );
    expect(files['ccapi-transcription-model-ids.ts']).toContain(
      "export type CCAPITranscriptionModelId = 'voice-both' | 'whisper-1' | (string & {});",
    );
  });

  it('breaks long unions one member per line, as Biome formats them', () => {
    const many = {
      data: Array.from({ length: 8 }, (_, index) => ({
        id: `reranker-model-${index}`,
        supported_endpoint_types: ['jina-rerank'],
      })),
    };
    const reranking = generateCCAPIModelIdUnions(many).find(
      (file) => file.fileName === 'ccapi-reranking-model-ids.ts',
    );
    expect(reranking?.content).toContain(
      "export type CCAPIRerankingModelId =\n  | 'reranker-model-0'\n  | 'reranker-model-1'\n",
    );
    expect(reranking?.content).toMatch(/\| 'reranker-model-7'\n {2}\| \(string & \{\}\);\n$/);
    // An empty union still accepts any id.
    expect(files['ccapi-video-model-ids.ts']).toContain(
      'export type CCAPIVideoModelId = (string & {});',
    );
  });

  it('refuses a snapshot with unreadable entries', () => {
    expect(() => generateCCAPIModelIdUnions({ data: [{ id: 'ok' }, { object: 'model' }] })).toThrow(
      /entry 1: it has no string "id"/,
    );
    expect(() => generateCCAPIModelIdUnions({})).toThrow(/no `data` array/);
  });
});

describe('the committed catalog', () => {
  const snapshotText = readFileSync(snapshotPath, 'utf8');

  it.each(CCAPI_GENERATED_MODEL_ID_FILES)(
    'src/catalog/generated/%s matches the snapshot (run `pnpm catalog:generate` after editing it)',
    (fileName) => {
      const expected = generateCCAPIModelIdUnions(JSON.parse(snapshotText)).find(
        (file) => file.fileName === fileName,
      );
      const committed = readFileSync(new URL(`./generated/${fileName}`, import.meta.url), 'utf8');
      expect(committed).toBe(expected?.content);
    },
  );

  it('is the catalog the emulator serves (run `pnpm catalog:generate` after editing it)', () => {
    expect(JSON.parse(readFileSync(emulatorCopyPath, 'utf8'))).toEqual(JSON.parse(snapshotText));
  });

  it('says whether it was recorded live or seeded from documentation', () => {
    const { metadata } = JSON.parse(snapshotText) as { metadata: Record<string, unknown> };
    expect(['live', 'documentation']).toContain(metadata.source);
    if (metadata.source === 'documentation') {
      expect(metadata.note).toMatch(/not recorded from the live API/);
    }
  });
});

describe('the public model-id types', () => {
  it.each(CCAPI_GENERATED_MODEL_ID_FILES)('%s ends its union in (string & {})', (fileName) => {
    const committed = readFileSync(new URL(`./generated/${fileName}`, import.meta.url), 'utf8');
    expect(committed).toMatch(/[=|] \(string & \{\}\);\n$/);
  });

  it('suggest the snapshot’s ids and accept any other id (checked by pnpm type-check)', () => {
    expectTypeOf<'deepseek-v3.2'>().toExtend<CCAPIChatModelId>();
    expectTypeOf<'text-embedding-3-small'>().toExtend<CCAPIEmbeddingModelId>();
    expectTypeOf<'gpt-image-1'>().toExtend<CCAPIImageModelId>();
    expectTypeOf<'sora-2'>().toExtend<CCAPIVideoModelId>();
    expectTypeOf<'tts-1'>().toExtend<CCAPISpeechModelId>();
    expectTypeOf<'whisper-1'>().toExtend<CCAPITranscriptionModelId>();
    expectTypeOf<'suno_music'>().toExtend<CCAPIMusicModelId>();
    expectTypeOf<'bge-reranker-v2-m3'>().toExtend<CCAPIRerankingModelId>();
    expectTypeOf<'omni-moderation-latest'>().toExtend<CCAPIModerationModelId>();
    expectTypeOf<'gpt-realtime'>().toExtend<CCAPIRealtimeModelId>();
    // Open: an id the snapshot does not have still type-checks…
    const later: [
      CCAPIChatModelId,
      CCAPIEmbeddingModelId,
      CCAPIImageModelId,
      CCAPIVideoModelId,
      CCAPISpeechModelId,
      CCAPITranscriptionModelId,
      CCAPIMusicModelId,
      CCAPIRerankingModelId,
      CCAPIModerationModelId,
      CCAPIRealtimeModelId,
    ] = ['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6', 'x-7', 'x-8', 'x-9', 'x-10'];
    expect(later).toHaveLength(10);
    // …while the union is not widened to plain `string`, which would lose autocomplete.
    expectTypeOf<CCAPIChatModelId>().not.toEqualTypeOf<string>();
    expectTypeOf<CCAPIRerankingModelId>().not.toEqualTypeOf<string>();
  });
});
