import type { SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { JSONValue, SharedV3ProviderMetadata } from '@ai-sdk/provider-v3';
import { convertV4ProviderMetadataToV3 } from './convert-v4-json-to-v3';

/**
 * V4 result fields that V3 results lack (transcription words, speech and transcription usage,
 * the parts a stream dropped) are kept under `providerMetadata.ccapi`, next to what the model
 * already reports there. Undefined fields are left out; with nothing to add, the metadata stays
 * as it was.
 */
export function moveToCCAPIMetadata(
  providerMetadata: SharedV4ProviderMetadata | undefined,
  fields: Record<string, JSONValue | undefined>,
): { providerMetadata?: SharedV3ProviderMetadata } {
  const metadata =
    providerMetadata != null ? convertV4ProviderMetadataToV3(providerMetadata) : undefined;
  const defined = Object.entries(fields).filter(([, value]) => value !== undefined);
  if (defined.length === 0) return metadata != null ? { providerMetadata: metadata } : {};
  return {
    providerMetadata: {
      ...metadata,
      ccapi: { ...metadata?.ccapi, ...Object.fromEntries(defined) },
    },
  };
}
