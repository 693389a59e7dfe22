import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { CCAPITaskError } from './ccapi-task-error';
import { CCAPITaskFailedError } from './ccapi-task-failed-error';
import { CCAPITaskPollError } from './ccapi-task-poll-error';
import type { CCAPITaskPollSettings } from './ccapi-task-poll-settings';
import type { CCAPITaskProgressEvent } from './ccapi-task-progress-event';
import { parseCCAPITaskSnapshot } from './ccapi-task-snapshot';
import { CCAPITaskTimeoutError } from './ccapi-task-timeout-error';
import { type CCAPITaskPollResult, pollCCAPITask, readRetryAfterMs } from './poll-ccapi-task';

const settings: CCAPITaskPollSettings = {
  pollIntervalMs: 100,
  maxPollIntervalMs: 400,
  pollBackoffFactor: 2,
  timeoutMs: 60_000,
  pollRetries: 3,
};

/** A poll function answering the given bodies in order (the last one repeats). */
function scriptedPoll(
  answers: Array<unknown | Error | { body: unknown; headers: Record<string, string> }>,
) {
  const calls: number[] = [];
  const poll = async ({ taskId }: { taskId: string }): Promise<CCAPITaskPollResult> => {
    calls.push(Date.now());
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    const withHeaders =
      typeof answer === 'object' && answer !== null && 'headers' in answer && 'body' in answer
        ? (answer as { body: unknown; headers: Record<string, string> })
        : undefined;
    return {
      snapshot: parseCCAPITaskSnapshot(withHeaders?.body ?? answer, taskId),
      responseHeaders: withHeaders?.headers ?? {},
    };
  };
  return { poll, calls };
}

/** Records the waits instead of waiting; honours abort like the real sleep. */
function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number, signal: AbortSignal) => {
    waits.push(ms);
    if (signal.aborted) throw signal.reason;
  };
  return { sleep, waits };
}

const running = (progress: number) => ({ status: 'IN_PROGRESS', progress: `${progress}%` });
const done = { status: 'SUCCESS', progress: '100%', result_url: 'https://cdn/x.mp4' };

function serverError(status: number, headers: Record<string, string> = {}) {
  return new APICallError({
    message: `status ${status}`,
    url: 'https://api.ccapi.ai/v1/video/generations/task_1',
    requestBodyValues: {},
    statusCode: status,
    responseHeaders: headers,
  });
}

