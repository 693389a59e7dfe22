import type {
  JSONObject as JSONObjectV4,
  JSONValue as JSONValueV4,
  SharedV4ProviderMetadata,
} from '@ai-sdk/provider';
import type {
  JSONObject as JSONObjectV3,
  JSONValue as JSONValueV3,
  SharedV3ProviderMetadata,
} from '@ai-sdk/provider-v3';

// V4 made its JSON types readonly (`Readonly<JSONObject>`, `readonly JSONValue[]`); the values are
// the same in both specs. These functions only change the type (no copy), and only of JSON.

/** Tool results are JSON values other than `null`. */
export function convertV4JSONValueToV3(value: NonNullable<JSONValueV4>): NonNullable<JSONValueV3> {
  return value as NonNullable<JSONValueV3>;
}

export function convertV4JSONObjectToV3(value: JSONObjectV4): JSONObjectV3 {
  return value as JSONObjectV3;
}

export function convertV4ProviderMetadataToV3(
  metadata: SharedV4ProviderMetadata,
): SharedV3ProviderMetadata {
  return metadata as SharedV3ProviderMetadata;
}

/** A part that only differs from its V3 counterpart in the JSON type of its `providerMetadata`. */
export type WithV3ProviderMetadata<PART> = PART extends unknown
  ? Omit<PART, 'providerMetadata'> & { providerMetadata?: SharedV3ProviderMetadata }
  : never;

export function withV3ProviderMetadata<
  PART extends { providerMetadata?: SharedV4ProviderMetadata },
>(part: PART): WithV3ProviderMetadata<PART> {
  return part as unknown as WithV3ProviderMetadata<PART>;
}
