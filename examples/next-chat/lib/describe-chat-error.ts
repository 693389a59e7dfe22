import { APICallError, RetryError } from 'ai';

/**
 * Turns any error from `streamText` into the one line the chat shows. The provider already writes
 * readable messages for CCAPI failures (401 key, 402/403 balance, 429 rate limit); this unwraps the
 * AI SDK's retry wrapper and scrubs secrets, so the browser never sees the key.
 */
export function describeChatError(error: unknown, secrets: Array<string | undefined>): string {
  let message: string;
  if (RetryError.isInstance(error)) {
    const attempts = error.errors.length;
    message =
      messageOf(error.lastError) +
      (error.reason === 'maxRetriesExceeded' && attempts > 1
        ? ` (gave up after ${attempts} attempts)`
        : '');
  } else {
    message = messageOf(error);
  }
  return redactSecrets(message, secrets);
}

function messageOf(error: unknown): string {
  if (APICallError.isInstance(error))
    return error.message || `Request failed (${error.statusCode}).`;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong while generating the answer.';
}

export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  // Belt and braces: never echo an Authorization header value.
  return result.replace(/(Bearer\s+)[^\s"',]+/gi, '$1[redacted]');
}
