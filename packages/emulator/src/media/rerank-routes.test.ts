import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import { scoreRerankDocument } from './rerank-scores';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

interface RerankAnswer {
  model?: string;
  results?: Array<{ index: number; relevance_score: number; document?: { text: string } }>;
  usage?: { prompt_tokens: number; total_tokens: number };
  error?: { message: string; type: string; code: string };
}

async function rerank(body: unknown): Promise<{ status: number; body: RerankAnswer }> {
  const response = await fetch(`${emulator.baseURL}/rerank`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as RerankAnswer };
}

const documents = [
  'quarterly tax filing deadlines',
  'a sunny beach',
  'sunny beach holidays with the family',
];

describe('POST /v1/rerank', () => {
  it('ranks by word overlap, echoes documents by default and reports usage', async () => {
    const { status, body } = await rerank({
      model: 'jina-reranker-v2-base-multilingual',
      query: 'sunny beach',
      documents,
    });
    expect(status).toBe(200);
    expect(body.model).toBe('jina-reranker-v2-base-multilingual');
    expect(body.results?.map((result) => result.index)).toEqual([1, 2, 0]);
    expect(body.results?.[2]?.relevance_score).toBe(0);
    expect(body.results?.[0]?.document).toEqual({ text: documents[1] });
    expect(body.usage?.total_tokens).toBeGreaterThan(0);
    expect(body.usage?.prompt_tokens).toBe(body.usage?.total_tokens);
  });

  it('honours top_n and return_documents: false, and reads {text} objects', async () => {
    const { body } = await rerank({
      model: 'bge-reranker-v2-m3',
      query: 'tax deadlines',
      documents: [{ text: documents[1] }, documents[0]],
      top_n: 1,
      return_documents: false,
    });
    expect(body.results).toEqual([{ index: 1, relevance_score: expect.any(Number) }]);
  });

  it('scores are deterministic and within [0, 1]', () => {
    expect(scoreRerankDocument('Sunny beach', 'sunny BEACH')).toBe(1);
    expect(scoreRerankDocument('sunny beach', 'tax')).toBe(0);
    expect(scoreRerankDocument('sunny beach', 'sunny')).toBe(
      scoreRerankDocument('sunny beach', 'sunny'),
    );
  });

  it('answers bad bodies the way new-api does (400 invalid_request)', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ query: 'x', documents: ['a'] }, /Model name not specified/],
      [{ model: 'rerank-v3.5', documents: ['a'] }, /^query is empty/],
      [{ model: 'rerank-v3.5', query: 'x', documents: [] }, /^documents is empty/],
      [{ model: 'rerank-v3.5', query: 'x', documents: [42] }, /documents\[0\]/],
      [{ model: 'rerank-v3.5', query: 'x', documents: ['a'], top_n: 1.5 }, /top_n/],
      ['not json', /must be JSON/],
    ];
    for (const [body, message] of cases) {
      const answer = await rerank(body);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toMatch(message);
      expect(answer.body.error?.code).toBe('invalid_request');
    }
  });
});
