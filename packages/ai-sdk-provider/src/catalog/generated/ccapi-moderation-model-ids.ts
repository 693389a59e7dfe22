// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Moderation model ids in CCAPI’s catalog, for `ccapi.moderate({ model })`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPIModerationModelId =
  | 'omni-moderation-2024-09-26'
  | 'omni-moderation-latest'
  | 'text-moderation-latest'
  | 'text-moderation-stable'
  | (string & {});
