import { describe, expect, it } from 'vitest';
import { parseCCAPITaskSnapshot } from './ccapi-task-snapshot';

describe('parseCCAPITaskSnapshot', () => {
  it('reads new-api TaskDto (integer row id, task_id, percent string)', () => {
    const snapshot = parseCCAPITaskSnapshot(
      { id: 3, task_id: 'task_A', status: 'IN_PROGRESS', progress: '30%', fail_reason: '' },
      'fallback',
    );
    expect(snapshot).toMatchObject({
      taskId: 'task_A',
      status: 'running',
      rawStatus: 'IN_PROGRESS',
      progress: 30,
      failReason: undefined,
    });
  });

  it('reads the OpenAI video object, including its error on failure', () => {
    expect(
      parseCCAPITaskSnapshot(
        {
          id: 'task_B',
          object: 'video',
          status: 'failed',
          progress: 40,
          error: { message: 'content moderation', code: 'task_failed' },
        },
        'fallback',
      ),
    ).toMatchObject({
      taskId: 'task_B',
      status: 'failed',
      progress: 40,
      failReason: 'content moderation',
    });
  });

  it('reads Kling native polls (task_status, task_status_msg)', () => {
    expect(
      parseCCAPITaskSnapshot(
        { task_id: 'k1', task_status: 'failed', task_status_msg: 'image too small' },
        'fallback',
      ),
    ).toMatchObject({ taskId: 'k1', status: 'failed', failReason: 'image too small' });
  });

  it('reads Midjourney tasks (failReason, "" status before the first update)', () => {
    expect(parseCCAPITaskSnapshot({ id: '17', status: '', progress: '' }, 'x')).toMatchObject({
      taskId: '17',
      status: 'unknown',
      progress: undefined,
    });
    expect(
      parseCCAPITaskSnapshot({ id: '17', status: 'FAILURE', failReason: 'banned prompt' }, 'x'),
    ).toMatchObject({ status: 'failed', failReason: 'banned prompt' });
  });

  it('reads a status nested in data (Jimeng native result)', () => {
    expect(parseCCAPITaskSnapshot({ data: { status: 'done' } }, 'task_J')).toMatchObject({
      taskId: 'task_J',
      status: 'succeeded',
      progress: 100,
    });
  });

  it('reports 100% once succeeded even without progress, and a reason for every failure', () => {
    expect(parseCCAPITaskSnapshot({ status: 'SUCCESS' }, 't').progress).toBe(100);
    expect(parseCCAPITaskSnapshot({ status: 'FAILURE' }, 't').failReason).toBe(
      'the task ended with status FAILURE and no reason',
    );
  });

  it('uses the fallback id for a bare string or an object without ids', () => {
    expect(parseCCAPITaskSnapshot('task_S', 'task_S').taskId).toBe('task_S');
    expect(parseCCAPITaskSnapshot({ status: 'queued' }, 'task_F').taskId).toBe('task_F');
  });
});
