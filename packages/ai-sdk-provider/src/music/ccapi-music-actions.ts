/**
 * The action tokens of CCAPI's music routes (`POST /{platform}/submit/{ACTION}`), in one place.
 *
 * Confirmed tokens were read on a CCAPI page or are new-api built-ins; only they have typed
 * functions (`generateMusic`, `generateLyrics`, `upsampleMusicTags`). The inferred tokens are
 * guesses from CCAPI's sidebar titles and the upstream API its action list mirrors: use them
 * through `ccapi.music.submit(platform, action, body)` and check them live first.
 * See https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/music.md#action-tokens.
 */
export const CCAPI_MUSIC_ACTIONS = {
  suno: {
    /** `MUSIC` and `LYRICS`: new-api built-ins. `UPSAMPLE_TAGS`: read on docs.ccapi.ai. */
    confirmed: ['MUSIC', 'LYRICS', 'UPSAMPLE_TAGS'],
    /** Guessed from the sidebar (Extend Music, Create Cover, Extract Stems, …). */
    inferred: [
      'EXTEND',
      'COVER',
      'STEMS',
      'STEMS_FULL',
      'ADD_VOCALS',
      'ADD_INSTRUMENTAL',
      'REPLACE_SECTION',
      'REMASTER',
      'MASHUP',
      'SAMPLE',
      'SOUNDS',
      'MIDI',
      'UPLOAD',
      'CONCAT',
      'ALIGNED_LYRICS',
      'MUSIC_VIDEO',
      'WAV',
      'PERSONA',
      'BPM',
      'VOX',
    ],
  },
  producer: {
    /** `MUSIC` and `REPLACE`: read on docs.ccapi.ai; CCAPI says only `MUSIC` is enabled. */
    confirmed: ['MUSIC', 'REPLACE'],
    /** Guessed from the sidebar (Generate Lyrics, Extend Music, Create Cover, …). */
    inferred: [
      'LYRICS',
      'EXTEND',
      'COVER',
      'VARIATION',
      'SWAP_VOCALS',
      'SWAP_INSTRUMENTALS',
      'STEMS',
      'DOWNLOAD',
      'UPLOAD',
      'VIDEO',
    ],
  },
} as const;

/** A confirmed Suno action token. */
export type CCAPISunoAction = (typeof CCAPI_MUSIC_ACTIONS.suno.confirmed)[number];
/** A confirmed Producer action token. */
export type CCAPIProducerAction = (typeof CCAPI_MUSIC_ACTIONS.producer.confirmed)[number];

/**
 * Any action token: the confirmed and inferred ones autocomplete, every other string is sent
 * as it is (CCAPI may add actions). Send upper case.
 */
export type CCAPIMusicAction =
  | (typeof CCAPI_MUSIC_ACTIONS.suno)[keyof typeof CCAPI_MUSIC_ACTIONS.suno][number]
  | (typeof CCAPI_MUSIC_ACTIONS.producer)[keyof typeof CCAPI_MUSIC_ACTIONS.producer][number]
  | (string & {});

/** What a finished task of an action is expected to hold. */
export type CCAPIMusicExpectedResult = 'audio' | 'lyrics' | 'tags' | 'any';

/**
 * What a finished task must hold for the action to count as a success: audio for `MUSIC` and
 * `REPLACE`, lyrics for `LYRICS`, tags for `UPSAMPLE_TAGS`. Inferred and unknown actions take
 * whatever the task returns (`any`).
 */
export function getCCAPIMusicExpectedResult(action: string | undefined): CCAPIMusicExpectedResult {
  switch (action?.toUpperCase()) {
    case 'MUSIC':
    case 'REPLACE':
      return 'audio';
    case 'LYRICS':
      return 'lyrics';
    case 'UPSAMPLE_TAGS':
      return 'tags';
    default:
      return 'any';
  }
}

/** `confirmed`, `inferred` or `unknown` for a platform's token (case-insensitive). */
export function classifyCCAPIMusicAction(
  platform: string,
  action: string,
): 'confirmed' | 'inferred' | 'unknown' {
  const tables: Record<string, { confirmed: readonly string[]; inferred: readonly string[] }> =
    CCAPI_MUSIC_ACTIONS;
  const table = Object.hasOwn(tables, platform) ? tables[platform] : undefined;
  if (table == null) return 'unknown';
  const token = action.toUpperCase();
  if (table.confirmed.includes(token)) return 'confirmed';
  if (table.inferred.includes(token)) return 'inferred';
  return 'unknown';
}
