import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPIMusicAction, CCAPIMusicExpectedResult } from './ccapi-music-actions';
import type { CCAPIMusicAudioFor, CCAPIMusicDownload } from './ccapi-music-audio';
import type { CCAPIMusicRequestOptions, CCAPIMusicWaitOptions } from './ccapi-music-call-options';
import type { CCAPIMusicPlatform } from './ccapi-music-model-id';
import type { CCAPIMusicTaskResult } from './ccapi-music-status';
import type { CCAPIStartMusicResult } from './start-music';

export type CCAPIMusicTaskRequestOptions = Omit<CCAPIMusicRequestOptions, 'model'>;

export interface CCAPIMusicSubmitOptions<
  DOWNLOAD extends CCAPIMusicDownload | undefined = undefined,
> extends CCAPIMusicTaskRequestOptions,
    CCAPIMusicWaitOptions {
  /** `'eager'` (default): tracks hold their bytes. `'lazy'`: call `await track.audio.load()`. */
  download?: DOWNLOAD;
  /**
   * What the finished task must hold: `audio` (an error without), `lyrics`, `tags`, or `any`.
   * Default: `audio` for MUSIC and REPLACE, `lyrics` for LYRICS, `tags` for UPSAMPLE_TAGS,
   * `any` for every other action.
   */
  expect?: CCAPIMusicExpectedResult;
}

/**
 * `ccapi.music`: any action on any music platform, for the operations without a typed function
 * (cover, stems, remaster, WAV export, …, whose tokens are only inferred).
 */
export interface CCAPIMusicClient {
  /**
   * Submits `body` unchanged to `POST /{platform}/submit/{action}`, waits for the task like
   * `generateMusic`, and returns whatever it made: tracks with audio, lyrics, tags, and the raw
   * `data`. Inferred tokens give a warning: check them live first.
   */
  submit<DOWNLOAD extends CCAPIMusicDownload | undefined = undefined>(
    platform: CCAPIMusicPlatform,
    action: CCAPIMusicAction,
    body: Record<string, unknown>,
    options?: CCAPIMusicSubmitOptions<DOWNLOAD>,
  ): Promise<CCAPIMusicTaskResult<CCAPIMusicAudioFor<DOWNLOAD>>>;
  /** Submits like `submit` and returns at once with the task id (check it with `getMusicStatus`). */
  start(
    platform: CCAPIMusicPlatform,
    action: CCAPIMusicAction,
    body: Record<string, unknown>,
    options?: CCAPIMusicTaskRequestOptions,
  ): Promise<CCAPIStartMusicResult>;
}

/** The `ccapi.music` object; its methods load the music implementation on first use. */
export function createCCAPIMusicClient(config: CCAPIConfig): CCAPIMusicClient {
  return {
    async submit(platform, action, body, options) {
      const { runSubmitMusicTask } = await import('./run-ccapi-music');
      return (await runSubmitMusicTask({ config, platform, action, body, options })) as never;
    },
    async start(platform, action, body, options) {
      const { runStartMusicTask } = await import('./run-ccapi-music');
      return runStartMusicTask({ config, platform, action, body, options });
    },
  };
}