describe('pollCCAPITask', () => {
  it('polls until success, growing the wait by the factor up to the maximum', async () => {
    const { poll, calls } = scriptedPoll([
      running(10),
      running(20),
      running(30),
      running(40),
      running(50),
      done,
    ]);
    const { sleep, waits } = recordingSleep();
    const result = await pollCCAPITask({
      taskId: 'task_1',
      poll,
      settings,
      waitBeforeFirstPoll: true,
      random: () => 0.5, // no jitter
      sleep,
    });
    expect(result.snapshot.status).toBe('succeeded');
    expect(result.pollCount).toBe(6);
    expect(calls).toHaveLength(6);
    expect(waits).toEqual([100, 200, 400, 400, 400, 400]);
  });

  it('spreads each wait by at most ±20% jitter', async () => {
    for (const [random, expected] of [
      [0, 80],
      [0.999999, 120],
    ] as const) {
      const { poll } = scriptedPoll([done]);
      const { sleep, waits } = recordingSleep();
      await pollCCAPITask({
        taskId: 't',
        poll,
        settings,
        waitBeforeFirstPoll: true,
        random: () => random,
        sleep,
      });
      expect(waits[0]).toBe(expected);
    }
  });

  it('polls at once when resuming (waitBeforeFirstPoll: false)', async () => {
    const { poll } = scriptedPoll([done]);
    const { sleep, waits } = recordingSleep();
    await pollCCAPITask({ taskId: 't', poll, settings, waitBeforeFirstPoll: false, sleep });
    expect(waits).toEqual([]);
  });

  it('follows a server hint (Retry-After, retry-after-ms) instead of the backoff', async () => {
    const { poll } = scriptedPoll([
      { body: running(10), headers: { 'retry-after': '3' } },
      { body: running(20), headers: { 'retry-after-ms': '250' } },
      done,
    ]);
    const { sleep, waits } = recordingSleep();
    await pollCCAPITask({
      taskId: 't',
      poll,
      settings,
      waitBeforeFirstPoll: false,
      random: () => 0.5,
      sleep,
    });
    expect(waits).toEqual([3000, 250]);
  });

  it('bounds every wait: Retry-After 0 waits the 10 ms minimum, a huge hint Node’s timer limit', async () => {
    const { poll } = scriptedPoll([
      { body: running(10), headers: { 'retry-after': '0' } },
      { body: running(20), headers: { 'retry-after-ms': '0' } },
      { body: running(30), headers: { 'retry-after': String(10 ** 9) } },
      done,
    ]);
    const { sleep, waits } = recordingSleep();
    await pollCCAPITask({
      taskId: 't',
      poll,
      settings: { ...settings, pollIntervalMs: 1, maxPollIntervalMs: 1 },
      waitBeforeFirstPoll: true,
      random: () => 0,
      sleep,
    });
    expect(waits).toEqual([10, 10, 10, 2_147_483_647]);
  });

  it('reports every poll to onProgress with the server percentage, ignoring listener errors', async () => {
    const { poll } = scriptedPoll([{ status: 'QUEUED', progress: '10%' }, running(45), done]);
    const events: CCAPITaskProgressEvent[] = [];
    const { sleep } = recordingSleep();
    await pollCCAPITask({
      taskId: 'task_9',
      poll,
      settings,
      waitBeforeFirstPoll: true,
      sleep,
      onProgress: (event) => {
        events.push(event);
        throw new Error('listener bug');
      },
    });
    expect(
      events.map(({ status, rawStatus, progress, pollCount, taskId }) => ({
        status,
        rawStatus,
        progress,
        pollCount,
        taskId,
      })),
    ).toEqual([
      { status: 'queued', rawStatus: 'QUEUED', progress: 10, pollCount: 1, taskId: 'task_9' },
      { status: 'running', rawStatus: 'IN_PROGRESS', progress: 45, pollCount: 2, taskId: 'task_9' },
      { status: 'succeeded', rawStatus: 'SUCCESS', progress: 100, pollCount: 3, taskId: 'task_9' },
    ]);
    expect(events.every((event) => event.elapsedMs >= 0)).toBe(true);
  });

  it('throws CCAPITaskFailedError with the upstream reason and task id', async () => {
    const { poll } = scriptedPoll([
      running(30),
      { status: 'FAILURE', fail_reason: 'content moderation', progress: '30%' },
    ]);
    const { sleep } = recordingSleep();
    const error = await pollCCAPITask({
      taskId: 'task_F',
      poll,
      settings,
      waitBeforeFirstPoll: true,
      sleep,
      modelId: 'viduq1',
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskFailedError.isInstance(error)).toBe(true);
    expect(CCAPITaskError.isInstance(error)).toBe(true);
    const failed = error as CCAPITaskFailedError;
    expect(failed.taskId).toBe('task_F');
    expect(failed.failReason).toBe('content moderation');
    expect(failed.rawStatus).toBe('FAILURE');
    expect(failed.message).toContain(
      "CCAPI task task_F (model 'viduq1') failed upstream: content moderation",
    );
  });

  it('retries transient status failures with p-retry, honouring Retry-After on a 429', async () => {
    const { poll, calls } = scriptedPoll([
      serverError(502),
      serverError(429, { 'retry-after': '0.5' }),
      done,
    ]);
    const { sleep, waits } = recordingSleep();
    const result = await pollCCAPITask({
      taskId: 't',
      poll,
      settings,
      waitBeforeFirstPoll: false,
      random: () => 0.5,
      sleep,
    });
    expect(result.snapshot.status).toBe('succeeded');
    expect(calls).toHaveLength(3);
    // 502: the backoff base; 429: the server's 0.5 s.
    expect(waits).toEqual([100, 500]);
  });

  it('gives up after pollRetries and throws CCAPITaskPollError keeping the cause', async () => {
    const { poll, calls } = scriptedPoll([serverError(503)]);
    const { sleep } = recordingSleep();
    const error = await pollCCAPITask({
      taskId: 'task_P',
      poll,
      settings: { ...settings, pollRetries: 2 },
      waitBeforeFirstPoll: false,
      sleep,
    }).catch((caught: unknown) => caught);
    expect(calls).toHaveLength(3);
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    const pollError = error as CCAPITaskPollError;
    expect(pollError.taskId).toBe('task_P');
    expect(pollError.statusCode).toBe(503);
    expect(APICallError.isInstance(pollError.cause)).toBe(true);
    expect(pollError.message).toContain('(3 attempts)');
    expect(pollError.message).toContain("resume with providerOptions.ccapi.taskId = 'task_P'");
    // Not an APICallError, so the AI SDK does not retry the call (which would submit again).
    expect(APICallError.isInstance(error)).toBe(false);
  });

  it('does not retry a status failure that retrying cannot fix (401)', async () => {
    const { poll, calls } = scriptedPoll([serverError(401)]);
    const { sleep } = recordingSleep();
    const error = await pollCCAPITask({
      taskId: 't',
      poll,
      settings,
      waitBeforeFirstPoll: false,
      sleep,
    }).catch((caught: unknown) => caught);
    expect(calls).toHaveLength(1);
    expect((error as CCAPITaskPollError).statusCode).toBe(401);
  });

  it('throws CCAPITaskTimeoutError with the task id and the last state seen', async () => {
    const { poll } = scriptedPoll([running(42)]);
    const error = await pollCCAPITask({
      taskId: 'task_T',
      poll,
      settings: { ...settings, pollIntervalMs: 5, maxPollIntervalMs: 5, timeoutMs: 40 },
      waitBeforeFirstPoll: false,
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskTimeoutError.isInstance(error)).toBe(true);
    const timeout = error as CCAPITaskTimeoutError;
    expect(timeout.taskId).toBe('task_T');
    expect(timeout.timeoutMs).toBe(40);
    expect(timeout.lastStatus).toBe('running');
    expect(timeout.lastProgress).toBe(42);
    expect(timeout.message).toContain("resume with providerOptions.ccapi.taskId = 'task_T'");
  });

  it('cancels a status request still in flight at the deadline', async () => {
    let sawAbort = false;
    const poll = ({ abortSignal }: { abortSignal: AbortSignal }) =>
      new Promise<CCAPITaskPollResult>((_, reject) => {
        abortSignal.addEventListener('abort', () => {
          sawAbort = true;
          reject(abortSignal.reason);
        });
      });
    const started = Date.now();
    const error = await pollCCAPITask({
      taskId: 'task_H',
      poll,
      settings: { ...settings, timeoutMs: 30 },
      waitBeforeFirstPoll: false,
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskTimeoutError.isInstance(error)).toBe(true);
    expect((error as CCAPITaskTimeoutError).lastStatus).toBeUndefined();
    expect(sawAbort).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops at once when aborted during a wait, throwing an AbortError', async () => {
    const { poll, calls } = scriptedPoll([running(10)]);
    const controller = new AbortController();
    const error = await pollCCAPITask({
      taskId: 't',
      poll,
      settings: { ...settings, pollIntervalMs: 10_000, maxPollIntervalMs: 10_000 },
      abortSignal: controller.signal,
      waitBeforeFirstPoll: false,
      onProgress: () => controller.abort(),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(calls).toHaveLength(1);
  });

  it('throws the caller’s own abort reason', async () => {
    const { poll } = scriptedPoll([running(10)]);
    const controller = new AbortController();
    const reason = new Error('user pressed cancel');
    const error = await pollCCAPITask({
      taskId: 't',
      poll,
      settings,
      abortSignal: controller.signal,
      waitBeforeFirstPoll: false,
      onProgress: () => controller.abort(reason),
    }).catch((caught: unknown) => caught);
    expect(error).toBe(reason);
  });

  it('does not poll at all when the signal is already aborted', async () => {
    const { poll, calls } = scriptedPoll([done]);
    const error = await pollCCAPITask({
      taskId: 't',
      poll,
      settings,
      abortSignal: AbortSignal.abort(),
      waitBeforeFirstPoll: false,
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(calls).toHaveLength(0);
  });
});

describe('readRetryAfterMs', () => {
  it('reads retry-after-ms, Retry-After seconds and HTTP dates', () => {
    expect(readRetryAfterMs({ 'retry-after-ms': '120' })).toBe(120);
    expect(readRetryAfterMs({ 'retry-after': '2' })).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(readRetryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now)).toBe(5000);
  });

  it('ignores missing or invalid hints', () => {
    expect(readRetryAfterMs(undefined)).toBeUndefined();
    expect(readRetryAfterMs({})).toBeUndefined();
    expect(readRetryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
    expect(readRetryAfterMs({ 'retry-after-ms': '-5' })).toBeUndefined();
  });
});
