import type { CCAPIReadonlyJSONObject } from './ccapi-json-value';

/**
 * Provider-specific options of a CCAPI function, keyed by provider (`{ ccapi: { … } }`). Takes
 * the `ProviderOptions` of AI SDK 6 and of AI SDK 7, so apps can pass the same object to both.
 */
export type CCAPIProviderOptions = Record<string, CCAPIReadonlyJSONObject>;
