import type { CCAPICatalogModel } from './ccapi-catalog-model';
import { readCCAPIModelList } from './read-ccapi-model-list';

/** One generated file: `src/catalog/generated/<fileName>`. */
export type CCAPIGeneratedFile = { fileName: string; content: string };

type UnionDefinition = {
  typeName: string;
  fileName: string;
  /** The first sentence of the type's doc comment. */
  summary: string;
  includes: (model: CCAPICatalogModel) => boolean;
};

const TRANSCRIPTION_ID = /whisper|transcri|(^|[/_-])(stt|asr)/;

// Speech and transcription share the catalog type `audio`; modalities (else the id) split them.
const isSpeech = (model: CCAPICatalogModel) =>
  model.type === 'audio' &&
  (model.outputModalities.length > 0
    ? model.outputModalities.includes('audio')
    : !TRANSCRIPTION_ID.test(model.id.toLowerCase()));
const isTranscription = (model: CCAPICatalogModel) =>
  model.type === 'audio' &&
  (model.inputModalities.length > 0
    ? model.inputModalities.includes('audio')
    : TRANSCRIPTION_ID.test(model.id.toLowerCase()));

const UNIONS: readonly UnionDefinition[] = [
  {
    typeName: 'CCAPIChatModelId',
    fileName: 'ccapi-chat-model-ids.ts',
    summary: 'Language model ids in CCAPI’s catalog, for `ccapi(id)` and the route methods.',
    includes: (model) => model.type === 'chat',
  },
  {
    typeName: 'CCAPIEmbeddingModelId',
    fileName: 'ccapi-embedding-model-ids.ts',
    summary: 'Embedding model ids in CCAPI’s catalog, for `ccapi.embeddingModel(id)`.',
    includes: (model) => model.type === 'embedding',
  },
  {
    typeName: 'CCAPIImageModelId',
    fileName: 'ccapi-image-model-ids.ts',
    summary: 'Image model ids in CCAPI’s catalog, for `ccapi.imageModel(id)`.',
    includes: (model) => model.type === 'image',
  },
  {
    typeName: 'CCAPIVideoModelId',
    fileName: 'ccapi-video-model-ids.ts',
    summary: 'Video model ids in CCAPI’s catalog, for `ccapi.videoModel(id)`.',
    includes: (model) => model.type === 'video',
  },
  {
    typeName: 'CCAPISpeechModelId',
    fileName: 'ccapi-speech-model-ids.ts',
    summary: 'Text-to-speech model ids in CCAPI’s catalog, for `ccapi.speechModel(id)`.',
    includes: isSpeech,
  },
  {
    typeName: 'CCAPITranscriptionModelId',
    fileName: 'ccapi-transcription-model-ids.ts',
    summary: 'Transcription model ids in CCAPI’s catalog, for `ccapi.transcriptionModel(id)`.',
    includes: isTranscription,
  },
  {
    // `CCAPIMusicModelId` (src/music/) adds the platform ids `suno` and `producer` to these.
    typeName: 'CCAPICatalogMusicModelId',
    fileName: 'ccapi-music-model-ids.ts',
    summary: 'Music model ids in CCAPI’s catalog (Suno, Producer), for `ccapi.musicModel(id)`.',
    includes: (model) => model.type === 'music',
  },
  {
    typeName: 'CCAPIRerankingModelId',
    fileName: 'ccapi-reranking-model-ids.ts',
    summary: 'Reranking model ids in CCAPI’s catalog (`POST /v1/rerank`).',
    includes: (model) => model.type === 'rerank',
  },
  {
    typeName: 'CCAPIModerationModelId',
    fileName: 'ccapi-moderation-model-ids.ts',
    summary: 'Moderation model ids in CCAPI’s catalog, for `ccapi.moderate({ model })`.',
    includes: (model) => model.type === 'moderation',
  },
  {
    typeName: 'CCAPIRealtimeModelId',
    fileName: 'ccapi-realtime-model-ids.ts',
    summary: 'Realtime (WebSocket) model ids in CCAPI’s catalog.',
    includes: (model) => model.type === 'realtime',
  },
];

const LINE_WIDTH = 100;

/**
 * Turns a catalog snapshot (`{ metadata, data: [...] }`, entries as `GET /v1/models` sends them)
 * into one model-id union per model type. Ids are sorted so a refresh shows as a small diff;
 * every union ends in `| (string & {})` so any other id still type-checks. The output is
 * formatted the way Biome formats it, so `pnpm lint` accepts it unchanged.
 *
 * @throws Error when the snapshot has entries the catalog reader would skip.
 */
export function generateCCAPIModelIdUnions(snapshot: unknown): CCAPIGeneratedFile[] {
  const record = (snapshot ?? {}) as { data?: unknown; metadata?: unknown };
  if (!Array.isArray(record.data)) {
    throw new Error('The catalog snapshot has no `data` array of model entries.');
  }
  const { models, skipped } = readCCAPIModelList({ data: record.data });
  if (skipped.length > 0) {
    const reasons = skipped.map((entry) => `entry ${entry.index}: ${entry.reason}`).join('; ');
    throw new Error(`The catalog snapshot has entries that cannot be read (${reasons}).`);
  }
  const source = describeSource(record.metadata);
  return UNIONS.map((union) => ({
    fileName: union.fileName,
    content: renderUnion(
      union,
      models.filter(union.includes).map((model) => model.id),
      source,
    ),
  }));
}

/** The file names `generateCCAPIModelIdUnions` writes, for the check that nothing is stale. */
export const CCAPI_GENERATED_MODEL_ID_FILES: readonly string[] = UNIONS.map(
  (union) => union.fileName,
);

function renderUnion(union: UnionDefinition, ids: string[], source: string): string {
  const members = [...new Set(ids)]
    .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
    .map((id) => `'${id.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  members.push('(string & {})');
  const head = `export type ${union.typeName} =`;
  const oneLine = `${head} ${members.join(' | ')};`;
  const body =
    oneLine.length <= LINE_WIDTH
      ? oneLine
      : `${head}\n${members.map((member) => `  | ${member}`).join('\n')};`;
  return [
    `// Generated from catalog/ccapi-catalog-snapshot.json (${source})`,
    '// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it',
    '// from the live API with `pnpm catalog:update`.',
    '',
    '/**',
    ` * ${union.summary}`,
    ' * For autocomplete only: any other id is accepted and sent unchanged.',
    ' */',
    body,
    '',
  ].join('\n');
}

function describeSource(metadata: unknown): string {
  const record = (metadata ?? {}) as Record<string, unknown>;
  if (record.source === 'live' && typeof record.recordedAt === 'string') {
    return `recorded from the live API on ${record.recordedAt.slice(0, 10)}`;
  }
  if (typeof record.seededAt === 'string') {
    return `seeded from documentation on ${record.seededAt.slice(0, 10)}`;
  }
  return 'source not recorded';
}
