import { type CCAPIModelType, isCCAPIModelType } from './ccapi-model-type';

// Spellings of a declared `type` seen across gateways, mapped to ours.
const TYPE_SYNONYMS: Readonly<Record<string, CCAPIModelType>> = {
  text: 'chat',
  language: 'chat',
  llm: 'chat',
  completion: 'chat',
  completions: 'chat',
  'chat-completion': 'chat',
  images: 'image',
  'image-generation': 'image',
  videos: 'video',
  'video-generation': 'video',
  embeddings: 'embedding',
  'text-embedding': 'embedding',
  reranking: 'rerank',
  reranker: 'rerank',
  speech: 'audio',
  tts: 'audio',
  'text-to-speech': 'audio',
  transcription: 'audio',
  stt: 'audio',
  asr: 'audio',
  'speech-to-text': 'audio',
  moderations: 'moderation',
};

// new-api endpoint types that name a model type outright.
const TYPE_BY_ENDPOINT: ReadonlyArray<[string, CCAPIModelType]> = [
  ['jina-rerank', 'rerank'],
  ['embeddings', 'embedding'],
  ['openai-video', 'video'],
  ['image-generation', 'image'],
];

// new-api lists speech, transcription, moderation, music and realtime models only as `openai`,
// so their ids are the remaining clue.
const TYPE_BY_ID: ReadonlyArray<[RegExp, CCAPIModelType]> = [
  [/realtime/, 'realtime'],
  [/moderation/, 'moderation'],
  [/rerank/, 'rerank'],
  [/embed/, 'embedding'],
  [/(^|[/_-])(tts|whisper)|transcribe|speech|eleven/, 'audio'],
  [/suno|chirp|producer|music|lyria|udio/, 'music'],
  [/sora|veo|kling|seedance|vidu|hailuo|(^|[/_-])video/, 'video'],
  [
    /image|dall-e|imagen|midjourney|niji|jimeng|seedream|flux|nano-banana|stable-diffusion/,
    'image',
  ],
];

/**
 * The type of a catalog model: the declared type when it is one we know (or a known spelling
 * of one), else from its endpoint types, else from its id, else `chat`.
 */
export function inferCCAPIModelType(options: {
  id: string;
  declaredType: unknown;
  endpointTypes: readonly string[];
}): CCAPIModelType {
  const { id, declaredType, endpointTypes } = options;
  const declared = normalizeCCAPIModelTypeSpelling(declaredType);
  if (declared != null) return declared;
  for (const [endpoint, type] of TYPE_BY_ENDPOINT) {
    if (endpointTypes.includes(endpoint)) return type;
  }
  const lowerId = id.toLowerCase();
  for (const [pattern, type] of TYPE_BY_ID) {
    if (pattern.test(lowerId)) return type;
  }
  return 'chat';
}

/** A type as gateways spell it (`Embeddings`, `tts`, `language`) in ours, or undefined. */
export function normalizeCCAPIModelTypeSpelling(value: unknown): CCAPIModelType | undefined {
  if (typeof value !== 'string') return undefined;
  const spelling = value.trim().toLowerCase();
  return isCCAPIModelType(spelling) ? spelling : TYPE_SYNONYMS[spelling];
}
