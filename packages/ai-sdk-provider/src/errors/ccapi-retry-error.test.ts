import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { CCAPIRetryError } from './ccapi-retry-error';

describe('CCAPIRetryError', () => {
  it("is the AI SDK's RetryError for RetryError.isInstance, with the same fields", () => {
    const attempts = [1, 2].map(
      (attempt) =>
        new APICallError({
          message: `429 #${attempt}`,
          url: 'u',
          requestBodyValues: {},
          statusCode: 429,
        }),
    );
    const error = new CCAPIRetryError({
      message: 'Failed after 2 attempts. Last error: 429 #2',
      reason: 'maxRetriesExceeded',
      errors: attempts,
    });
    expect(RetryError.isInstance(error)).toBe(true);
    expect(CCAPIRetryError.isInstance(error)).toBe(true);
    expect(CCAPIRetryError.isInstance(attempts[0])).toBe(false);
    expect(error.name).toBe('AI_RetryError');
    expect(error.lastError).toBe(attempts[1]);
    expect(error.reason).toBe('maxRetriesExceeded');
  });
});
