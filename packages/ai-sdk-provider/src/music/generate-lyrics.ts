import type { CCAPIProviderOptions } from '../shared/ccapi-provider-options';
import type { CCAPIMusicRequestOptions, CCAPIMusicWaitOptions } from './ccapi-music-call-options';
import type { CCAPIMusicLyrics, CCAPIMusicTaskResult } from './ccapi-music-status';

export interface CCAPIGenerateLyricsOptions
  extends CCAPIMusicRequestOptions,
    CCAPIMusicWaitOptions {
  /** What the lyrics should be about. */
  prompt: string;
  /** Extra body fields under `ccapi`, sent as they are; `ccapi.taskId` resumes a task. */
  providerOptions?: CCAPIProviderOptions;
}

export interface CCAPIGenerateLyricsResult
  extends Pick<
    CCAPIMusicTaskResult<never>,
    'taskId' | 'platform' | 'warnings' | 'responses' | 'providerMetadata'
  > {
  /** The title of the (first) lyrics, when the task gave one. */
  title: string | undefined;
  /** The (first) lyrics. */
  text: string;
  /** Every variant the task wrote (MusicAPI-style answers can hold two). */
  lyrics: CCAPIMusicLyrics[];
}

/**
 * Writes song lyrics with Suno's `LYRICS` action (`POST /suno/submit/LYRICS` with `{prompt}`),
 * waiting for the task like `generateMusic`. Pass the text on as `generateMusic({ lyrics })`.
 */
export async function generateLyrics(
  options: CCAPIGenerateLyricsOptions,
): Promise<CCAPIGenerateLyricsResult> {
  const { runGenerateLyrics } = await import('./run-ccapi-music');
  return runGenerateLyrics(options);
}
