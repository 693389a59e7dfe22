/**
 * new-api's endpoint types, as listed in `supported_endpoint_types` (constant/endpoint_type.go):
 * which request formats a model can be called with.
 */
export type ModelEndpointType =
  | 'openai'
  | 'openai-response'
  | 'anthropic'
  | 'gemini'
  | 'jina-rerank'
  | 'image-generation'
  | 'embeddings'
  | 'openai-video';

export interface EmulatorModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  supported_endpoint_types: ModelEndpointType[];
}

// new-api reports one fixed `created` for every model (it has no per-model creation date).
const CREATED = 1626777600;

function model(id: string, ownedBy: string, endpoints: ModelEndpointType[]): EmulatorModel {
  return {
    id,
    object: 'model',
    created: CREATED,
    owned_by: ownedBy,
    supported_endpoint_types: endpoints,
  };
}

/**
 * What `GET /v1/models` lists: the models CCAPI documents (CCAPI's documented model list), with the endpoint
 * types new-api derives from their channel (Claude and Gemini also speak their native formats;
 * image models list `image-generation` first, as new-api does). The emulator answers chat for
 * any model id; this list is only the catalogue a client can discover.
 */
export const EMULATOR_MODELS: readonly EmulatorModel[] = [
  // Chat: OpenAI
  model('gpt-5', 'openai', ['openai', 'openai-response']),
  model('gpt-5-mini', 'openai', ['openai', 'openai-response']),
  model('gpt-4o-mini', 'openai', ['openai', 'openai-response']),
  model('o4-mini', 'openai', ['openai', 'openai-response']),
  // Chat: Anthropic
  model('claude-sonnet-4-6', 'anthropic', ['anthropic', 'openai']),
  model('claude-opus-4-6', 'anthropic', ['anthropic', 'openai']),
  model('claude-haiku-4-5', 'anthropic', ['anthropic', 'openai']),
  // Chat: Google
  model('gemini-2.5-flash', 'google', ['gemini', 'openai']),
  model('gemini-2.5-pro', 'google', ['gemini', 'openai']),
  model('gemini-3-pro-preview', 'google', ['gemini', 'openai']),
  // Chat: DeepSeek, MiniMax, Zhipu
  model('deepseek-v3.2', 'deepseek', ['openai']),
  model('deepseek-chat', 'deepseek', ['openai']),
  model('deepseek-reasoner', 'deepseek', ['openai']),
  model('minimax-m2.5', 'minimax', ['openai']),
  model('glm-5', 'zhipu', ['openai']),
  // Embeddings
  model('text-embedding-3-small', 'openai', ['embeddings']),
  model('text-embedding-3-large', 'openai', ['embeddings']),
  // Images
  model('gpt-image-1', 'openai', ['image-generation', 'openai']),
  model('dall-e-3', 'openai', ['image-generation', 'openai']),
  model('gemini-2.5-flash-image', 'google', ['image-generation', 'gemini', 'openai']),
  // Video
  model('sora-2', 'openai', ['openai-video']),
  model('veo-3.1', 'google', ['openai-video']),
  model('kling-v2-1', 'kling', ['openai-video']),
  // Audio: speech, transcription, music
  model('tts-1', 'openai', ['openai']),
  model('gpt-4o-mini-tts', 'openai', ['openai']),
  model('whisper-1', 'openai', ['openai']),
  model('gpt-4o-transcribe', 'openai', ['openai']),
  model('suno_music', 'suno', ['openai']),
  // Moderation
  model('omni-moderation-latest', 'openai', ['openai']),
];
