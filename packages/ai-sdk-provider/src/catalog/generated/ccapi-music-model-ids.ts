// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Music model ids in CCAPI’s catalog (Suno, Producer), for `ccapi.musicModel(id)`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPICatalogMusicModelId =
  | 'producer_music'
  | 'suno/chirp-v5'
  | 'suno_lyrics'
  | 'suno_music'
  | (string & {});
