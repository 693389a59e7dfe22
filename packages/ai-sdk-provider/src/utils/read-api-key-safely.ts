/**
 * The API key for redacting it from errors, or undefined when it cannot be loaded. Reading it
 * must never throw here: a missing key is reported where the request is built, not while an
 * error about something else is being described.
 */
export function readApiKeySafely(read: (() => string | undefined) | undefined): string | undefined {
  try {
    return read?.();
  } catch {
    return undefined;
  }
}
