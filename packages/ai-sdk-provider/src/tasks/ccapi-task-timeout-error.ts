import { AISDKError } from '@ai-sdk/provider';
import { CCAPITaskError } from './ccapi-task-error';
import { defaultCCAPIResumeAdvice } from './ccapi-task-poll-error';
import type { CCAPITaskStatus } from './ccapi-task-status';

const name = 'AI_CCAPITaskTimeoutError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * The task did not finish within `timeoutMs`. It may well still be running on CCAPI: resume
 * waiting for it with `providerOptions: { ccapi: { taskId: error.taskId } }` instead of
 * submitting (and paying for) a new one.
 */
export class CCAPITaskTimeoutError extends CCAPITaskError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  readonly timeoutMs: number;
  /** The status seen on the last successful poll (`undefined` if no poll succeeded). */
  readonly lastStatus: CCAPITaskStatus | undefined;
  /** The progress seen on the last successful poll. */
  readonly lastProgress: number | undefined;

  constructor(options: {
    taskId: string;
    timeoutMs: number;
    lastStatus?: CCAPITaskStatus;
    lastProgress?: number;
    cause?: unknown;
    /** How to pick the task up again; default `resume with providerOptions.ccapi.taskId = '…'`. */
    resumeAdvice?: string;
    /** Where the time limit is set; default `providerOptions.ccapi.timeoutMs`. */
    timeoutSetting?: string;
  }) {
    const last =
      options.lastStatus == null
        ? 'no poll answered'
        : `last status ${options.lastStatus}${options.lastProgress != null ? `, ${options.lastProgress}%` : ''}`;
    super({
      name,
      taskId: options.taskId,
      cause: options.cause,
      message: `CCAPI task ${options.taskId} did not finish within ${options.timeoutMs} ms (${last}). It may still be running: ${options.resumeAdvice ?? defaultCCAPIResumeAdvice(options.taskId)}, or raise ${options.timeoutSetting ?? 'providerOptions.ccapi.timeoutMs'}.`,
    });
    this.timeoutMs = options.timeoutMs;
    this.lastStatus = options.lastStatus;
    this.lastProgress = options.lastProgress;
  }

  static override isInstance(error: unknown): error is CCAPITaskTimeoutError {
    return AISDKError.hasMarker(error, marker);
  }
}
