/**
 * A deterministic relevance score in [0, 1] from the words a query and a document share, so tests
 * can predict the order: mostly the share of the query's distinct words found in the document,
 * plus a little Jaccard overlap to separate documents that cover the query equally.
 */
export function scoreRerankDocument(query: string, document: string): number {
  const queryWords = words(query);
  const documentWords = words(document);
  if (queryWords.size === 0 || documentWords.size === 0) return 0;
  let shared = 0;
  for (const word of queryWords) if (documentWords.has(word)) shared += 1;
  const coverage = shared / queryWords.size;
  const jaccard = shared / (queryWords.size + documentWords.size - shared);
  return Math.round((0.9 * coverage + 0.1 * jaccard) * 1e6) / 1e6;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}
