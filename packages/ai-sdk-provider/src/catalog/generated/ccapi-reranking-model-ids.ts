// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Reranking model ids in CCAPI’s catalog (`POST /v1/rerank`).
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPIRerankingModelId =
  | 'bge-reranker-v2-m3'
  | 'jina-reranker-m0'
  | 'jina-reranker-v2-base-multilingual'
  | 'qwen3-reranker-8b'
  | 'rerank-v3.5'
  | (string & {});
