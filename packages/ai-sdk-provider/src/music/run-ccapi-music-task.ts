import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPIJSONValue } from '../shared/ccapi-json-value';
import type { CCAPIProviderMetadata } from '../shared/ccapi-provider-metadata';
import type { CCAPIWarning } from '../shared/ccapi-warning';
import type { CCAPITaskPollSettings } from '../tasks/ccapi-task-poll-settings';
import type { CCAPITaskProgressListener } from '../tasks/ccapi-task-progress-event';
import { pollCCAPITask } from '../tasks/poll-ccapi-task';
import { buildCCAPIMusicOutput } from './build-ccapi-music-output';
import type { CCAPIMusicExpectedResult } from './ccapi-music-actions';
import type { CCAPIMusicDownload } from './ccapi-music-audio';
import type { CCAPIMusicTaskResult } from './ccapi-music-status';
import type { CCAPIMusicAudioHandle } from './create-ccapi-music-audio';
import { fetchCCAPIMusicTask } from './fetch-ccapi-music-tasks';
import type { CCAPIMusicTaskSnapshot } from './parse-ccapi-music-task';
import { submitCCAPIMusicTask } from './submit-ccapi-music-task';

export interface RunCCAPIMusicTaskInput {
  config: CCAPIConfig;
  modelId: string;
  platform: string;
  action: string;
  /** The submit body; ignored when resuming. */
  body: Record<string, unknown> | undefined;
  /** Wait for this existing task instead of submitting. */
  resumeTaskId: string | undefined;
  warnings: CCAPIWarning[];
  expect: CCAPIMusicExpectedResult;
  download: CCAPIMusicDownload;
  settings: CCAPITaskPollSettings;
  onProgress: CCAPITaskProgressListener | undefined;
  headers: Record<string, string | undefined> | undefined;
  abortSignal: AbortSignal | undefined;
  maxRetries: number;
  /** How the caller picks the task up again, for timeout, poll and download errors. */
  resumeAdvice: (taskId: string) => string;
}

/**
 * Submits a music task (or resumes one), polls it with the task engine until it finishes, and
 * reads its result: the one flow behind `generateMusic`, `generateLyrics`,
 * `upsampleMusicTags` and `ccapi.music.submit`.
 */
export async function runCCAPIMusicTask(
  input: RunCCAPIMusicTaskInput,
): Promise<CCAPIMusicTaskResult<CCAPIMusicAudioHandle>> {
  const { config, modelId, platform } = input;
  const resumed = input.resumeTaskId != null;
  const taskId =
    input.resumeTaskId ??
    (
      await submitCCAPIMusicTask({
        config,
        modelId,
        platform,
        action: input.action,
        body: input.body ?? {},
        headers: input.headers,
        abortSignal: input.abortSignal,
        maxRetries: input.maxRetries,
      })
    ).taskId;
  const resumeAdvice = input.resumeAdvice(taskId);

  let last: CCAPIMusicTaskSnapshot | undefined;
  const final = await pollCCAPITask({
    taskId,
    poll: async ({ abortSignal }) => {
      const answer = await fetchCCAPIMusicTask({
        config,
        modelId,
        platform,
        taskId,
        headers: input.headers,
        abortSignal,
      });
      last = answer.snapshot;
      return answer;
    },
    settings: input.settings,
    abortSignal: input.abortSignal,
    onProgress: input.onProgress,
    waitBeforeFirstPoll: !resumed,
    modelId,
    resumeAdvice,
    timeoutSetting: 'poll.timeoutMs',
  });
  const snapshot = last as CCAPIMusicTaskSnapshot;
  const action = snapshot.action ?? input.action;

  const output = await buildCCAPIMusicOutput({
    snapshot,
    platform,
    action,
    expect: input.expect,
    download: input.download,
    config,
    modelId,
    headers: input.headers,
    abortSignal: input.abortSignal,
    resumeAdvice,
  });
  return {
    ...output,
    taskId: snapshot.taskId,
    platform,
    action,
    warnings: input.warnings,
    responses: [
      {
        timestamp: config.currentDate(),
        modelId,
        headers: final.responseHeaders,
        body: snapshot.raw,
      },
    ],
    providerMetadata: createCCAPIMusicMetadata(snapshot, platform, action, {
      pollCount: final.pollCount,
    }),
  };
}

/** `providerMetadata.ccapi` of a music result or status (JSON only). */
export function createCCAPIMusicMetadata(
  snapshot: CCAPIMusicTaskSnapshot,
  platform: string,
  action: string | undefined,
  extra: Record<string, CCAPIJSONValue> = {},
): CCAPIProviderMetadata {
  return {
    ccapi: {
      taskId: snapshot.taskId,
      platform,
      action: action ?? null,
      status: snapshot.status,
      rawStatus: snapshot.rawStatus ?? null,
      progress: snapshot.progress ?? null,
      resultUrl: snapshot.resultUrl ?? null,
      ...extra,
    },
  };
}
