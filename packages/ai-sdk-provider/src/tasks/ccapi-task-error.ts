import { AISDKError } from '@ai-sdk/provider';

const name = 'AI_CCAPITaskError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * Base class of the errors a CCAPI task (video, Jimeng, Midjourney) ends with. Every one carries
 * the `taskId`, so the caller can look the task up or resume polling it
 * (`providerOptions.ccapi.taskId`).
 *
 * Check with `CCAPITaskError.isInstance(error)`; it works across duplicated package copies,
 * where `instanceof` does not.
 */
export class CCAPITaskError extends AISDKError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  /** The task id (`task_…` on new-api routes, the Midjourney task id on `/mj`). */
  readonly taskId: string;

  constructor(options: { name: string; message: string; taskId: string; cause?: unknown }) {
    super({ name: options.name, message: options.message, cause: options.cause });
    this.taskId = options.taskId;
  }

  static override isInstance(error: unknown): error is CCAPITaskError {
    return AISDKError.hasMarker(error, marker);
  }
}
