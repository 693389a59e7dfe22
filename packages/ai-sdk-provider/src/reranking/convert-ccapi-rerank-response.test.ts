import { InvalidResponseDataError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { CCAPIRerankResponse } from './ccapi-reranking-api';
import { convertCCAPIRerankResponse } from './convert-ccapi-rerank-response';

describe('convertCCAPIRerankResponse', () => {
  it('reads the Jina shape with object documents and extra fields', () => {
    const response = {
      id: 'rr-1',
      model: 'jina-reranker-v2-base-multilingual',
      results: [
        { index: 2, relevance_score: 0.98, document: { text: 'c' } },
        { index: 0, relevance_score: 0.4, document: { text: 'a' } },
      ],
      usage: { prompt_tokens: 12, total_tokens: 12 },
    } as CCAPIRerankResponse;
    expect(convertCCAPIRerankResponse(response, { documentCount: 3 })).toEqual({
      ranking: [
        { index: 2, relevanceScore: 0.98 },
        { index: 0, relevanceScore: 0.4 },
      ],
      usage: { promptTokens: 12, totalTokens: 12 },
    });
  });

  it('reads the Cohere shape: string documents, meta.billed_units and no usage tokens', () => {
    const response = {
      id: 'abc',
      results: [{ index: 0, relevance_score: 0.5, document: 'a' }],
      meta: { api_version: { version: '2' }, billed_units: { search_units: 1 } },
    } as CCAPIRerankResponse;
    expect(convertCCAPIRerankResponse(response, { documentCount: 1 })).toEqual({
      ranking: [{ index: 0, relevanceScore: 0.5 }],
      usage: { searchUnits: 1 },
    });
  });

  it('reads `data` with `score`, sorts by descending score and applies topN', () => {
    const response = {
      data: [
        { index: 0, score: 0.1 },
        { index: 1, score: 0.9 },
        { index: 2, score: 0.5 },
      ],
    } as CCAPIRerankResponse;
    expect(convertCCAPIRerankResponse(response, { documentCount: 3, topN: 2 })).toEqual({
      ranking: [
        { index: 1, relevanceScore: 0.9 },
        { index: 2, relevanceScore: 0.5 },
      ],
    });
  });

  it('rejects answers that cannot be mapped to the documents', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{}, /without a `results` list/],
      [{ results: [{ index: 3, relevance_score: 1 }] }, /index 3, but 3 document/],
      [{ results: [{ index: 0.5, relevance_score: 1 }] }, /index 0.5/],
      [{ results: [{ index: 0 }] }, /has no relevance_score/],
      [
        {
          results: [
            { index: 0, relevance_score: 1 },
            { index: 0, relevance_score: 0.5 },
          ],
        },
        /ranks document 0 twice/,
      ],
    ];
    for (const [response, message] of cases) {
      let error: unknown;
      try {
        convertCCAPIRerankResponse(response as CCAPIRerankResponse, { documentCount: 3 });
      } catch (caught) {
        error = caught;
      }
      expect(InvalidResponseDataError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });
});
