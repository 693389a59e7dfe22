// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Embedding model ids in CCAPI’s catalog, for `ccapi.embeddingModel(id)`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPIEmbeddingModelId =
  | 'gemini-embedding-001'
  | 'text-embedding-004'
  | 'text-embedding-3-large'
  | 'text-embedding-3-small'
  | 'text-embedding-ada-002'
  | (string & {});
