import type { CCAPIProviderOptions } from '../shared/ccapi-provider-options';
import type { CCAPIMusicRequestOptions, CCAPIMusicWaitOptions } from './ccapi-music-call-options';
import type { CCAPIMusicTaskResult } from './ccapi-music-status';

export interface CCAPIUpsampleMusicTagsOptions
  extends CCAPIMusicRequestOptions,
    CCAPIMusicWaitOptions {
  /** Short style tags to expand, e.g. `'jazz, smooth, saxophone'`. */
  tags: string;
  /** Extra body fields under `ccapi`, sent as they are; `ccapi.taskId` resumes a task. */
  providerOptions?: CCAPIProviderOptions;
}

export interface CCAPIUpsampleMusicTagsResult
  extends Pick<
    CCAPIMusicTaskResult<never>,
    'taskId' | 'platform' | 'warnings' | 'responses' | 'providerMetadata'
  > {
  /** The richer style description, ready for `generateMusic({ style })`. */
  tags: string;
}

/**
 * Turns short style tags into a rich style description with Suno's `UPSAMPLE_TAGS` action
 * (`POST /suno/submit/UPSAMPLE_TAGS` with `{tags}`), waiting for the task like `generateMusic`.
 */
export async function upsampleMusicTags(
  options: CCAPIUpsampleMusicTagsOptions,
): Promise<CCAPIUpsampleMusicTagsResult> {
  const { runUpsampleMusicTags } = await import('./run-ccapi-music');
  return runUpsampleMusicTags(options);
}
