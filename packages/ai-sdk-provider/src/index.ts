export type { CCAPIBrand } from './brands/ccapi-brand';
export {
  CCAPI_DEFAULT_BASE_URL,
  type CCAPILanguageModelSettings,
  type CCAPIProvider,
  type CCAPIProviderSettings,
  ccapi,
  createCCAPI,
} from './ccapi-provider';
export type { CCAPIChatModelId } from './chat/ccapi-chat-model-id';
export type { CCAPICommonChatOptions } from './chat/ccapi-chat-options';
export type { CCAPICompletionOptions } from './completion/ccapi-completion-options';
export type {
  CCAPIEmbeddingModelId,
  CCAPIEmbeddingModelOptions,
} from './embedding/ccapi-embedding-model-options';
export type { CCAPIGeminiOptions } from './gemini/ccapi-gemini-options';
export type { CCAPIMessagesOptions } from './messages/ccapi-messages-options';
export type {
  CCAPIModerationInputPart,
  CCAPIModerationModelId,
  CCAPIModerationOptions,
} from './moderation/ccapi-moderation-options';
export type {
  CCAPIModerationCategories,
  CCAPIModerationCategoryScores,
  CCAPIModerationInputResult,
  CCAPIModerationResult,
} from './moderation/ccapi-moderation-result';
export type { CCAPIResponsesOptions } from './responses/ccapi-responses-options';
export type { CCAPIModelFamily } from './routing/ccapi-model-family';
export { CCAPI_ROUTES, type CCAPIRoute } from './routing/ccapi-route';
export {
  CCAPI_DEFAULT_ROUTES,
  type CCAPIRouteKey,
  type CCAPIRoutes,
} from './routing/resolve-ccapi-route';
export type {
  CCAPISpeechModelId,
  CCAPISpeechModelOptions,
  CCAPISpeechOutputFormat,
} from './speech/ccapi-speech-model-options';
export type {
  CCAPITranscriptionModelId,
  CCAPITranscriptionModelOptions,
  CCAPITranscriptionResponseFormat,
} from './transcription/ccapi-transcription-model-options';
export { VERSION } from './version';
