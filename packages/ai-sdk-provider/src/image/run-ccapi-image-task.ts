import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import {
  CCAPI_IMAGE_TASK_POLL_DEFAULTS,
  resolveCCAPITaskPollSettings,
} from '../tasks/ccapi-task-poll-settings';
import type { CCAPITaskSnapshot } from '../tasks/ccapi-task-snapshot';
import { type CCAPITaskPollResult, pollCCAPITask } from '../tasks/poll-ccapi-task';
import type { CCAPIImageBackendInput } from './ccapi-image-api';

export interface CCAPIImageTaskOutcome {
  taskId: string;
  snapshot: CCAPITaskSnapshot;
  responseHeaders: Record<string, string> | undefined;
  pollCount: number;
}

/**
 * Runs an image task (Jimeng, Midjourney) to its end: submits it, or resumes
 * `providerOptions.ccapi.taskId`, then polls with the task engine (backoff, retries, abort,
 * timeout, `onProgress`). Throws `CCAPITaskFailedError` when the task fails.
 */
export async function runCCAPIImageTask(input: {
  backend: CCAPIImageBackendInput;
  submit: () => Promise<{ taskId: string; snapshot: CCAPITaskSnapshot | undefined }>;
  poll: (taskId: string, abortSignal: AbortSignal) => Promise<CCAPITaskPollResult>;
}): Promise<CCAPIImageTaskOutcome> {
  const { backend } = input;
  const resumeTaskId = backend.ccapiOptions.taskId;
  let taskId: string;
  if (resumeTaskId != null) {
    taskId = resumeTaskId;
  } else {
    const submitted = await input.submit();
    taskId = submitted.taskId;
    if (submitted.snapshot?.status === 'failed') {
      throw new CCAPITaskFailedError({
        taskId,
        failReason: submitted.snapshot.failReason ?? 'no reason given',
        rawStatus: submitted.snapshot.rawStatus,
        response: submitted.snapshot.raw,
        modelId: backend.modelId,
      });
    }
  }

  const final = await pollCCAPITask({
    taskId,
    poll: ({ abortSignal }) => input.poll(taskId, abortSignal),
    settings: resolveCCAPITaskPollSettings(
      CCAPI_IMAGE_TASK_POLL_DEFAULTS,
      backend.settings,
      backend.ccapiOptions,
    ),
    abortSignal: backend.options.abortSignal,
    onProgress: backend.settings.onProgress,
    waitBeforeFirstPoll: resumeTaskId == null,
    modelId: backend.modelId,
  });
  return {
    taskId,
    snapshot: final.snapshot,
    responseHeaders: final.responseHeaders,
    pollCount: final.pollCount,
  };
}
