import type { RerankingModelV4 } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { wrapRerankingModelV4AsV3 } from './wrap-reranking-model-v4-as-v3';

describe('wrapRerankingModelV4AsV3', () => {
  it('passes the call through and converts the warnings', async () => {
    const calls: unknown[] = [];
    const model: RerankingModelV4 = {
      specificationVersion: 'v4',
      provider: 'ccapi.reranking',
      modelId: 'rerank-v1',
      async doRerank(options) {
        calls.push(options);
        return {
          ranking: [
            { index: 1, relevanceScore: 0.9 },
            { index: 0, relevanceScore: 0.1 },
          ],
          warnings: [{ type: 'deprecated', setting: 'topN', message: 'use limit' }],
          providerMetadata: { ccapi: { billedUnits: 1 } },
        };
      },
    };
    const wrapped = wrapRerankingModelV4AsV3(model);
    expect(wrapped).toMatchObject({ specificationVersion: 'v3', modelId: 'rerank-v1' });
    const options = {
      documents: { type: 'text' as const, values: ['a', 'b'] },
      query: 'b?',
      topN: 2,
    };
    expect(await wrapped.doRerank(options)).toEqual({
      ranking: [
        { index: 1, relevanceScore: 0.9 },
        { index: 0, relevanceScore: 0.1 },
      ],
      warnings: [{ type: 'other', message: 'topN is deprecated: use limit' }],
      providerMetadata: { ccapi: { billedUnits: 1 } },
    });
    expect(calls).toEqual([options]);
  });
});
