// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Text-to-speech model ids in CCAPI’s catalog, for `ccapi.speechModel(id)`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPISpeechModelId =
  | 'elevenlabs/eleven_turbo_v2'
  | 'elevenlabs/tts'
  | 'gpt-4o-mini-tts'
  | 'tts-1'
  | 'tts-1-hd'
  | (string & {});
