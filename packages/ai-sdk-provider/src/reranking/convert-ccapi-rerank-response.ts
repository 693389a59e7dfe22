import { InvalidResponseDataError, type RerankingModelV4Result } from '@ai-sdk/provider';
import type { CCAPIRerankResponse } from './ccapi-reranking-api';

/** Token counts CCAPI reported for a rerank call (Cohere upstreams report search units). */
export interface CCAPIRerankUsage {
  promptTokens?: number;
  totalTokens?: number;
  searchUnits?: number;
}

/**
 * Reads a rerank answer: `results` (or `data`) items with `index` and `relevance_score` (or
 * `score`), sorted by descending score as the spec requires (some upstreams answer in input
 * order), cut to `topN` when the upstream ignored it. An index outside the documents or a missing
 * score is an `InvalidResponseDataError` naming the item, because a ranking that points at the
 * wrong document is worse than none.
 */
export function convertCCAPIRerankResponse(
  response: CCAPIRerankResponse,
  options: { documentCount: number; topN?: number },
): { ranking: RerankingModelV4Result['ranking']; usage?: CCAPIRerankUsage } {
  const items = response.results ?? response.data;
  if (items == null) {
    throw new InvalidResponseDataError({
      data: response,
      message:
        'CCAPI answered the rerank request without a `results` list. Check that the model id is a rerank model (GET /v1/models lists them with the endpoint type `jina-rerank`).',
    });
  }

  const seen = new Set<number>();
  const ranking = items.map((item, position) => {
    const relevanceScore = item.relevance_score ?? item.score;
    if (!Number.isInteger(item.index) || item.index < 0 || item.index >= options.documentCount) {
      throw new InvalidResponseDataError({
        data: response,
        message: `CCAPI's rerank result ${position} points at document index ${item.index}, but ${options.documentCount} document(s) were sent. The upstream answer is inconsistent; retry, or try another rerank model.`,
      });
    }
    if (relevanceScore == null) {
      throw new InvalidResponseDataError({
        data: response,
        message: `CCAPI's rerank result ${position} (document ${item.index}) has no relevance_score.`,
      });
    }
    if (seen.has(item.index)) {
      throw new InvalidResponseDataError({
        data: response,
        message: `CCAPI's rerank answer ranks document ${item.index} twice.`,
      });
    }
    seen.add(item.index);
    return { index: item.index, relevanceScore };
  });

  // Stable: equal scores keep the upstream's order.
  ranking.sort((a, b) => b.relevanceScore - a.relevanceScore);
  const limited = options.topN != null ? ranking.slice(0, options.topN) : ranking;

  const usage = compactUsage({
    promptTokens: response.usage?.prompt_tokens ?? undefined,
    totalTokens: response.usage?.total_tokens ?? undefined,
    searchUnits:
      response.usage?.search_units ?? response.meta?.billed_units?.search_units ?? undefined,
  });
  return { ranking: limited, ...(usage != null && { usage }) };
}

function compactUsage(usage: CCAPIRerankUsage): CCAPIRerankUsage | undefined {
  const entries = Object.entries(usage).filter(([, value]) => value != null);
  return entries.length > 0 ? (Object.fromEntries(entries) as CCAPIRerankUsage) : undefined;
}
