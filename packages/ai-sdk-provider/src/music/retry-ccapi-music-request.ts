import { APICallError } from '@ai-sdk/provider';
import { retryWithExponentialBackoff } from '@ai-sdk/provider-utils';
import { CCAPIRetryError } from '../errors/ccapi-retry-error';
import { readRetryAfterMs } from '../tasks/poll-ccapi-task';

/**
 * Runs one music request with the AI SDK's retry policy for `maxRetries`: retryable
 * `APICallError`s (network, 408, 409, 429, 5xx) are retried with exponential backoff from 2 s,
 * or after the server's `Retry-After` when it is under a minute; the end is a `RetryError`.
 * Used for the submit request only (and for `getMusicStatus`'s one check), never around polling,
 * which retries on its own.
 */
export function retryCCAPIMusicRequest<T>(
  request: () => Promise<T>,
  options: { maxRetries: number; abortSignal: AbortSignal | undefined },
): Promise<T> {
  const retry = retryWithExponentialBackoff({
    maxRetries: options.maxRetries,
    abortSignal: options.abortSignal,
    shouldRetry: (error) => APICallError.isInstance(error) && error.isRetryable,
    getDelayInMs: ({ error, exponentialBackoffDelay }) => {
      const hinted = APICallError.isInstance(error)
        ? readRetryAfterMs(error.responseHeaders)
        : undefined;
      return hinted != null && (hinted < 60_000 || hinted < exponentialBackoffDelay)
        ? hinted
        : exponentialBackoffDelay;
    },
    createRetryError: ({ message, reason, errors }) =>
      new CCAPIRetryError({ message, reason, errors }),
  });
  return Promise.resolve(retry(request));
}
