import { AISDKError, APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { CCAPITaskError } from './ccapi-task-error';
import { CCAPITaskFailedError } from './ccapi-task-failed-error';
import { CCAPITaskPollError } from './ccapi-task-poll-error';
import { CCAPITaskTimeoutError } from './ccapi-task-timeout-error';

const failed = new CCAPITaskFailedError({
  taskId: 'task_1',
  failReason: 'nsfw',
  rawStatus: 'FAILURE',
});
const timeout = new CCAPITaskTimeoutError({
  taskId: 'task_2',
  timeoutMs: 1000,
  lastStatus: 'running',
  lastProgress: 40,
});
const poll = new CCAPITaskPollError({
  taskId: 'task_3',
  attempts: 4,
  cause: new APICallError({
    message: 'bad gateway',
    url: 'u',
    requestBodyValues: {},
    statusCode: 502,
  }),
});

describe('CCAPI task errors', () => {
  it('are AI SDK errors carrying the task id', () => {
    for (const error of [failed, timeout, poll]) {
      expect(AISDKError.isInstance(error)).toBe(true);
      expect(CCAPITaskError.isInstance(error)).toBe(true);
      expect(error).toBeInstanceOf(Error);
    }
    expect([failed.taskId, timeout.taskId, poll.taskId]).toEqual(['task_1', 'task_2', 'task_3']);
  });

  it('each isInstance matches only its own class, by Symbol.for marker', () => {
    expect([failed, timeout, poll].map((error) => CCAPITaskFailedError.isInstance(error))).toEqual([
      true,
      false,
      false,
    ]);
    expect([failed, timeout, poll].map((error) => CCAPITaskTimeoutError.isInstance(error))).toEqual(
      [false, true, false],
    );
    expect([failed, timeout, poll].map((error) => CCAPITaskPollError.isInstance(error))).toEqual([
      false,
      false,
      true,
    ]);
    // A copy from a second installed package has no shared prototype, only the marker.
    const foreign = { [Symbol.for('vercel.ai.error.AI_CCAPITaskFailedError')]: true };
    expect(CCAPITaskFailedError.isInstance(foreign)).toBe(true);
    expect(CCAPITaskFailedError.isInstance(new Error('x'))).toBe(false);
  });

  it('have names and messages that say what happened and what to do', () => {
    expect(failed.name).toBe('AI_CCAPITaskFailedError');
    expect(failed.message).toBe(
      'CCAPI task task_1 failed upstream: nsfw. The task will not produce a result; change the prompt or inputs and submit a new task.',
    );
    expect(timeout.name).toBe('AI_CCAPITaskTimeoutError');
    expect(timeout.message).toBe(
      "CCAPI task task_2 did not finish within 1000 ms (last status running, 40%). It may still be running: resume with providerOptions.ccapi.taskId = 'task_2', or raise providerOptions.ccapi.timeoutMs.",
    );
    expect(poll.name).toBe('AI_CCAPITaskPollError');
    expect(poll.statusCode).toBe(502);
    expect(poll.message).toContain('Could not check CCAPI task task_3 (4 attempts): bad gateway');
  });
});
