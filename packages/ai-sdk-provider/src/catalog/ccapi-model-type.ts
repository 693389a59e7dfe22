/**
 * What a catalog model does, as `ccapi.models.list({ type })` filters it. CCAPI's own `type`
 * field is read when sent (its spelling is normalised); otherwise the type is derived from the
 * model's `supported_endpoint_types` and, for the OpenAI-format models new-api lists only as
 * `openai` (speech, transcription, moderation, music, realtime), from its id.
 *
 * - `chat`: language models (chat completions, Messages, Gemini, Responses, completions);
 * - `audio`: text-to-speech and transcription (tell them apart by their modalities);
 * - `music`: Suno and Producer music tasks.
 */
export type CCAPIModelType =
  | 'chat'
  | 'image'
  | 'video'
  | 'embedding'
  | 'rerank'
  | 'audio'
  | 'music'
  | 'moderation'
  | 'realtime';

/** Every model type, in the order the docs list them. */
export const CCAPI_MODEL_TYPES: readonly CCAPIModelType[] = [
  'chat',
  'image',
  'video',
  'embedding',
  'rerank',
  'audio',
  'music',
  'moderation',
  'realtime',
];

export function isCCAPIModelType(value: unknown): value is CCAPIModelType {
  return typeof value === 'string' && (CCAPI_MODEL_TYPES as readonly string[]).includes(value);
}
