import {
  APICallError,
  InvalidArgumentError,
  InvalidResponseDataError,
  LoadAPIKeyError,
} from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { rerank } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCCAPI } from '../ccapi-provider';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const rerankRequests = () => emulator.requests.filter((request) => request.path === '/v1/rerank');

const documents = [
  'quarterly tax filing deadlines',
  'a sunny beach',
  'sunny beach holidays with the family',
];

describe('CCAPIRerankingModel through rerank()', () => {
  it('ranks string documents by relevance and reports usage and the request id', async () => {
    const model = provider().rerankingModel('jina-reranker-v2-base-multilingual');
    expect(model.provider).toBe('ccapi.reranking');
    const result = await rerank({ model, documents, query: 'sunny beach' });

    expect(result.ranking.map((item) => item.originalIndex)).toEqual([1, 2, 0]);
    expect(result.rerankedDocuments).toEqual([documents[1], documents[2], documents[0]]);
    expect(result.ranking[0]?.score).toBeGreaterThan(result.ranking[1]?.score ?? 1);
    expect(result.ranking[2]?.score).toBe(0);
    expect(result.providerMetadata?.ccapi?.usage).toEqual({
      promptTokens: expect.any(Number),
      totalTokens: expect.any(Number),
    });
    expect(result.providerMetadata?.ccapi?.requestId).toEqual(expect.any(String));
    expect(result.response.modelId).toBe('jina-reranker-v2-base-multilingual');

    const [request] = rerankRequests();
    expect(request?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(request?.body).toEqual({
      model: 'jina-reranker-v2-base-multilingual',
      query: 'sunny beach',
      documents,
      return_documents: false,
    });
  });

  it('sends topN as top_n and returns only the best documents', async () => {
    const result = await rerank({
      model: provider().rerankingModel('bge-reranker-v2-m3'),
      documents,
      query: 'tax deadlines',
      topN: 1,
    });
    expect(result.rerankedDocuments).toEqual([documents[0]]);
    expect(rerankRequests()[0]?.body).toMatchObject({ top_n: 1 });
  });

  it('ranks object documents by their JSON text and warns once that they were stringified', async () => {
    const emails = [
      { subject: 'Invoice', body: 'your quarterly tax invoice' },
      { subject: 'Holiday', body: 'photos from the sunny beach' },
    ];
    const warnings: unknown[] = [];
    const originalWarn = globalThis.AI_SDK_LOG_WARNINGS;
    // Typed by hand: with ai@6 in the same program (the AI SDK 6 suites) the global is either
    // major's logger, which TypeScript cannot infer a parameter from.
    globalThis.AI_SDK_LOG_WARNINGS = (options: { warnings: readonly unknown[] }) =>
      warnings.push(...options.warnings);
    try {
      const result = await rerank({
        model: provider().rerankingModel('rerank-v3.5'),
        documents: emails,
        query: 'beach photos',
      });
      expect(result.rerankedDocuments[0]).toBe(emails[1]);
    } finally {
      globalThis.AI_SDK_LOG_WARNINGS = originalWarn;
    }
    expect(rerankRequests()[0]?.body).toMatchObject({
      documents: emails.map((email) => JSON.stringify(email)),
    });
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'object documents' }),
    ]);
  });

  it('asks for the echoed documents with providerOptions.ccapi.returnDocuments', async () => {
    const result = await rerank({
      model: provider().rerankingModel('rerank-v3.5'),
      documents,
      query: 'family',
      providerOptions: { ccapi: { returnDocuments: true } },
    });
    expect(rerankRequests()[0]?.body).toMatchObject({ return_documents: true });
    expect(JSON.stringify(result.response.body)).toContain('"document":{"text"');
  });
});

describe('CCAPIRerankingModel: the answer shapes relays send (ccapi-music-and-more.md §10)', () => {
  // The emulator's Jina answer, rewritten on the way back into another upstream's shape.
  const rerankWith = (rewrite: (body: EmulatorRerankAnswer) => unknown) =>
    rerank({
      model: createCCAPI({
        baseURL: emulator.baseURL,
        apiKey: emulator.apiKey,
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const body = rewrite((await response.json()) as EmulatorRerankAnswer);
          return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
        },
      }).rerankingModel('bge-reranker-v2-m3'),
      documents,
      query: 'sunny beach',
      maxRetries: 0,
    });

  it('reads `data` items scored as `score`, in input order, and still ranks by score', async () => {
    const result = await rerankWith((body) => ({
      object: 'list',
      data: [...body.results]
        .sort((a, b) => a.index - b.index)
        .map((item) => ({ index: item.index, score: item.relevance_score })),
    }));
    expect(result.ranking.map((item) => item.originalIndex)).toEqual([1, 2, 0]);
    expect(result.ranking[0]?.score).toBeGreaterThan(result.ranking[1]?.score ?? 1);
  });

  it('reads string scores and string or object echoed documents, and Cohere’s billed units', async () => {
    const result = await rerankWith((body) => ({
      id: 'rr-7',
      results: body.results.map((item, position) => ({
        index: String(item.index),
        relevance_score: String(item.relevance_score),
        document: position === 0 ? documents[item.index] : { text: documents[item.index] },
      })),
      meta: { billed_units: { search_units: 1 } },
    }));
    expect(result.ranking.map((item) => item.originalIndex)).toEqual([1, 2, 0]);
    expect(typeof result.ranking[0]?.score).toBe('number');
    expect(result.response.id).toBe('rr-7');
    expect(result.providerMetadata?.ccapi?.usage).toEqual({ searchUnits: 1 });
  });

  it('an answer without `results` or `data` is a typed error that says what was expected', async () => {
    const error = await rerankWith(() => ({ object: 'list' })).catch((caught: unknown) => caught);
    expect(InvalidResponseDataError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/without a `results` list/);
  });
});

