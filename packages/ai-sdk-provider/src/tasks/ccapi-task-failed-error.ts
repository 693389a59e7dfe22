import { AISDKError } from '@ai-sdk/provider';
import { CCAPITaskError } from './ccapi-task-error';

const name = 'AI_CCAPITaskFailedError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * The task reached a terminal failure (`failed`, `FAILURE`, Kling `failed`, Midjourney
 * `FAILURE`/`CANCEL`). `failReason` is the upstream provider's reason as CCAPI relayed it.
 *
 * Not retried automatically: the same input usually fails the same way (content moderation,
 * an invalid image). Change the input and submit a new task.
 */
export class CCAPITaskFailedError extends CCAPITaskError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  /** The upstream reason, e.g. `content moderation rejected the prompt`. */
  readonly failReason: string;
  /** The status word the server reported, e.g. `FAILURE`. */
  readonly rawStatus: string | undefined;
  /** The last poll payload (envelope removed), for debugging. */
  readonly response: unknown;

  constructor(options: {
    taskId: string;
    failReason: string;
    rawStatus?: string;
    response?: unknown;
    modelId?: string;
  }) {
    super({
      name,
      taskId: options.taskId,
      message: `CCAPI task ${options.taskId}${options.modelId ? ` (model '${options.modelId}')` : ''} failed upstream: ${options.failReason}. The task will not produce a result; change the prompt or inputs and submit a new task.`,
    });
    this.failReason = options.failReason;
    this.rawStatus = options.rawStatus;
    this.response = options.response;
  }

  static override isInstance(error: unknown): error is CCAPITaskFailedError {
    return AISDKError.hasMarker(error, marker);
  }
}
