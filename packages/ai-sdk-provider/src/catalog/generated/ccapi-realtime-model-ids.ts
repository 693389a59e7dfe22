// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Realtime (WebSocket) model ids in CCAPI’s catalog.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPIRealtimeModelId =
  | 'gpt-4o-mini-realtime-preview'
  | 'gpt-4o-realtime-preview'
  | 'gpt-realtime'
  | 'gpt-realtime-mini'
  | (string & {});
