import { AISDKError } from '@ai-sdk/provider';

// The AI SDK's own name and marker: `RetryError.isInstance(error)` from `ai` recognises this
// error, although the provider does not depend on `ai` (where `RetryError` lives).
const name = 'AI_RetryError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A request failed on every attempt its `maxRetries` allowed (or failed with a non-retryable
 * error after a retryable one). Shaped like the AI SDK's `RetryError`: `reason`, `errors` (one per
 * attempt) and `lastError`; `RetryError.isInstance(error)` from `ai` is true for it.
 */
export class CCAPIRetryError extends AISDKError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  readonly reason: 'maxRetriesExceeded' | 'errorNotRetryable';
  readonly errors: unknown[];
  readonly lastError: unknown;

  constructor(options: {
    message: string;
    reason: 'maxRetriesExceeded' | 'errorNotRetryable';
    errors: unknown[];
  }) {
    super({ name, message: options.message });
    this.reason = options.reason;
    this.errors = options.errors;
    this.lastError = options.errors[options.errors.length - 1];
  }

  static override isInstance(error: unknown): error is CCAPIRetryError {
    return AISDKError.hasMarker(error, marker);
  }
}
