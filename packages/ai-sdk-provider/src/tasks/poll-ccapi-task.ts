import { APICallError } from '@ai-sdk/provider';
import pRetry from 'p-retry';
import { CCAPITaskFailedError } from './ccapi-task-failed-error';
import { CCAPITaskPollError } from './ccapi-task-poll-error';
import {
  CCAPI_TASK_MAX_TIMER_MS,
  CCAPI_TASK_MIN_POLL_INTERVAL_MS,
  type CCAPITaskPollSettings,
} from './ccapi-task-poll-settings';
import type { CCAPITaskProgressListener } from './ccapi-task-progress-event';
import type { CCAPITaskSnapshot } from './ccapi-task-snapshot';
import { CCAPITaskTimeoutError } from './ccapi-task-timeout-error';

/** What one status request returns. */
export interface CCAPITaskPollResult {
  snapshot: CCAPITaskSnapshot;
  responseHeaders: Record<string, string> | undefined;
}

export interface PollCCAPITaskOptions {
  taskId: string;
  /** One status request. It must pass `abortSignal` to its fetch. */
  poll: (input: { taskId: string; abortSignal: AbortSignal }) => Promise<CCAPITaskPollResult>;
  settings: CCAPITaskPollSettings;
  /** Cancels polling at once, at any wait or in-flight request. */
  abortSignal?: AbortSignal;
  /** Called after every poll with the server's status and percentage. Errors it throws are ignored. */
  onProgress?: CCAPITaskProgressListener;
  /** Wait one interval before the first poll: true right after a submit, false when resuming. */
  waitBeforeFirstPoll: boolean;
  /** Named in the failure message. */
  modelId?: string;
  /**
   * How the caller can pick the task up again, for timeout and poll-error messages. Default:
   * `resume with providerOptions.ccapi.taskId = '…'` (the video and image models).
   */
  resumeAdvice?: string;
  /** Where the caller sets the time limit, for the timeout message. Default `providerOptions.ccapi.timeoutMs`. */
  timeoutSetting?: string;
  /** Jitter source in [0, 1); injectable for tests. */
  random?: () => number;
  /** Waits `ms` or rejects with the signal's reason; injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface PollCCAPITaskResult extends CCAPITaskPollResult {
  pollCount: number;
}

/** Each wait is spread by ±20% so many clients do not poll in lockstep. */
const JITTER = 0.2;

/**
 * Polls a submitted task until it succeeds, fails or runs out of time.
 *
 * - Waits grow exponentially (`pollIntervalMs × pollBackoffFactor^n`, capped at
 *   `maxPollIntervalMs`) with ±20% jitter. A server hint (`Retry-After`, `retry-after-ms`) on a
 *   status answer replaces the computed wait. Every wait between two requests lasts at least
 *   `CCAPI_TASK_MIN_POLL_INTERVAL_MS` on a real timer (even after `Retry-After: 0`), so the loop
 *   always hands the event loop back, and at most Node's timer limit.
 * - A status request that fails transiently (network, 408, 409, 429, 5xx) is retried with
 *   p-retry, up to `pollRetries` times, waiting `Retry-After` when the server sends it. Other
 *   failures, or exhausted retries, end in `CCAPITaskPollError` (the task may still be running).
 * - `abortSignal` stops every wait and the in-flight request; the signal's reason is thrown
 *   (an `AbortError` `DOMException` unless the caller gave another reason).
 * - After `timeoutMs` the in-flight request is cancelled and `CCAPITaskTimeoutError` is thrown.
 * - A failed task throws `CCAPITaskFailedError` with the upstream reason.
 */
export async function pollCCAPITask(options: PollCCAPITaskOptions): Promise<PollCCAPITaskResult> {
  const { taskId, settings, abortSignal, onProgress } = options;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? sleepWithSignal;
  abortSignal?.throwIfAborted();

  const startedAt = Date.now();
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(), clampTimerMs(settings.timeoutMs));
  const signal =
    abortSignal == null
      ? timeoutController.signal
      : AbortSignal.any([abortSignal, timeoutController.signal]);

  const backoff = (step: number) => {
    const base = Math.min(
      settings.maxPollIntervalMs,
      settings.pollIntervalMs * settings.pollBackoffFactor ** Math.max(0, step),
    );
    return clampPollWaitMs(base * (1 - JITTER + 2 * JITTER * random()));
  };

  let last: CCAPITaskSnapshot | undefined;
  let pollCount = 0;
  let waitMs = options.waitBeforeFirstPoll ? backoff(0) : 0;

