// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Transcription model ids in CCAPI’s catalog, for `ccapi.transcriptionModel(id)`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPITranscriptionModelId =
  | 'gpt-4o-mini-transcribe'
  | 'gpt-4o-transcribe'
  | 'whisper-1'
  | (string & {});
