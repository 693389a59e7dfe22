import type { CCAPIProviderMetadata } from '../shared/ccapi-provider-metadata';
import type { CCAPIWarning } from '../shared/ccapi-warning';
import type {
  CCAPIMusicInputs,
  CCAPIMusicRequestOptions,
  CCAPIMusicResponseMetadata,
} from './ccapi-music-call-options';
import type { CCAPIMusicExtend } from './generate-music';

export interface CCAPIStartMusicOptions extends CCAPIMusicRequestOptions, CCAPIMusicInputs {
  /** Continue an existing Suno song (see `generateMusic`). */
  extend?: CCAPIMusicExtend;
}

/** A submitted task: everything needed to check it later, from any process, is plain JSON. */
export interface CCAPIStartMusicResult {
  /** CCAPI's task id (`task_…`): check it with `getMusicStatus({ model, taskId })`. */
  taskId: string;
  /** The platform (`suno`, `producer`): `ccapi.musicModel(platform)` checks the task. */
  platform: string;
  action: string;
  warnings: CCAPIWarning[];
  response: CCAPIMusicResponseMetadata;
  providerMetadata: CCAPIProviderMetadata;
}

/**
 * Submits a `MUSIC` task and returns at once with its task id, for apps that check on it in
 * their own request handler (`getMusicStatus`) or a queue worker. Takes the same inputs as
 * `generateMusic`.
 */
export async function startMusic(options: CCAPIStartMusicOptions): Promise<CCAPIStartMusicResult> {
  const { runStartMusic } = await import('./run-ccapi-music');
  return runStartMusic(options);
}
