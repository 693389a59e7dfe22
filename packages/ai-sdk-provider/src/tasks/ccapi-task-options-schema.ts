import { z } from 'zod/v4';

/**
 * The polling fields every task-based model accepts in `providerOptions.ccapi`. Model option
 * schemas spread this shape into their own strict object.
 */
export const ccapiTaskOptionsShape = {
  /**
   * Wait before the first status request and base of the backoff, in ms.
   * Default: 5000 for video, 2000 for image tasks. Tests use ~10.
   */
  pollIntervalMs: z.number().int().min(0).optional(),
  /** Longest wait between two status requests, in ms. Default: 20000 video, 10000 image. */
  maxPollIntervalMs: z.number().int().min(0).optional(),
  /** Growth factor of the wait between status requests. Default 1.5. */
  pollBackoffFactor: z.number().min(1).max(10).optional(),
  /**
   * Give up after this many ms of polling and throw `CCAPITaskTimeoutError` (the task keeps
   * running; resume it with `taskId`). Default: 600000 video, 300000 image.
   */
  timeoutMs: z.number().int().positive().optional(),
  /** Retries of one status request after a network error, 408, 409, 429 or 5xx. Default 3. */
  pollRetries: z.number().int().min(0).max(20).optional(),
  /**
   * Resume: skip the submit and wait for this existing task (`task_…`, or a Midjourney id),
   * e.g. the `taskId` of a `CCAPITaskTimeoutError`.
   */
  taskId: z.string().min(1).optional(),
};
