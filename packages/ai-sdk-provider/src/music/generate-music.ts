import type { CCAPIMusicAudio, CCAPIMusicAudioFor, CCAPIMusicDownload } from './ccapi-music-audio';
import type {
  CCAPIMusicInputs,
  CCAPIMusicRequestOptions,
  CCAPIMusicWaitOptions,
} from './ccapi-music-call-options';
import type { CCAPIMusicTaskResult } from './ccapi-music-status';

/** Which song to continue, and from where (Suno only). */
export interface CCAPIMusicExtend {
  /** The clip to continue: `track.clipId`. */
  clipId: string;
  /** The task that made the clip: `track.taskId` (CCAPI needs it to find the clip). */
  taskId: string;
  /** Where the new part starts, in seconds from the clip's start. Default: its end. */
  at?: number;
}

export interface CCAPIGenerateMusicOptions<
  DOWNLOAD extends CCAPIMusicDownload | undefined = undefined,
> extends CCAPIMusicRequestOptions,
    CCAPIMusicWaitOptions,
    CCAPIMusicInputs {
  /**
   * Continue an existing Suno song instead of starting a new one (`continue_clip_id`,
   * `continue_at` and the source `task_id` on `MUSIC`); `prompt`, `lyrics` and `style` then
   * describe the new part.
   */
  extend?: CCAPIMusicExtend;
  /** `'eager'` (default): tracks hold their bytes. `'lazy'`: call `await track.audio.load()`. */
  download?: DOWNLOAD;
}

export type CCAPIGenerateMusicResult<AUDIO extends CCAPIMusicAudio> = Pick<
  CCAPIMusicTaskResult<AUDIO>,
  'tracks' | 'taskId' | 'platform' | 'warnings' | 'responses' | 'providerMetadata'
>;

/**
 * Makes music with a CCAPI music model: submits a `MUSIC` task (`POST /{platform}/submit/MUSIC`),
 * polls it with backoff until it finishes, and returns its tracks with their audio downloaded
 * (Suno usually makes two per task).
 *
 * ```ts
 * const { tracks } = await generateMusic({
 *   model: ccapi.musicModel('suno'),
 *   prompt: 'a calm lo-fi song about rain on a tin roof',
 *   style: 'lo-fi, chill',
 * });
 * await writeFile(`rain.${tracks[0].audio.format}`, tracks[0].audio.uint8Array);
 * ```
 *
 * Resume a task (after a timeout, or one started elsewhere) with
 * `providerOptions: { ccapi: { taskId } }`: nothing is submitted again.
 *
 * @throws `InvalidArgumentError` for bad options (nothing is sent), `APICallError` or the AI
 * SDK's `RetryError` when the submit fails, `CCAPITaskFailedError`, `CCAPITaskTimeoutError`,
 * `CCAPITaskPollError` while waiting, `CCAPIMusicNoResultError` when the task succeeds without
 * audio.
 */
export async function generateMusic<DOWNLOAD extends CCAPIMusicDownload | undefined = undefined>(
  options: CCAPIGenerateMusicOptions<DOWNLOAD>,
): Promise<CCAPIGenerateMusicResult<CCAPIMusicAudioFor<DOWNLOAD>>> {
  const { runGenerateMusic } = await import('./run-ccapi-music');
  return (await runGenerateMusic(options)) as unknown as CCAPIGenerateMusicResult<
    CCAPIMusicAudioFor<DOWNLOAD>
  >;
}
