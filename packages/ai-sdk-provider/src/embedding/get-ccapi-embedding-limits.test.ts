import { describe, expect, it } from 'vitest';
import { getCCAPIEmbeddingLimits } from './get-ccapi-embedding-limits';

describe('getCCAPIEmbeddingLimits', () => {
  it.each([
    ['text-embedding-3-small', 2048, 300_000],
    ['openai/text-embedding-3-large', 2048, 300_000],
    ['some-new-embedder', 2048, 300_000],
    ['gemini-embedding-001', 100, undefined],
    ['google/gemini-embedding-001', 100, undefined],
    ['text-embedding-004', 100, undefined],
    ['embed-english-v3.0', 96, undefined],
    ['cohere/embed-multilingual-v3.0', 96, undefined],
    ['voyage-3-large', 1000, undefined],
    ['text-embedding-v2', 25, undefined],
    ['text-embedding-v4', 10, undefined],
  ])('%s → %i per call, %s bytes', (modelId, maxEmbeddingsPerCall, maxInputBytesPerCall) => {
    expect(getCCAPIEmbeddingLimits(modelId)).toEqual({
      maxEmbeddingsPerCall,
      maxInputBytesPerCall,
    });
  });
});
