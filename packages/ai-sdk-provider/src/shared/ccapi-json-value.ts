// CCAPI's own JSON types, so CCAPI's features (music, realtime) need no AI SDK spec version's
// types and the AI SDK 6 entry exposes no AI SDK 7 ones. AI SDK 6 reads JSON arrays as mutable,
// AI SDK 7 as readonly; each type below takes the side that fits both SDKs.

/**
 * JSON that CCAPI returns (metadata, the raw task data). Arrays are mutable, so a value fits
 * AI SDK 6's `JSONValue` and AI SDK 7's alike.
 */
export type CCAPIJSONValue = null | string | number | boolean | CCAPIJSONObject | CCAPIJSONValue[];

/** A JSON object that CCAPI returns. */
export type CCAPIJSONObject = { [key: string]: CCAPIJSONValue | undefined };

/**
 * JSON that a caller passes in (provider options). Arrays and objects may be readonly, so
 * AI SDK 7's `JSONValue` is accepted as well as AI SDK 6's.
 */
export type CCAPIReadonlyJSONValue =
  | null
  | string
  | number
  | boolean
  | CCAPIReadonlyJSONObject
  | readonly CCAPIReadonlyJSONValue[];

/** A JSON object that a caller passes in. */
export type CCAPIReadonlyJSONObject = {
  readonly [key: string]: CCAPIReadonlyJSONValue | undefined;
};
