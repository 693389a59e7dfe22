// Building blocks for sibling packages and advanced users; not part of the stable public API.
export type {
  CCAPIBrandAdapter,
  CCAPIBrandAssistantMessageContext,
  CCAPIBrandRequestContext,
  CCAPIInBandError,
  CCAPIReasoningMetadata,
} from '../brands/ccapi-brand-adapter';
export { detectCCAPIBrand, normalizeModelId } from '../brands/detect-ccapi-brand';
export { resolveCCAPIBrandAdapter } from '../brands/resolve-ccapi-brand-adapter';
export type { CCAPIConfig } from '../ccapi-config';
export type { CCAPIChatRequestBody } from '../chat/ccapi-chat-api';
export { CCAPIChatLanguageModel } from '../chat/ccapi-chat-language-model';
export { convertCCAPIChatUsage } from '../chat/convert-ccapi-chat-usage';
export { convertToCCAPIChatMessages } from '../chat/convert-to-ccapi-chat-messages';
export { mapCCAPIFinishReason } from '../chat/map-ccapi-finish-reason';
export { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
