import type { CCAPIJSONValue } from '../shared/ccapi-json-value';
import type { CCAPILoadedMusicAudio, CCAPIMusicAudio } from './ccapi-music-audio';

/**
 * One generated song (a Suno or Producer "clip"). Fields the task did not report are
 * `undefined`; the same track can come from any of the shapes CCAPI answers with.
 */
export interface CCAPIMusicTrack<AUDIO extends CCAPIMusicAudio = CCAPILoadedMusicAudio> {
  /** The audio: bytes with `download: 'eager'` (default), `url` + `load()` with `'lazy'`. */
  readonly audio: AUDIO;
  /** The upstream clip id (`id`, `clip_id`); what extending a Suno song needs. */
  readonly clipId: string | undefined;
  /** CCAPI's task id (`task_…`) that made this track; extending also needs it. */
  readonly taskId: string;
  readonly title: string | undefined;
  /** Style tags or the style prompt (Suno `tags`, Producer `sound`). */
  readonly style: string | undefined;
  readonly lyrics: string | undefined;
  /** The description the song was made from (Suno `gpt_description_prompt`). */
  readonly description: string | undefined;
  readonly durationInSeconds: number | undefined;
  /** Cover image. */
  readonly imageUrl: string | undefined;
  /** Suno's music video, where the task made one. */
  readonly videoUrl: string | undefined;
  /** The model version that made it (`mv`, `model_name`), e.g. `chirp-crow`, `FUZZ-2.0`. */
  readonly modelVersion: string | undefined;
  /** When the upstream made the clip (ISO 8601). */
  readonly createdAt: string | undefined;
  /** Stem URLs by name (`vocals`, `instrumentals`, `drums`, `bass`), in the shape that has them. */
  readonly stems: Record<string, string> | undefined;
  /** Time-aligned lyrics (`alignedLyrics`), in the shape that has them. */
  readonly alignedLyrics: Array<{ time: number; text: string }> | undefined;
  /** The clip as CCAPI sent it. */
  readonly raw: CCAPIJSONValue;
}
