// `@ccapi/ai-sdk-provider/ai-sdk-6`: the provider for AI SDK 6 (`ai@6`, spec V3). Everything that
// does not depend on the spec version is the same export as in the main entry: music, the
// catalog, cost and balance, realtime's server-side connect() and relay(), errors and ids.
export type { CCAPIBalance, CCAPIBalanceOptions } from '../balance/ccapi-balance';
export type { CCAPIBrand } from '../brands/ccapi-brand-adapters';
export type { CCAPILanguageModelClaudeChatOptions } from '../brands/claude/claude-chat-options';
export { CCAPIClaudeThinkingToolLoopError } from '../brands/claude/claude-thinking-tool-loop-error';
export type { CCAPILanguageModelDeepSeekChatOptions } from '../brands/deepseek/deepseek-chat-options';
export type { CCAPILanguageModelGeminiChatOptions } from '../brands/gemini/gemini-chat-options';
export type { CCAPILanguageModelGLMChatOptions } from '../brands/glm/glm-chat-options';
export type { CCAPILanguageModelMiniMaxChatOptions } from '../brands/minimax/minimax-chat-options';
export type {
  CCAPICatalogModel,
  CCAPICatalogSkippedEntry,
  CCAPIModelCapabilities,
  CCAPIModelList,
} from '../catalog/ccapi-catalog-model';
export { CCAPI_MODEL_TYPES, type CCAPIModelType } from '../catalog/ccapi-model-type';
export type {
  CCAPIGetModelOptions,
  CCAPIListModelsOptions,
  CCAPIModels,
} from '../catalog/ccapi-models';
export type { CCAPIChatModelId } from '../catalog/generated/ccapi-chat-model-ids';
export type { CCAPIRealtimeModelId } from '../catalog/generated/ccapi-realtime-model-ids';
export type { CCAPIRerankingModelId } from '../catalog/generated/ccapi-reranking-model-ids';
export {
  CCAPI_DEFAULT_BASE_URL,
  type CCAPILanguageModelSettings,
  type CCAPIProviderSettings,
} from '../ccapi-provider';
export type { CCAPIProviderExtensions } from '../ccapi-provider-extensions';
export type { CCAPILanguageModelChatOptions } from '../chat/ccapi-chat-options';
export type { CCAPICostEstimate } from '../cost/ccapi-cost-estimate';
export type {
  CCAPILanguageModelPricing,
  CCAPIModelPricing,
} from '../cost/ccapi-model-pricing';
export type { CCAPIPricingSettings } from '../cost/validate-ccapi-pricing-settings';
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
export {
  CCAPI_MUSIC_ACTIONS,
  type CCAPIMusicAction,
  type CCAPIMusicExpectedResult,
  type CCAPIProducerAction,
  type CCAPISunoAction,
} from '../music/ccapi-music-actions';
export type {
  CCAPILoadedMusicAudio,
  CCAPIMusicAudio,
  CCAPIMusicAudioFile,
  CCAPIMusicAudioFor,
  CCAPIMusicDownload,
} from '../music/ccapi-music-audio';
export type {
  CCAPIMusicInputs,
  CCAPIMusicRequestOptions,
  CCAPIMusicResponseMetadata,
  CCAPIMusicWaitOptions,
} from '../music/ccapi-music-call-options';
export type {
  CCAPIMusicClient,
  CCAPIMusicSubmitOptions,
  CCAPIMusicTaskRequestOptions,
} from '../music/ccapi-music-client';
export { CCAPIMusicModel } from '../music/ccapi-music-model';
export type {
  CCAPIMusicModelId,
  CCAPIMusicPlatform,
  CCAPIProducerModelVersion,
  CCAPISunoModelVersion,
} from '../music/ccapi-music-model-id';
export { CCAPIMusicNoResultError } from '../music/ccapi-music-no-result-error';
export type {
  CCAPIMusicLyrics,
  CCAPIMusicStatus,
  CCAPIMusicStatusNotFound,
  CCAPIMusicTaskOutput,
  CCAPIMusicTaskResult,
} from '../music/ccapi-music-status';
export type { CCAPIMusicTrack } from '../music/ccapi-music-track';
export {
  type CCAPIGenerateLyricsOptions,
  type CCAPIGenerateLyricsResult,
  generateLyrics,
} from '../music/generate-lyrics';
export {
  type CCAPIGenerateMusicOptions,
  type CCAPIGenerateMusicResult,
  type CCAPIMusicExtend,
  generateMusic,
} from '../music/generate-music';
export {
  type CCAPIGetMusicStatusesOptions,
  type CCAPIGetMusicStatusOptions,
  getMusicStatus,
} from '../music/get-music-status';
export {
  type CCAPIStartMusicOptions,
  type CCAPIStartMusicResult,
  startMusic,
} from '../music/start-music';
export {
  type CCAPIUpsampleMusicTagsOptions,
  type CCAPIUpsampleMusicTagsResult,
  upsampleMusicTags,
} from '../music/upsample-music-tags';
export type { CCAPIRealtimeClientEvent } from '../realtime/ccapi-realtime-client-event';
export type {
  CCAPIRealtimeConnection,
  CCAPIRealtimeConnectOptions,
  CCAPIWebSocketConstructor,
  CCAPIWebSocketEvent,
  CCAPIWebSocketLike,
} from '../realtime/ccapi-realtime-connection';
export type {
  CCAPIRealtimeAudioMessage,
  CCAPIRealtimeConversationItem,
  CCAPIRealtimeFunctionCallOutput,
  CCAPIRealtimeTextMessage,
} from '../realtime/ccapi-realtime-conversation-item';
export {
  CCAPIRealtimeError,
  type CCAPIRealtimeErrorReason,
} from '../realtime/ccapi-realtime-error';
export {
  CCAPIRealtimeModel,
  type CCAPIRealtimeModelSettings,
} from '../realtime/ccapi-realtime-model';
export type { CCAPIRealtimeProtocol } from '../realtime/ccapi-realtime-protocol';
export type {
  CCAPIRealtimeServerConnection,
  CCAPIRealtimeSessionIntent,
} from '../realtime/ccapi-realtime-server-connection';
export type { CCAPIRealtimeServerEvent } from '../realtime/ccapi-realtime-server-event';
export type {
  CCAPIRealtimeSessionConfig,
  CCAPIRealtimeTranscriptionConfig,
} from '../realtime/ccapi-realtime-session-config';
export type { CCAPIRealtimeToolDefinition } from '../realtime/ccapi-realtime-tool-definition';
export type { CCAPIRealtimeUsage } from '../realtime/ccapi-realtime-usage';
export type { CCAPIRerankingModelOptions } from '../reranking/ccapi-reranking-model-options';
export type { CCAPIRerankUsage } from '../reranking/convert-ccapi-rerank-response';
export type {
  CCAPILanguageModelCompletionOptions,
  CCAPILanguageModelGeminiOptions,
  CCAPILanguageModelMessagesOptions,
  CCAPILanguageModelResponsesOptions,
} from '../routing/ccapi-native-routes';
export { CCAPI_ROUTING_MODES, type CCAPIRoutingMode } from '../routing/ccapi-routing-mode';
export {
  CCAPI_DEFAULT_ROUTES,
  CCAPI_ROUTES,
  type CCAPIModelFamily,
  type CCAPIRoute,
  type CCAPIRouteKey,
  type CCAPIRoutes,
} from '../routing/resolve-ccapi-route';
export type { CCAPIAudioFormat } from '../shared/ccapi-audio-format';
export type {
  CCAPIJSONObject,
  CCAPIJSONValue,
  CCAPIReadonlyJSONObject,
  CCAPIReadonlyJSONValue,
} from '../shared/ccapi-json-value';
export type { CCAPIProviderMetadata } from '../shared/ccapi-provider-metadata';
export type { CCAPIProviderOptions } from '../shared/ccapi-provider-options';
export type { CCAPIWarning } from '../shared/ccapi-warning';
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
export type { CCAPIVideoOperation, CCAPIVideoTaskRoute } from '../video/ccapi-video-api';
export type { CCAPIVideoModelId, CCAPIVideoModelOptions } from '../video/ccapi-video-model-options';
export {
  type CCAPIProviderV3 as CCAPIProvider,
  ccapi,
  createCCAPI,
} from './ccapi-provider-v3';
export type { CCAPIDroppedPart } from './convert-v4-file-part-to-v3';
export type { CCAPIImageModelV3 as CCAPIImageModel } from './wrap-image-model-v4-as-v3';
export type { CCAPIVideoModelV3 as CCAPIVideoModel } from './wrap-video-model-v4-as-v3';
