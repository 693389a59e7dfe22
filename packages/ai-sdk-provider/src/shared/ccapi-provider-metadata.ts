import type { CCAPIJSONObject } from './ccapi-json-value';

/**
 * Provider-specific results of a CCAPI function, keyed by provider (`ccapi`). Fits the
 * `ProviderMetadata` of AI SDK 6 and of AI SDK 7.
 */
export type CCAPIProviderMetadata = Record<string, CCAPIJSONObject>;
