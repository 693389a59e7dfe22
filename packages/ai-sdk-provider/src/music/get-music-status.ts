import type { CCAPIMusicAudioFor, CCAPIMusicDownload } from './ccapi-music-audio';
import type { CCAPIMusicRequestOptions } from './ccapi-music-call-options';
import type { CCAPIMusicStatus, CCAPIMusicStatusNotFound } from './ccapi-music-status';

export interface CCAPIGetMusicStatusOptions<
  DOWNLOAD extends CCAPIMusicDownload | undefined = undefined,
> extends CCAPIMusicRequestOptions {
  /** The task to check (`task_…`), e.g. from `startMusic`; its model's platform must match. */
  taskId: string;
  /** When a finished task's audio is downloaded: `'eager'` (default) or `'lazy'`. */
  download?: DOWNLOAD;
}

export interface CCAPIGetMusicStatusesOptions<
  DOWNLOAD extends CCAPIMusicDownload | undefined = undefined,
> extends CCAPIMusicRequestOptions {
  /** Many tasks of the model's platform, checked with one request (`POST /{platform}/fetch`). */
  taskIds: readonly string[];
  /** When finished tasks' audio is downloaded: `'eager'` (default) or `'lazy'`. */
  download?: DOWNLOAD;
}

/**
 * Checks a music task once (`GET /{platform}/fetch/{taskId}`), from any process: the task id
 * alone is enough. A finished task comes back `completed` with its tracks (or lyrics, or tags),
 * a failed one `error`, anything else `pending`.
 *
 * With `taskIds`, checks many tasks of one platform in a single request
 * (`POST /{platform}/fetch`) and returns one status per id, in order; ids CCAPI does not return
 * come back `not-found`.
 */
export function getMusicStatus<DOWNLOAD extends CCAPIMusicDownload | undefined = undefined>(
  options: CCAPIGetMusicStatusOptions<DOWNLOAD>,
): Promise<CCAPIMusicStatus<CCAPIMusicAudioFor<DOWNLOAD>>>;
export function getMusicStatus<DOWNLOAD extends CCAPIMusicDownload | undefined = undefined>(
  options: CCAPIGetMusicStatusesOptions<DOWNLOAD>,
): Promise<Array<CCAPIMusicStatus<CCAPIMusicAudioFor<DOWNLOAD>> | CCAPIMusicStatusNotFound>>;
export async function getMusicStatus(
  options:
    | CCAPIGetMusicStatusOptions<CCAPIMusicDownload>
    | CCAPIGetMusicStatusesOptions<CCAPIMusicDownload>,
): Promise<unknown> {
  const { runGetMusicStatus } = await import('./run-ccapi-music');
  return runGetMusicStatus(options);
}
