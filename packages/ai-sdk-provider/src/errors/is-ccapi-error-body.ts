/**
 * Whether a parsed 2xx JSON answer is a failure in disguise: new-api relays some upstream
 * failures as HTTP 200 with `{"error":{…}}`. Such a body should become the same `APICallError`
 * a non-2xx answer would (`createCCAPIAPICallError`), not a schema mismatch.
 */
export function isCCAPIErrorBody(value: unknown): value is { error: unknown } {
  return value != null && typeof value === 'object' && (value as { error?: unknown }).error != null;
}
