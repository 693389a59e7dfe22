import type { CCAPIProviderMetadata } from '../shared/ccapi-provider-metadata';
import type { CCAPIWarning } from '../shared/ccapi-warning';
import type { CCAPITaskStatus } from '../tasks/ccapi-task-status';
import type { CCAPIMusicAudio } from './ccapi-music-audio';
import type { CCAPIMusicResponseMetadata } from './ccapi-music-call-options';
import type { CCAPIMusicTrack } from './ccapi-music-track';

/** Lyrics a `LYRICS` task wrote. */
export interface CCAPIMusicLyrics {
  title: string | undefined;
  text: string;
}

/** What a finished task holds. Which fields are set depends on the action. */
export interface CCAPIMusicTaskOutput<AUDIO extends CCAPIMusicAudio> {
  /** Songs with audio (`MUSIC`, extend, audio-making actions); `[]` for text actions. */
  tracks: Array<CCAPIMusicTrack<AUDIO>>;
  /** `LYRICS`: every lyrics variant the task wrote (`[]` otherwise). */
  lyrics: CCAPIMusicLyrics[];
  /** `UPSAMPLE_TAGS`: the rich style description (`undefined` otherwise). */
  tags: string | undefined;
  /** The task's result as CCAPI sent it (TaskDto `data`), for actions with other results. */
  data: unknown;
}

interface CCAPIMusicStatusBase {
  taskId: string;
  /** The platform the task runs on (`suno`, `producer`). */
  platform: string;
  /** The task's action, as CCAPI reports it (`MUSIC`, `LYRICS`, …). */
  action: string | undefined;
  /** The server's percentage, when it reports one. */
  progress: number | undefined;
  /** The status word as the server wrote it, e.g. `IN_PROGRESS`. */
  rawStatus: string | undefined;
  providerMetadata: CCAPIProviderMetadata;
  response: CCAPIMusicResponseMetadata;
}

/** One look at a music task (`getMusicStatus`). */
export type CCAPIMusicStatus<AUDIO extends CCAPIMusicAudio> =
  | (CCAPIMusicStatusBase & {
      status: 'pending';
      /** `queued`, `running` or `unknown` (keep checking). */
      taskStatus: CCAPITaskStatus;
    })
  | (CCAPIMusicStatusBase & { status: 'completed' } & CCAPIMusicTaskOutput<AUDIO>)
  | (CCAPIMusicStatusBase & {
      status: 'error';
      /** What went wrong and what to do, as a sentence. */
      error: string;
      /** The upstream reason of a failed task (`fail_reason`), or `undefined`. */
      failReason: string | undefined;
    });

/**
 * A task a batch check asked for but CCAPI did not return: an unknown id, a task of another
 * key or platform, or (site A's per-item envelope) an item CCAPI answered with an error.
 */
export interface CCAPIMusicStatusNotFound {
  status: 'not-found';
  taskId: string;
  platform: string;
  /** CCAPI's per-item message, when it sent one. */
  error: string;
}

/** The result of a task that was submitted (or resumed) and waited for. */
export interface CCAPIMusicTaskResult<AUDIO extends CCAPIMusicAudio>
  extends CCAPIMusicTaskOutput<AUDIO> {
  taskId: string;
  platform: string;
  action: string;
  /** Settings that were not sent as asked, and guesses to check (inferred action tokens). */
  warnings: CCAPIWarning[];
  /** One entry per task: the last status answer. */
  responses: CCAPIMusicResponseMetadata[];
  /** `ccapi`: `taskId`, `platform`, `action`, `status`, `rawStatus`, `progress`, `pollCount`, `resultUrl`. */
  providerMetadata: CCAPIProviderMetadata;
}
