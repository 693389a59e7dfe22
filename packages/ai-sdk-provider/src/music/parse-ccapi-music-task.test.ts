import { describe, expect, it } from 'vitest';
import { parseCCAPIMusicTask } from './parse-ccapi-music-task';

// CCAPI's Producer batch-fetch example (docs.ccapi.ai/427971768e0): the same task while running
// and when finished.
const runningProducerTask = {
  id: 3,
  created_at: 1773385820,
  updated_at: 1773385828,
  task_id: 'task_BE5vsWPK0pWHyONbGVEXqsPqD6IkcBY6',
  platform: 'producer',
  user_id: 3,
  group: 'producer-A',
  channel_id: 28,
  quota: 30000,
  action: 'MUSIC',
  status: 'IN_PROGRESS',
  fail_reason: '',
  submit_time: 1773385820,
  start_time: 1773385828,
  finish_time: 0,
  progress: '20%',
  properties: {
    input: '',
    upstream_model_name: 'producer_music',
    origin_model_name: 'producer_music',
  },
  data: { progress: '20%', status: 'IN_PROGRESS', task_id: 'ef74a9d9-6c9f-47aa-a771-1006e987e331' },
};
const finishedProducerTask = {
  ...runningProducerTask,
  updated_at: 1773385875,
  status: 'SUCCESS',
  fail_reason: '',
  result_url:
    'https://storage.googleapis.com/producer-app-public/clips/b7555447-c981-4132-8a1e-2fe21bc70d36.m4a',
  finish_time: 1773385875,
  progress: '100%',
  data: {
    clips: [
      {
        clip_id: 'b7555447-c981-4132-8a1e-2fe21bc70d36',
        state: 'completed',
        title: 'Weekend Morning',
        sound: 'A warm acoustic pop song about a calm weekend morning, gentle rhythm, clean vocal.',
        lyrics: 'sunlight on the window, coffee on the table...',
        image_url: 'https://storage.googleapis.com/producer-app-public/assets/example-cover.jpg',
        audio_url:
          'https://storage.googleapis.com/producer-app-public/clips/b7555447-c981-4132-8a1e-2fe21bc70d36.m4a',
        video_url: null,
        created_at: '2026-03-13T07:10:57.379725Z',
        mv: 'FUZZ-2.0',
        seed: null,
        duration: null,
      },
    ],
    progress: '100%',
    quota: '3',
  },
};

describe('parseCCAPIMusicTask', () => {
  it('reads the running Producer TaskDto, never taking the upstream UUID for the task id', () => {
    const snapshot = parseCCAPIMusicTask(runningProducerTask, 'task_polled');
    expect(snapshot).toMatchObject({
      taskId: 'task_BE5vsWPK0pWHyONbGVEXqsPqD6IkcBY6',
      status: 'running',
      rawStatus: 'IN_PROGRESS',
      progress: 20,
      failReason: undefined,
      platform: 'producer',
      action: 'MUSIC',
      resultUrl: undefined,
    });
    // Without a public id in the TaskDto, the polled id is kept, still not the inner UUID.
    const { task_id: _public, ...withoutId } = runningProducerTask;
    expect(parseCCAPIMusicTask(withoutId, 'task_polled').taskId).toBe('task_polled');
  });

  it('reads the finished Producer TaskDto', () => {
    const snapshot = parseCCAPIMusicTask(finishedProducerTask, 'task_polled');
    expect(snapshot).toMatchObject({
      status: 'succeeded',
      rawStatus: 'SUCCESS',
      progress: 100,
      resultUrl: finishedProducerTask.result_url,
    });
    expect(snapshot.data).toBe(finishedProducerTask.data);
  });

  it.each([
    ['NOT_START', 'queued'],
    ['SUBMITTED', 'queued'],
    ['QUEUED', 'queued'],
    ['IN_PROGRESS', 'running'],
    ['SUCCESS', 'succeeded'],
    ['FAILURE', 'failed'],
    ['UNKNOWN', 'unknown'],
    ['', 'unknown'],
    ['PENDING', 'queued'],
    ['TEXT_SUCCESS', 'running'],
    ['FIRST_SUCCESS', 'running'],
    ['GENERATE_AUDIO_FAILED', 'failed'],
    ['something new', 'unknown'],
  ])('maps status %j to %s', (status, expected) => {
    expect(parseCCAPIMusicTask({ task_id: 'task_1', status }, 'task_1').status).toBe(expected);
  });

  it('falls back to the inner status when the TaskDto has none yet', () => {
    const snapshot = parseCCAPIMusicTask(
      { task_id: 'task_1', status: '', data: { status: 'IN_PROGRESS', progress: '35%' } },
      'task_1',
    );
    expect(snapshot).toMatchObject({ status: 'running', progress: 35 });
  });

  it('reads progress strings and tolerates empty ones', () => {
    expect(
      parseCCAPIMusicTask({ status: 'QUEUED', progress: '' }, 'task_1').progress,
    ).toBeUndefined();
    expect(parseCCAPIMusicTask({ status: 'QUEUED', progress: '7%' }, 'task_1').progress).toBe(7);
  });

  it('takes the failure reason from fail_reason, else from a clip, else says there was none', () => {
    expect(
      parseCCAPIMusicTask({ status: 'FAILURE', fail_reason: 'moderation' }, 'task_1').failReason,
    ).toBe('moderation');
    expect(
      parseCCAPIMusicTask(
        {
          status: 'FAILURE',
          fail_reason: '',
          data: [{ id: 'c', status: 'error', metadata: { error_message: 'lyrics flagged' } }],
        },
        'task_1',
      ).failReason,
    ).toBe('lyrics flagged');
    expect(parseCCAPIMusicTask({ status: 'FAILURE' }, 'task_1').failReason).toBe(
      'the task ended with status FAILURE and no reason',
    );
  });

  it('ignores a result_url that is not a URL (legacy rows copy fail_reason into it)', () => {
    const snapshot = parseCCAPIMusicTask(
      { status: 'FAILURE', fail_reason: 'quota', result_url: 'quota' },
      'task_1',
    );
    expect(snapshot.resultUrl).toBeUndefined();
  });

  it("reads site A's camelCase item as the task and its result", () => {
    const item = {
      taskId: 'task_A',
      status: 'PENDING',
      action: 'MUSIC',
      audioUrl: '',
      errorMessage: '',
    };
    const snapshot = parseCCAPIMusicTask(item, 'task_polled');
    expect(snapshot).toMatchObject({ taskId: 'task_A', status: 'queued', action: 'MUSIC' });
    expect(snapshot.data).toBe(item);
    expect(
      parseCCAPIMusicTask({ ...item, status: 'FAILED', errorMessage: 'no credits' }, 'x')
        .failReason,
    ).toBe('no credits');
  });

  it('tolerates what is not a task at all', () => {
    expect(parseCCAPIMusicTask(null, 'task_1')).toMatchObject({
      taskId: 'task_1',
      status: 'unknown',
    });
  });
});
