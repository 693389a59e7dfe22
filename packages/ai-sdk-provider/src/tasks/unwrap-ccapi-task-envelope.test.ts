import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { unwrapCCAPITaskEnvelope } from './unwrap-ccapi-task-envelope';

const context = {
  url: 'https://api.ccapi.ai/v1/video/generations/task_1',
  requestBodyValues: {},
  modelId: 'kling-v2-1',
};

describe('unwrapCCAPITaskEnvelope', () => {
  it('returns data of the new-api envelope (code "success")', () => {
    expect(
      unwrapCCAPITaskEnvelope({ code: 'success', message: '', data: { task_id: 't' } }, context),
    ).toEqual({ task_id: 't' });
    expect(unwrapCCAPITaskEnvelope({ code: 'success', data: 'task_abc' }, context)).toBe(
      'task_abc',
    );
  });

  it('returns data of the numeric envelope (code 0, Kling native; 200)', () => {
    expect(
      unwrapCCAPITaskEnvelope(
        { code: 0, message: 'SUCCEED', data: { task_status: 'succeed' } },
        context,
      ),
    ).toEqual({ task_status: 'succeed' });
    expect(unwrapCCAPITaskEnvelope({ code: 200, msg: 'ok', data: [1] }, context)).toEqual([1]);
  });

  it('passes objects without an envelope through (OpenAI video object, Midjourney task)', () => {
    const video = { id: 'task_1', object: 'video', status: 'queued', progress: 0 };
    expect(unwrapCCAPITaskEnvelope(video, context)).toBe(video);
    const failedVideo = { id: 'task_1', status: 'failed', error: { message: 'bad', code: 'x' } };
    expect(unwrapCCAPITaskEnvelope(failedVideo, context)).toBe(failedVideo);
    expect(unwrapCCAPITaskEnvelope('plain', context)).toBe('plain');
  });

  it('turns an HTTP-200 envelope with a failing code into a non-retryable APICallError', () => {
    let error: unknown;
    try {
      unwrapCCAPITaskEnvelope(
        { code: 'task_not_exist', message: 'task_not_exist', data: null },
        context,
      );
    } catch (caught) {
      error = caught;
    }
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.statusCode).toBe(200);
    expect(apiError.isRetryable).toBe(false);
    expect(apiError.message).toContain('refused the task (code "task_not_exist")');
    expect(apiError.message).toContain('task_not_exist');
    expect(apiError.url).toBe(context.url);
  });

  it('treats a numeric failing code as an error too', () => {
    expect(() =>
      unwrapCCAPITaskEnvelope({ code: 1001, message: 'quota exceeded', data: null }, context),
    ).toThrow(/code 1001.*quota exceeded/);
  });

  it('accepts route-specific success codes (Volcengine 10000 for Jimeng)', () => {
    const value = { code: 10000, message: 'Success', data: { status: 'done' } };
    expect(() => unwrapCCAPITaskEnvelope(value, context)).toThrow(APICallError);
    expect(unwrapCCAPITaskEnvelope(value, { ...context, successCodes: [10000] })).toEqual({
      status: 'done',
    });
  });

  it('treats an OpenAI-style error body answered with HTTP 200 as an error', () => {
    expect(() =>
      unwrapCCAPITaskEnvelope(
        { error: { message: "The model 'x' does not exist", code: 'model_not_found' } },
        context,
      ),
    ).toThrow(/does not exist/);
  });
});