type EmulatorRerankAnswer = { results: Array<{ index: number; relevance_score: number }> };

describe('CCAPIRerankingModel: bad input and failures', () => {
  const model = () => provider().rerankingModel('rerank-v3.5');

  it('rejects a misspelt provider option, an empty query, a bad topN and empty documents', async () => {
    const attempts = [
      rerank({
        model: model(),
        documents,
        query: 'x',
        providerOptions: { ccapi: { returnDocument: true } },
      }),
      rerank({ model: model(), documents, query: '  ' }),
      rerank({ model: model(), documents, query: 'x', topN: 0 }),
      rerank({ model: model(), documents: ['fine', ''], query: 'x' }),
    ];
    const errors = await Promise.all(attempts.map((attempt) => attempt.catch((error) => error)));
    for (const error of errors) expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(errors[0].message).toMatch(/returnDocument/);
    expect(errors[0].message).toMatch(/Supported options: returnDocuments/);
    expect(errors[1].message).toMatch(/query .* is empty/);
    expect(errors[2].message).toMatch(/topN must be a positive integer, got 0/);
    expect(errors[3].message).toMatch(/documents\[1\] is empty/);
    expect(rerankRequests()).toHaveLength(0);
  });

  it('an answer that ranks a document that was not sent is an InvalidResponseDataError', async () => {
    // The emulator's answer, rewritten on the way back as a broken upstream would send it.
    const brokenFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { results: Array<{ index: number }> };
      body.results[0] = { ...body.results[0], index: 7 };
      return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
    };
    const error = await rerank({
      model: createCCAPI({
        baseURL: emulator.baseURL,
        apiKey: emulator.apiKey,
        fetch: brokenFetch,
      }).rerankingModel('rerank-v3.5'),
      documents,
      query: 'sunny',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(InvalidResponseDataError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/document index 7, but 3 document\(s\) were sent/);
  });

  it('returns an empty ranking for no documents without calling CCAPI', async () => {
    const result = await rerank({ model: model(), documents: [], query: 'x' });
    expect(result.ranking).toEqual([]);
    expect(rerankRequests()).toHaveLength(0);
  });

  it('a missing key is a LoadAPIKeyError naming CCAPI_API_KEY', async () => {
    const saved = process.env.CCAPI_API_KEY;
    delete process.env.CCAPI_API_KEY;
    try {
      const error = await rerank({
        model: createCCAPI({ baseURL: emulator.baseURL }).rerankingModel('rerank-v3.5'),
        documents,
        query: 'x',
      }).catch((caught: unknown) => caught);
      expect(LoadAPIKeyError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain('CCAPI_API_KEY');
    } finally {
      if (saved != null) process.env.CCAPI_API_KEY = saved;
    }
  });

  it('a wrong key is an APICallError that explains the 401 and never contains the key', async () => {
    const wrongKey = 'sk-wrong-key-0123456789abcdef';
    const error = await rerank({
      model: createCCAPI({ baseURL: emulator.baseURL, apiKey: wrongKey }).rerankingModel(
        'rerank-v3.5',
      ),
      documents,
      query: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect((error as Error).message).toMatch(/rejected the API key/);
    expect(JSON.stringify(error)).not.toContain(wrongKey);
  });

  it('model_not_found names the model and is retryable; a 429 is retried by rerank()', async () => {
    const notFound = await rerank({
      model: provider().rerankingModel('rerank-v3.5~fault:model-not-found'),
      documents,
      query: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(notFound)).toBe(true);
    expect((notFound as Error).message).toContain("'rerank-v3.5~fault:model-not-found'");

    const limited = await rerank({
      model: provider().rerankingModel('rerank-v3.5~fault:rate-limit'),
      documents,
      query: 'x',
      maxRetries: 1,
    }).catch((caught: unknown) => caught);
    expect((limited as Error).message).toMatch(/rate limit/i);
    expect(rerankRequests()).toHaveLength(3);
  });
});
