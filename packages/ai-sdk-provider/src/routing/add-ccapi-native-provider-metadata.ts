import type { JSONObject, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { CCAPIOfficialProviderKey } from './ccapi-native-routes';

/**
 * Copies the official provider's metadata to `ccapi` so code can read
 * `providerMetadata.ccapi.*` whatever the route. The official key stays: the official model
 * reads signatures, thought signatures and item ids back from it on the next turn.
 */
export function addCCAPINativeProviderMetadata(
  providerMetadata: SharedV4ProviderMetadata | undefined,
  officialKey: CCAPIOfficialProviderKey,
  extra?: JSONObject,
): SharedV4ProviderMetadata | undefined {
  const official = providerMetadata?.[officialKey];
  if (official == null && extra == null) return providerMetadata;
  return {
    ...providerMetadata,
    ccapi: { ...official, ...providerMetadata?.ccapi, ...extra },
  };
}