  try {
    while (true) {
      if (waitMs > 0) await sleep(waitMs, signal);

      const result = await pollOnce({
        taskId,
        poll: options.poll,
        settings,
        signal,
        backoff,
        sleep,
        resumeAdvice: options.resumeAdvice,
      });
      pollCount += 1;
      last = result.snapshot;

      if (onProgress != null) {
        try {
          await onProgress({
            taskId: result.snapshot.taskId,
            status: result.snapshot.status,
            rawStatus: result.snapshot.rawStatus,
            progress: result.snapshot.progress,
            pollCount,
            elapsedMs: Date.now() - startedAt,
          });
        } catch {
          // A progress listener must not break the generation.
        }
      }

      if (result.snapshot.status === 'succeeded') return { ...result, pollCount };
      if (result.snapshot.status === 'failed') {
        throw new CCAPITaskFailedError({
          taskId: result.snapshot.taskId,
          failReason: result.snapshot.failReason ?? 'no reason given',
          rawStatus: result.snapshot.rawStatus,
          response: result.snapshot.raw,
          modelId: options.modelId,
        });
      }

      const hinted = readRetryAfterMs(result.responseHeaders);
      waitMs = hinted == null ? backoff(pollCount) : clampPollWaitMs(hinted);
    }
  } catch (error) {
    if (abortSignal?.aborted) throw abortReason(abortSignal);
    // A failure the server reported stays a failure, even if the deadline passed meanwhile.
    if (CCAPITaskFailedError.isInstance(error)) throw error;
    if (timeoutController.signal.aborted) {
      throw new CCAPITaskTimeoutError({
        taskId,
        timeoutMs: settings.timeoutMs,
        lastStatus: last?.status,
        lastProgress: last?.progress,
        cause: CCAPITaskTimeoutError.isInstance(error) ? undefined : error,
        resumeAdvice: options.resumeAdvice,
        timeoutSetting: options.timeoutSetting,
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function pollOnce(input: {
  taskId: string;
  poll: PollCCAPITaskOptions['poll'];
  settings: CCAPITaskPollSettings;
  signal: AbortSignal;
  backoff: (step: number) => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  resumeAdvice: string | undefined;
}): Promise<CCAPITaskPollResult> {
  const { taskId, signal } = input;
  let attempts = 0;
  try {
    return await pRetry(
      () => {
        attempts += 1;
        return input.poll({ taskId, abortSignal: signal });
      },
      {
        retries: input.settings.pollRetries,
        signal,
        // The wait happens in onFailedAttempt, so Retry-After can replace the backoff.
        minTimeout: 0,
        factor: 1,
        shouldRetry: ({ error }) => isTransientPollError(error),
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft <= 0 || !isTransientPollError(error) || signal.aborted) return;
          const hinted = APICallError.isInstance(error)
            ? readRetryAfterMs(error.responseHeaders)
            : undefined;
          await input.sleep(
            hinted == null ? input.backoff(attemptNumber - 1) : clampPollWaitMs(hinted),
            signal,
          );
        },
      },
    );
  } catch (error) {
    if (signal.aborted || !APICallError.isInstance(error)) throw error;
    throw new CCAPITaskPollError({
      taskId,
      cause: error,
      attempts,
      resumeAdvice: input.resumeAdvice,
    });
  }
}

/** A wait between two status requests: never shorter than the minimum, never past Node's limit. */
function clampPollWaitMs(ms: number): number {
  return clampTimerMs(Math.max(CCAPI_TASK_MIN_POLL_INTERVAL_MS, Math.round(ms)));
}

/** Node turns a longer delay into 1 ms; the longest real timer is the better reading. */
function clampTimerMs(ms: number): number {
  return Math.min(CCAPI_TASK_MAX_TIMER_MS, ms);
}

/** Network failures, 408, 409, 429 and 5xx: what may pass if we ask again. */
function isTransientPollError(error: unknown): boolean {
  return APICallError.isInstance(error) && error.isRetryable;
}

/**
 * Reads a server's wait hint: `retry-after-ms` (OpenAI style), or `Retry-After` in seconds or as
 * an HTTP date. Header names are lower-case (`extractResponseHeaders`).
 */
export function readRetryAfterMs(
  headers: Record<string, string> | undefined,
  now: number = Date.now(),
): number | undefined {
  if (headers == null) return undefined;
  const milliseconds = headers['retry-after-ms'];
  if (milliseconds != null) {
    const value = Number.parseFloat(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers['retry-after'];
  if (retryAfter != null) {
    const seconds = Number(retryAfter.trim());
    if (retryAfter.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  return undefined;
}

/** Resolves after `ms`, rejects with the signal's reason when it aborts first. */
function sleepWithSignal(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
