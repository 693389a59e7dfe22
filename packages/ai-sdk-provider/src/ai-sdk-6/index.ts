// `@ccapi/ai-sdk-provider/ai-sdk-6`: the provider for AI SDK 6 (`ai@6`, spec V3). Everything that
// does not depend on the spec version is the same export as in the main entry.
export type { CCAPIBrand } from '../brands/ccapi-brand-adapters';
export type { CCAPILanguageModelClaudeChatOptions } from '../brands/claude/claude-chat-options';
export { CCAPIClaudeThinkingToolLoopError } from '../brands/claude/claude-thinking-tool-loop-error';
export type { CCAPILanguageModelDeepSeekChatOptions } from '../brands/deepseek/deepseek-chat-options';
export type { CCAPILanguageModelGeminiChatOptions } from '../brands/gemini/gemini-chat-options';
export type { CCAPILanguageModelGLMChatOptions } from '../brands/glm/glm-chat-options';
export type { CCAPILanguageModelMiniMaxChatOptions } from '../brands/minimax/minimax-chat-options';
export {
  CCAPI_DEFAULT_BASE_URL,
  type CCAPILanguageModelSettings,
  type CCAPIProviderSettings,
} from '../ccapi-provider';
export type { CCAPIProviderExtensions } from '../ccapi-provider-extensions';
export type { CCAPIChatModelId } from '../chat/ccapi-chat-model-id';
export type { CCAPILanguageModelChatOptions } from '../chat/ccapi-chat-options';
export type {
  CCAPIEmbeddingModelId,
  CCAPIEmbeddingModelOptions,
} from '../embedding/ccapi-embedding-model-options';
export type { CCAPIErrorData } from '../errors/read-ccapi-error';
export type { CCAPIImageModelId } from '../image/ccapi-image-model';
export type { CCAPIImageModelOptions } from '../image/ccapi-image-model-options';
export type {
  CCAPIModerationInputPart,
  CCAPIModerationModelId,
  CCAPIModerationOptions,
} from '../moderation/ccapi-moderation-options';
export type {
  CCAPIModerationCategories,
  CCAPIModerationCategoryScores,
  CCAPIModerationInputResult,
  CCAPIModerationResult,
} from '../moderation/ccapi-moderation-result';
export type {
  CCAPILanguageModelCompletionOptions,
  CCAPILanguageModelGeminiOptions,
  CCAPILanguageModelMessagesOptions,
  CCAPILanguageModelResponsesOptions,
} from '../routing/ccapi-native-routes';
export {
  CCAPI_DEFAULT_ROUTES,
  CCAPI_ROUTES,
  type CCAPIModelFamily,
  type CCAPIRoute,
  type CCAPIRouteKey,
  type CCAPIRoutes,
} from '../routing/resolve-ccapi-route';
export type {
  CCAPISpeechModelId,
  CCAPISpeechModelOptions,
  CCAPISpeechOutputFormat,
} from '../speech/ccapi-speech-model-options';
export { CCAPITaskError } from '../tasks/ccapi-task-error';
export { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
export type { CCAPITaskModelSettings } from '../tasks/ccapi-task-model-settings';
export { CCAPITaskPollError } from '../tasks/ccapi-task-poll-error';
export type { CCAPITaskPollSettings } from '../tasks/ccapi-task-poll-settings';
export type {
  CCAPITaskProgressEvent,
  CCAPITaskProgressListener,
} from '../tasks/ccapi-task-progress-event';
export type { CCAPITaskStatus } from '../tasks/ccapi-task-status';
export { CCAPITaskTimeoutError } from '../tasks/ccapi-task-timeout-error';
export type {
  CCAPITranscriptionModelId,
  CCAPITranscriptionModelOptions,
  CCAPITranscriptionResponseFormat,
} from '../transcription/ccapi-transcription-model-options';
export { VERSION } from '../version';
export type { CCAPIVideoTaskRoute } from '../video/ccapi-video-api';
export type { CCAPIVideoModelId, CCAPIVideoModelOptions } from '../video/ccapi-video-model-options';
export {
  type CCAPIProviderV3 as CCAPIProvider,
  ccapi,
  createCCAPI,
} from './ccapi-provider-v3';
export type { CCAPIDroppedPart } from './convert-v4-file-part-to-v3';
export type { CCAPIImageModelV3 as CCAPIImageModel } from './wrap-image-model-v4-as-v3';
export type { CCAPIVideoModelV3 as CCAPIVideoModel } from './wrap-video-model-v4-as-v3';
