import { setTimeout as sleep } from 'node:timers/promises';
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { inspectWav } from '../../test/inspect-test-media';
import { useEmulatorProvider } from '../../test/use-emulator-provider';
import { createCCAPI } from '../ccapi-provider';
import { generateMusic } from './generate-music';
import { getMusicStatus } from './get-music-status';
import { startMusic } from './start-music';

const music = useEmulatorProvider({ taskDurationMs: 60 });
const patient = useEmulatorProvider({ taskDurationMs: 800 });

/** Checks with getMusicStatus every 15 ms until the task is no longer pending. */
async function waitForStatus<STATUS extends { status: string }>(
  check: () => Promise<STATUS>,
): Promise<STATUS> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const status = await check();
    if (status.status !== 'pending') return status;
    await sleep(15);
  }
  throw new Error('the task stayed pending');
}

describe('startMusic + getMusicStatus', () => {
  it('starts a task and returns at once with plain JSON to resume from', async () => {
    const started = await startMusic({ model: music.ccapi.musicModel('suno'), prompt: 'a kite' });
    expect(started).toMatchObject({ platform: 'suno', action: 'MUSIC', warnings: [] });
    expect(started.taskId).toMatch(/^task_[A-Za-z0-9]{32}$/);
    expect(JSON.parse(JSON.stringify(started.providerMetadata))).toEqual({
      ccapi: { taskId: started.taskId, platform: 'suno', action: 'MUSIC' },
    });
    expect(music.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /suno/submit/MUSIC',
    ]);
  });

  it('resumes from the task id alone on a fresh provider, as a serverless route would', async () => {
    const { taskId, platform } = await startMusic({
      model: patient.ccapi.musicModel('producer'),
      prompt: 'summer',
      style: 'pop',
    });

    // Another process: only the stored { platform, taskId } survives.
    const stored = JSON.parse(JSON.stringify({ platform, taskId })) as {
      platform: string;
      taskId: string;
    };
    const fresh = createCCAPI({
      baseURL: patient.emulator.baseURL,
      apiKey: patient.emulator.apiKey,
    });
    const model = fresh.musicModel(stored.platform);

    const first = await getMusicStatus({ model, taskId: stored.taskId });
    expect(first).toMatchObject({
      status: 'pending',
      taskStatus: 'queued',
      taskId,
      platform: 'producer',
      action: 'MUSIC',
      rawStatus: 'QUEUED',
    });
    const done = await waitForStatus(() => getMusicStatus({ model, taskId: stored.taskId }));
    if (done.status !== 'completed') throw new Error(`expected completed, got ${done.status}`);
    expect(done.tracks).toHaveLength(1);
    expect(done.tracks[0]?.audio.isLoaded).toBe(true);
    expect(inspectWav(done.tracks[0]?.audio.uint8Array as Uint8Array).seconds).toBe(2);
    expect(done.lyrics).toEqual([]);
    expect(done.tags).toBeUndefined();
    expect(done.data).toMatchObject({ clips: [expect.objectContaining({ state: 'completed' })] });
    expect(done.providerMetadata.ccapi).toMatchObject({
      taskId,
      status: 'succeeded',
      progress: 100,
    });
    expect(done.response.body).toMatchObject({ task_id: taskId, status: 'SUCCESS' });
    expect(
      patient.emulator.requests
        .filter((request) => request.path.startsWith('/producer/fetch/'))
        .every((request) => request.path === `/producer/fetch/${taskId}`),
    ).toBe(true);
  });

  it('waits for an existing task with generateMusic and providerOptions.ccapi.taskId, submitting nothing', async () => {
    const { taskId } = await startMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'a kite',
    });
    music.emulator.requests.length = 0;
    const fresh = createCCAPI({ baseURL: music.emulator.baseURL, apiKey: music.emulator.apiKey });
    const result = await generateMusic({
      model: fresh.musicModel('suno'),
      providerOptions: { ccapi: { taskId } },
      poll: { pollIntervalMs: 10 },
    });
    expect(result.taskId).toBe(taskId);
    expect(result.tracks).toHaveLength(2);
    expect(music.emulator.requests.some((request) => request.path.includes('/submit/'))).toBe(
      false,
    );
  });

  it("returns lazy tracks with download: 'lazy'", async () => {
    const { taskId } = await startMusic({ model: music.ccapi.musicModel('suno'), prompt: 'x' });
    const done = await waitForStatus(() =>
      getMusicStatus({ model: music.ccapi.musicModel('suno'), taskId, download: 'lazy' }),
    );
    if (done.status !== 'completed') throw new Error('not completed');
    expect(done.tracks.map((track) => track.audio.isLoaded)).toEqual([false, false]);
    expect(
      music.emulator.requests.some((request) => request.path.startsWith('/emulator/files/')),
    ).toBe(false);
    expect(inspectWav((await done.tracks[1]?.audio.load())?.uint8Array as Uint8Array).seconds).toBe(
      2,
    );
  });

  it('reports a failed task as an error status with its reason', async () => {
    const { taskId } = await startMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x [fail]',
    });
    const status = await waitForStatus(() =>
      getMusicStatus({ model: music.ccapi.musicModel('suno'), taskId }),
    );
    expect(status).toMatchObject({
      status: 'error',
      failReason: expect.stringContaining('content moderation'),
      rawStatus: 'FAILURE',
    });
    if (status.status === 'error') {
      expect(status.error).toMatch(
        new RegExp(`^CCAPI task ${taskId} \\(model 'suno'\\) failed upstream: `),
      );
    }
  });

  it('reports a success without audio as an error status, not an empty success', async () => {
    const { taskId } = await startMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x [no-audio]',
    });
    const status = await waitForStatus(() =>
      getMusicStatus({ model: music.ccapi.musicModel('suno'), taskId }),
    );
    expect(status.status).toBe('error');
    if (status.status === 'error') {
      expect(status.error).toContain(
        `CCAPI task ${taskId} (suno MUSIC) reported SUCCESS but its answer holds no audio`,
      );
      expect(status.failReason).toBeUndefined();
    }
  });

  it('explains an unknown task id (400 task_not_exist)', async () => {
    const error = await getMusicStatus({
      model: music.ccapi.musicModel('suno'),
      taskId: 'task_doesnotexist',
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((error as Error).message).toBe(
      "Checking suno task task_doesnotexist failed: CCAPI has no suno task 'task_doesnotexist' (400 task_not_exist). Use the task_… id the submit returned (not the upstream UUID inside a running task's data), on the platform that made it ('suno' or 'producer'), with the API key that made it.",
    );
  });

  it('refuses taskId and taskIds together, and startMusic with a resume id', async () => {
    const model = music.ccapi.musicModel('suno');
    const both = await getMusicStatus({ model, taskId: 'a', taskIds: ['b'] } as never).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidArgumentError.isInstance(both)).toBe(true);
    const resume = await startMusic({
      model,
      prompt: 'x',
      providerOptions: { ccapi: { taskId: 'task_x' } },
    }).catch((caught: unknown) => caught);
    expect((resume as Error).message).toMatch(/startMusic submits a new task/);
    expect(music.emulator.requests).toEqual([]);
  });
});

