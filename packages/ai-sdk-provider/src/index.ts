export type { CCAPIBrand } from './brands/ccapi-brand';
export type { CCAPIClaudeChatOptions } from './brands/claude/claude-chat-options';
export { CCAPIClaudeThinkingToolLoopError } from './brands/claude/claude-thinking-tool-loop-error';
export type { CCAPIDeepSeekChatOptions } from './brands/deepseek/deepseek-chat-options';
export type { CCAPIGeminiChatOptions } from './brands/gemini/gemini-chat-options';
export type { CCAPIGLMChatOptions } from './brands/glm/glm-chat-options';
export type { CCAPIMiniMaxChatOptions } from './brands/minimax/minimax-chat-options';
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
export {
  CCAPIImageModel,
  type CCAPIImageModelId,
} from './image/ccapi-image-model';
export type { CCAPIImageModelOptions } from './image/ccapi-image-model-options';
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
export { CCAPITaskError } from './tasks/ccapi-task-error';
export { CCAPITaskFailedError } from './tasks/ccapi-task-failed-error';
export type { CCAPITaskModelSettings } from './tasks/ccapi-task-model-settings';
export { CCAPITaskPollError } from './tasks/ccapi-task-poll-error';
export type { CCAPITaskPollSettings } from './tasks/ccapi-task-poll-settings';
export type {
  CCAPITaskProgressEvent,
  CCAPITaskProgressListener,
} from './tasks/ccapi-task-progress-event';
export type { CCAPITaskStatus } from './tasks/ccapi-task-status';
export { CCAPITaskTimeoutError } from './tasks/ccapi-task-timeout-error';
export type {
  CCAPITranscriptionModelId,
  CCAPITranscriptionModelOptions,
  CCAPITranscriptionResponseFormat,
} from './transcription/ccapi-transcription-model-options';
export { VERSION } from './version';
export type { CCAPIVideoOperation, CCAPIVideoTaskRoute } from './video/ccapi-video-api';
export { CCAPIVideoModel, type CCAPIVideoModelId } from './video/ccapi-video-model';
export type { CCAPIVideoModelOptions } from './video/ccapi-video-model-options';
