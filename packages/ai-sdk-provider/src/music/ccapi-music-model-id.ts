import type { CCAPICatalogMusicModelId } from '../catalog/generated/ccapi-music-model-ids';

/**
 * A music model id names the CCAPI platform that makes the music: `suno` (`/suno/submit/{ACTION}`)
 * or `producer` (`/producer/submit/{ACTION}`). The ids CCAPI's catalog lists for music are
 * accepted too and mean their platform (`suno_music`, `suno_lyrics` → `suno`; `producer_music` →
 * `producer`; `suno/chirp-v5` → `suno` with model version `chirp-v5`). Any other id is used as the
 * platform path segment unchanged, for platforms CCAPI adds later. The Suno model version is
 * otherwise an option (`modelVersion: 'chirp-crow'`).
 */
export type CCAPIMusicModelId = 'suno' | 'producer' | CCAPICatalogMusicModelId;

/** The platform and the model version a music model id stands for. */
export function readCCAPIMusicModelId(modelId: string): {
  platform: string;
  modelVersion: string | undefined;
} {
  const id = modelId.trim().toLowerCase();
  const slash = id.indexOf('/');
  if (slash !== -1) {
    return { platform: id.slice(0, slash), modelVersion: modelId.trim().slice(slash + 1) };
  }
  const billed = /^(suno|producer)_(music|lyrics)$/.exec(id);
  return { platform: billed?.[1] ?? id, modelVersion: undefined };
}

/** The platform a music task runs on; the first path segment of its routes. */
export type CCAPIMusicPlatform = 'suno' | 'producer' | (string & {});

/**
 * Suno model versions (`mv`) that new-api resellers list: `chirp-v3-5`, `chirp-v4`, `chirp-auk`
 * (v4.5), `chirp-bluejay` (v4.5+), `chirp-crow` (v5), `chirp-fenix` (v5.5); new-api's default
 * is `chirp-v3-0`. CCAPI does not document the list, so any string is accepted.
 */
export type CCAPISunoModelVersion =
  | 'chirp-v3-0'
  | 'chirp-v3-5'
  | 'chirp-v4'
  | 'chirp-auk'
  | 'chirp-bluejay'
  | 'chirp-crow'
  | 'chirp-fenix'
  | (string & {});

/** Producer model versions (`mv`) upstream Producer APIs use; `FUZZ-2.0` is their default. */
export type CCAPIProducerModelVersion =
  | 'FUZZ-2.0'
  | 'FUZZ-2.0 Pro'
  | 'FUZZ-2.0 Raw'
  | 'FUZZ-1.1 Pro'
  | 'FUZZ-1.0 Pro'
  | 'FUZZ-1.1'
  | 'FUZZ-1.0'
  | 'FUZZ-0.8'
  | (string & {});