describe('getMusicStatus with taskIds (POST /{platform}/fetch)', () => {
  it('checks many tasks in one request, in the order asked, marking unknown ids not-found', async () => {
    const provider = createCCAPI({
      baseURL: patient.emulator.baseURL,
      apiKey: patient.emulator.apiKey,
    });
    const model = provider.musicModel('suno');
    const a = await startMusic({ model, prompt: 'a' });
    const b = await startMusic({ model, prompt: 'b [fail]' });
    patient.emulator.requests.length = 0;
    const ids = [b.taskId, 'task_unknown', a.taskId];

    const first = await getMusicStatus({ model, taskIds: ids });
    expect(patient.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(
      ['POST /suno/fetch'],
    );
    expect(patient.emulator.requests[0]?.body).toEqual({ ids });
    expect(first.map((status) => [status.taskId, status.status])).toEqual([
      [b.taskId, 'pending'],
      ['task_unknown', 'not-found'],
      [a.taskId, 'pending'],
    ]);

    let later = first;
    for (let attempt = 0; attempt < 200; attempt++) {
      if (later.every((status) => status.status !== 'pending')) break;
      await sleep(15);
      later = await getMusicStatus({ model, taskIds: ids });
    }
    expect(later.map((status) => status.status)).toEqual(['error', 'not-found', 'completed']);
    const completed = later[2];
    if (completed?.status !== 'completed') throw new Error('expected completed');
    expect(completed.tracks).toHaveLength(2);
    expect(completed.tracks.every((track) => track.audio.isLoaded)).toBe(true);
    expect(later[1]).toEqual({
      status: 'not-found',
      taskId: 'task_unknown',
      platform: 'suno',
      error:
        'CCAPI did not return task task_unknown: it does not know the id on /suno/fetch, or the task belongs to another API key or platform.',
    });
  });

  it("reads site A's per-item envelopes with numeric codes", async () => {
    const model = music.ccapi.musicModel('suno');
    const headers = { 'x-emulator-music-shape': 'site-a' };
    const { taskId } = await startMusic({ model, lyrics: 'la', headers });
    let statuses = await getMusicStatus({ model, taskIds: [taskId, 'task_gone'], headers });
    for (let attempt = 0; attempt < 200 && statuses[0]?.status === 'pending'; attempt++) {
      await sleep(15);
      statuses = await getMusicStatus({ model, taskIds: [taskId, 'task_gone'], headers });
    }
    expect(statuses.map((status) => status.status)).toEqual(['completed', 'not-found']);
    expect(statuses[1]).toMatchObject({ taskId: 'task_gone', error: 'task_not_exist (code 404)' });
    const done = statuses[0];
    if (done?.status !== 'completed') throw new Error('expected completed');
    expect(done.tracks[0]?.lyrics).toBe('la');
  });

  it('answers an empty list without a request', async () => {
    expect(
      await getMusicStatus({ model: music.ccapi.musicModel('producer'), taskIds: [] }),
    ).toEqual([]);
    expect(music.emulator.requests).toEqual([]);
  });
});
