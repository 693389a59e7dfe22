import { AISDKError } from '@ai-sdk/provider';
import { CCAPITaskError } from './ccapi-task-error';
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
  }) {
    const last =
      options.lastStatus == null
        ? 'no poll answered'
        : `last status ${options.lastStatus}${options.lastProgress != null ? `, ${options.lastProgress}%` : ''}`;
    super({
      name,
      taskId: options.taskId,
      cause: options.cause,
      message: `CCAPI task ${options.taskId} did not finish within ${options.timeoutMs} ms (${last}). It may still be running: resume with providerOptions.ccapi.taskId = '${options.taskId}', or raise providerOptions.ccapi.timeoutMs.`,
    });
    this.timeoutMs = options.timeoutMs;
    this.lastStatus = options.lastStatus;
    this.lastProgress = options.lastProgress;
  }

  static override isInstance(error: unknown): error is CCAPITaskTimeoutError {
    return AISDKError.hasMarker(error, marker);
  }
}
