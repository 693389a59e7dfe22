import { isAbortError } from '@ai-sdk/provider-utils';
import { CCAPITaskPollError } from './ccapi-task-poll-error';

/**
 * Runs the download of a finished task's result. A failure becomes `CCAPITaskPollError`
 * (`stage: 'download'`), which the AI SDK does not retry: retrying the call would submit and pay
 * for a new task, while resuming with the task id only downloads again. Aborts pass through.
 */
export async function downloadCCAPITaskResult<T>(
  taskId: string,
  download: () => Promise<T>,
  abortSignal: AbortSignal | undefined,
  /** How to download again without a new task; default `resume with providerOptions.ccapi.taskId`. */
  resumeAdvice?: string,
): Promise<T> {
  try {
    return await download();
  } catch (error) {
    if (isAbortError(error) || abortSignal?.aborted) throw error;
    throw new CCAPITaskPollError({
      taskId,
      cause: error,
      attempts: 1,
      stage: 'download',
      resumeAdvice,
    });
  }
}
