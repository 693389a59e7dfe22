import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { CCAPITaskPollError } from './ccapi-task-poll-error';
import { downloadCCAPITaskResult } from './download-ccapi-task-result';

describe('downloadCCAPITaskResult', () => {
  it('returns the download', async () => {
    await expect(downloadCCAPITaskResult('task_1', async () => 'bytes', undefined)).resolves.toBe(
      'bytes',
    );
  });

  it('turns a failed download into a non-retryable CCAPITaskPollError (stage download)', async () => {
    const cause = new APICallError({
      message: 'bad gateway',
      url: 'https://cdn/x.mp4',
      requestBodyValues: {},
      statusCode: 502,
    });
    const error = await downloadCCAPITaskResult(
      'task_9',
      () => Promise.reject(cause),
      undefined,
    ).catch((caught: unknown) => caught);
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    const pollError = error as CCAPITaskPollError;
    expect(pollError.stage).toBe('download');
    expect(pollError.statusCode).toBe(502);
    expect(pollError.cause).toBe(cause);
    expect(pollError.message).toBe(
      "CCAPI task task_9 finished, but its result could not be downloaded: bad gateway To download it again without a new task, resume with providerOptions.ccapi.taskId = 'task_9'.",
    );
    expect(APICallError.isInstance(error)).toBe(false);
  });

  it('lets an abort through unchanged', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    await expect(downloadCCAPITaskResult('t', () => Promise.reject(abort), undefined)).rejects.toBe(
      abort,
    );
  });
});
