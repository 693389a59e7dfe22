// Building blocks for sibling packages and advanced users; not part of the stable public API.
export type {
  CCAPIBrandAdapter,
  CCAPIBrandAssistantMessageContext,
  CCAPIBrandRequestContext,
  CCAPIInBandError,
  CCAPIReasoningMetadata,
  ContentToolCallParser,
  ContentToolCallSegment,
} from '../brands/ccapi-brand-adapter';
export { detectCCAPIBrand, normalizeModelId } from '../brands/detect-ccapi-brand';
export { resolveCCAPIBrandAdapter } from '../brands/resolve-ccapi-brand-adapter';
export type { CCAPIConfig } from '../ccapi-config';
export type { CCAPIChatRequestBody } from '../chat/ccapi-chat-api';
export { CCAPIChatLanguageModel } from '../chat/ccapi-chat-language-model';
export { convertCCAPIChatUsage } from '../chat/convert-ccapi-chat-usage';
export { convertToCCAPIChatMessages } from '../chat/convert-to-ccapi-chat-messages';
export { mapCCAPIFinishReason } from '../chat/map-ccapi-finish-reason';
export { createCCAPICompletionLanguageModel } from '../completion/create-ccapi-completion-language-model';
export { CCAPIEmbeddingModel } from '../embedding/ccapi-embedding-model';
export { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
export { createCCAPIGeminiLanguageModel } from '../gemini/create-ccapi-gemini-language-model';
export { createCCAPIMessagesLanguageModel } from '../messages/create-ccapi-messages-language-model';
export { createCCAPIModeration } from '../moderation/ccapi-moderation';
export { createCCAPIResponsesLanguageModel } from '../responses/create-ccapi-responses-language-model';
export { resolveCCAPIRoute, validateCCAPIRoutes } from '../routing/resolve-ccapi-route';
export { CCAPISpeechModel } from '../speech/ccapi-speech-model';
export { CCAPITranscriptionModel } from '../transcription/ccapi-transcription-model';
