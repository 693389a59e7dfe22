import { AISDKError, APICallError } from '@ai-sdk/provider';
import { CCAPITaskError } from './ccapi-task-error';

const name = 'AI_CCAPITaskPollError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * Checking on a submitted task failed: the status request kept failing (network, 5xx, 429)
 * after its retries, or failed in a way retrying cannot fix (401, 404). `cause` holds the
 * underlying `APICallError`.
 *
 * The task itself was submitted and may still finish, so this error is deliberately not
 * retryable by the AI SDK (a retry would submit and pay for a second task). Resume with
 * `providerOptions.ccapi.taskId`.
 */
export class CCAPITaskPollError extends CCAPITaskError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  /** HTTP status of the last failed status request, if one answered. */
  readonly statusCode: number | undefined;

  constructor(options: { taskId: string; cause: unknown; attempts: number }) {
    const cause = options.cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    super({
      name,
      taskId: options.taskId,
      cause,
      message: `Could not check CCAPI task ${options.taskId} (${options.attempts} attempt${options.attempts === 1 ? '' : 's'}): ${detail} The task may still be running: resume with providerOptions.ccapi.taskId = '${options.taskId}'.`,
    });
    this.statusCode = APICallError.isInstance(cause) ? cause.statusCode : undefined;
  }

  static override isInstance(error: unknown): error is CCAPITaskPollError {
    return AISDKError.hasMarker(error, marker);
  }
}
