import { AISDKError, APICallError } from '@ai-sdk/provider';
import { CCAPITaskError } from './ccapi-task-error';

const name = 'AI_CCAPITaskPollError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * Talking to CCAPI about a submitted task failed (`cause` holds the underlying error):
 *
 * - `stage: 'status'`: the status request kept failing (network, 5xx, 429) after its retries, or
 *   failed in a way retrying cannot fix (401, 404). The task may still be running.
 * - `stage: 'download'`: the task finished but its result could not be downloaded.
 *
 * Either way the task was submitted (and billed), so this error is deliberately not retryable
 * by the AI SDK: a retry would submit and pay for a second task. Resume with
 * `providerOptions.ccapi.taskId`, which polls the same task and downloads its result.
 */
export class CCAPITaskPollError extends CCAPITaskError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  /** What failed: checking the status, or downloading the finished result. */
  readonly stage: 'status' | 'download';
  /** HTTP status of the last failed request, if one answered. */
  readonly statusCode: number | undefined;

  constructor(options: {
    taskId: string;
    cause: unknown;
    attempts: number;
    stage?: 'status' | 'download';
    /** How to pick the task up again; default `resume with providerOptions.ccapi.taskId = '…'`. */
    resumeAdvice?: string;
  }) {
    const cause = options.cause;
    const stage = options.stage ?? 'status';
    const detail = cause instanceof Error ? cause.message : String(cause);
    const attempts = `${options.attempts} attempt${options.attempts === 1 ? '' : 's'}`;
    const resume = options.resumeAdvice ?? defaultCCAPIResumeAdvice(options.taskId);
    super({
      name,
      taskId: options.taskId,
      cause,
      message:
        stage === 'status'
          ? `Could not check CCAPI task ${options.taskId} (${attempts}): ${detail} The task may still be running: ${resume}.`
          : `CCAPI task ${options.taskId} finished, but its result could not be downloaded: ${detail} To download it again without a new task, ${resume}.`,
    });
    this.stage = stage;
    this.statusCode = APICallError.isInstance(cause) ? cause.statusCode : undefined;
  }

  static override isInstance(error: unknown): error is CCAPITaskPollError {
    return AISDKError.hasMarker(error, marker);
  }
}

/** The resume advice of the task models that take `providerOptions.ccapi.taskId` (video, image). */
export function defaultCCAPIResumeAdvice(taskId: string): string {
  return `resume with providerOptions.ccapi.taskId = '${taskId}'`;
}
