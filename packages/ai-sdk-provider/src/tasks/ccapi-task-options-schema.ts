import { z } from 'zod/v4';
import {
  CCAPI_TASK_MAX_TIMER_MS,
  CCAPI_TASK_MIN_POLL_INTERVAL_MS,
} from './ccapi-task-poll-settings';

const TOO_LONG = `must be at most ${CCAPI_TASK_MAX_TIMER_MS} ms (about 24.8 days), the longest timer Node can set; a longer one fires at once`;
const TOO_SHORT = `must be at least ${CCAPI_TASK_MIN_POLL_INTERVAL_MS} ms; a shorter wait polls as fast as the network answers`;

/**
 * The polling fields every task-based model accepts in `providerOptions.ccapi`. Model option
 * schemas spread this shape into their own strict object. Each time is bounded: below the
 * minimum a poll loop hammers the server (and starves the event loop with an in-memory `fetch`);
 * above Node's timer limit the timer fires at once.
 */
export const ccapiTaskOptionsShape = {
  /**
   * Wait before the first status request and base of the backoff, in ms (10 to 2^31 − 1).
   * Default: 5000 for video, 2000 for image tasks. Tests use 10.
   */
  pollIntervalMs: z
    .number()
    .int()
    .min(CCAPI_TASK_MIN_POLL_INTERVAL_MS, {
      error: `${TOO_SHORT}. Use 10 in tests, or leave it out for the default (5000 video and music, 2000 image)`,
    })
    .max(CCAPI_TASK_MAX_TIMER_MS, { error: `${TOO_LONG}. Use e.g. 5000` })
    .optional(),
  /**
   * Longest wait between two status requests, in ms (10 to 2^31 − 1). Default: 20000 video,
   * 10000 image.
   */
  maxPollIntervalMs: z
    .number()
    .int()
    .min(CCAPI_TASK_MIN_POLL_INTERVAL_MS, {
      error: `${TOO_SHORT}. Use 10 in tests, or leave it out for the default (20000 video, 10000 image)`,
    })
    .max(CCAPI_TASK_MAX_TIMER_MS, { error: `${TOO_LONG}. Use e.g. 20000` })
    .optional(),
  /** Growth factor of the wait between status requests. Default 1.5. */
  pollBackoffFactor: z.number().min(1).max(10).optional(),
  /**
   * Give up after this many ms of polling and throw `CCAPITaskTimeoutError` (the task keeps
   * running; resume it with `taskId`), 1 to 2^31 − 1. Default: 600000 video, 300000 image.
   */
  timeoutMs: z
    .number()
    .int()
    .positive()
    .max(CCAPI_TASK_MAX_TIMER_MS, {
      error: `${TOO_LONG}. Use e.g. 3600000 (one hour), or resume a long task later with taskId`,
    })
    .optional(),
  /** Retries of one status request after a network error, 408, 409, 429 or 5xx. Default 3. */
  pollRetries: z.number().int().min(0).max(20).optional(),
  /**
   * Resume: skip the submit and wait for this existing task (`task_…`, or a Midjourney id),
   * e.g. the `taskId` of a `CCAPITaskTimeoutError`.
   */
  taskId: z.string().min(1).optional(),
};
