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
export type { CCAPIRoute } from './routing/ccapi-route';
export type { CCAPIRoutes } from './routing/resolve-ccapi-route';
export { VERSION } from './version';
