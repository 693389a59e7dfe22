import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import { EMULATOR_TASK_FAIL_REASON } from './emulator-task-store';
import { MUSIC_SHAPE_HEADER } from './music-data-shape';

let emulator: RunningEmulator;
beforeAll(async () => {
  // 300 ms per task: the first poll sees a task queued however busy the machine is.
  emulator = await startEmulator({ taskDurationMs: 300 });
});
afterAll(() => emulator.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  headers: Headers;
  json: any;
  bytes: Uint8Array;
}

/** One raw request to the emulator, authenticated unless `auth: false`. */
async function call(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  options: { auth?: boolean; headers?: Record<string, string>; server?: RunningEmulator } = {},
): Promise<Answer> {
  const server = options.server ?? emulator;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.auth === false ? {} : { authorization: `Bearer ${server.apiKey}` }),
      ...(body != null ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: body != null ? JSON.stringify(body) : undefined,
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, bytes };
}

async function submit(
  platform: string,
  action: string,
  body: unknown,
  headers?: Record<string, string>,
): Promise<string> {
  const answer = await call('POST', `/${platform}/submit/${action}`, body, { headers });
  expect(answer.status).toBe(200);
  return answer.json.data as string;
}

/** Polls until the task is SUCCESS or FAILURE (at most `maxPolls` times, 10 ms apart); returns every answer. */
async function pollToEnd(
  platform: string,
  id: string,
  headers?: Record<string, string>,
  maxPolls = 150,
) {
  const answers: Answer[] = [];
  for (let attempt = 0; attempt < maxPolls; attempt++) {
    const answer = await call('GET', `/${platform}/fetch/${id}`, undefined, { headers });
    answers.push(answer);
    const status = answer.json?.data?.status;
    if (status === 'SUCCESS' || status === 'FAILURE' || status === 'GENERATE_AUDIO_FAILED') break;
    await sleep(10);
  }
  return answers;
}

const isWav = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 4)).toString() === 'RIFF' &&
  Buffer.from(bytes.subarray(8, 12)).toString() === 'WAVE';

describe('music submit (POST /{platform}/submit/{ACTION})', () => {
  it('answers the task envelope with a task_ + 32-character id', async () => {
    const answer = await call('POST', '/suno/submit/MUSIC', { gpt_description_prompt: 'rain' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ code: 'success', message: '', data: expect.any(String) });
    expect(answer.json.data).toMatch(/^task_[A-Za-z0-9]{32}$/);
  });

  it('takes actions case-insensitively, as new-api upper-cases them', async () => {
    const answer = await call('POST', '/suno/submit/music', { gpt_description_prompt: 'rain' });
    expect(answer.status).toBe(200);
    const [first] = await pollToEnd('suno', answer.json.data);
    expect(first?.json.data.action).toBe('MUSIC');
  });

  it('answers 400 invalid_action for every Producer action but MUSIC, and unknown Suno actions', async () => {
    for (const path of [
      '/producer/submit/REPLACE',
      '/producer/submit/LYRICS',
      '/producer/submit/EXTEND',
      '/suno/submit/COVER',
    ]) {
      const answer = await call('POST', path, { prompt: 'x', starts: 1 });
      expect(answer.status, path).toBe(400);
      expect(answer.json, path).toEqual({
        code: 'invalid_request',
        message: 'invalid_action',
        data: null,
      });
    }
  });

  it('rejects bodies new-api rejects: empty LYRICS prompt, extend without its task', async () => {
    expect((await call('POST', '/suno/submit/LYRICS', { prompt: ' ' })).json).toEqual({
      code: 'invalid_request',
      message: 'prompt_empty',
      data: null,
    });
    expect((await call('POST', '/suno/submit/UPSAMPLE_TAGS', {})).json.message).toBe(
      'tags is empty',
    );
    const extend = await call('POST', '/suno/submit/MUSIC', { continue_clip_id: 'c1' });
    expect(extend.status).toBe(400);
    expect(extend.json.message).toBe('task id is empty');
    const unknownSource = await call('POST', '/suno/submit/MUSIC', {
      continue_clip_id: 'c1',
      task_id: 'task_unknown',
    });
    expect(unknownSource.json).toEqual({
      code: 'task_not_exist',
      message: 'task_not_exist',
      data: null,
    });
  });

  it('refuses a [banned] prompt with HTTP 200 and a failing code', async () => {
    const answer = await call('POST', '/producer/submit/MUSIC', { prompt: 'a song [banned]' });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ code: 'sensitive_words_detected', data: null });
  });

  it('requires the key, answering the OpenAI-style body', async () => {
    const answer = await call('POST', '/suno/submit/MUSIC', { prompt: 'x' }, { auth: false });
    expect(answer.status).toBe(401);
    expect(answer.json.error).toMatchObject({ type: 'new_api_error' });
  });
});

describe('Suno tasks (classic shape)', () => {
  it('moves QUEUED → IN_PROGRESS → SUCCESS over polls with new-api TaskDto fields and types', async () => {
    const id = await submit('suno', 'MUSIC', {
      gpt_description_prompt: 'rain on a tin roof',
      tags: 'lo-fi, chill',
      mv: 'chirp-crow',
    });
    const answers = await pollToEnd('suno', id);
    const tasks = answers.map((answer) => answer.json.data);
    expect(answers.every((answer) => answer.json.code === 'success')).toBe(true);
    expect(tasks[0].status).toBe('QUEUED');
    expect(tasks.map((task) => task.status)).toContain('IN_PROGRESS');
    const done = tasks.at(-1);
    expect(done.status).toBe('SUCCESS');
    for (const task of tasks) {
      expect(task.progress).toMatch(/^\d{1,3}%$/);
      for (const field of [
        'id',
        'created_at',
        'updated_at',
        'submit_time',
        'start_time',
        'finish_time',
        'quota',
        'user_id',
        'channel_id',
      ]) {
        expect(Number.isInteger(task[field]), field).toBe(true);
      }
      expect(task).toMatchObject({ task_id: id, platform: 'suno', action: 'MUSIC' });
      expect(task.properties).toMatchObject({ upstream_model_name: 'suno_music' });
    }
    expect(tasks[0].result_url).toBeUndefined();
    expect(done).toMatchObject({ progress: '100%', fail_reason: '' });
    expect(done.finish_time).toBeGreaterThan(0);

    expect(done.data).toHaveLength(2);
    const [clip] = done.data;
    expect(clip).toMatchObject({
      status: 'complete',
      title: 'Rain On A Tin',
      model_name: 'chirp-crow',
      metadata: {
        tags: 'lo-fi, chill',
        gpt_description_prompt: 'rain on a tin roof',
        duration: 2,
        error_message: null,
      },
    });
    expect(clip.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(done.result_url).toBe(clip.audio_url);
    expect(clip.audio_url).toBe(`${emulator.url}/emulator/files/${clip.id}.wav`);
    // While running, the clip carries no audio yet.
    expect(tasks[0].data[0]).toMatchObject({ status: 'submitted', audio_url: '' });

    const audio = await call('GET', `/emulator/files/${clip.id}.wav`, undefined, { auth: false });
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(isWav(audio.bytes)).toBe(true);
    expect(
      (await call('GET', new URL(clip.image_url).pathname, undefined, { auth: false })).status,
    ).toBe(200);
    expect(
      (await call('GET', new URL(clip.video_url).pathname, undefined, { auth: false })).headers.get(
        'content-type',
      ),
    ).toBe('video/mp4');
  });

  it('serves no audio before the task succeeded', async () => {
    const id = await submit('suno', 'MUSIC', { gpt_description_prompt: 'x [slow]' });
    const [answer] = await pollToEnd('suno', id, undefined, 1);
    const clipId = answer?.json.data.data[0].id;
    const audio = await call('GET', `/emulator/files/${clipId}.wav`, undefined, { auth: false });
    expect(audio.status).toBe(404);
  });

  it('extends a clip of an earlier task (continue_clip_id + task_id)', async () => {
    const source = await submit('suno', 'MUSIC', { title: 'Harbour', tags: 'folk' });
    const sourceClip = (await pollToEnd('suno', source)).at(-1)?.json.data.data[0];
    const wrongClip = await call('POST', '/suno/submit/MUSIC', {
      continue_clip_id: 'not-a-clip',
      task_id: source,
    });
    expect(wrongClip.status).toBe(400);
    const id = await submit('suno', 'MUSIC', {
      continue_clip_id: sourceClip.id,
      continue_at: 1.5,
      task_id: source,
    });
    const done = (await pollToEnd('suno', id)).at(-1)?.json.data;
    expect(done.data[0]).toMatchObject({ title: 'Harbour (Extended)', metadata: { tags: 'folk' } });
  });

  it('writes lyrics (LYRICS) and upsamples tags (UPSAMPLE_TAGS)', async () => {
    const lyrics = (
      await pollToEnd('suno', await submit('suno', 'LYRICS', { prompt: 'a lighthouse' }))
    ).at(-1)?.json.data;
    expect(lyrics).toMatchObject({ action: 'LYRICS', status: 'SUCCESS' });
    expect(lyrics.result_url).toBeUndefined();
    expect(lyrics.data).toMatchObject({ title: 'A Lighthouse', status: 'complete' });
    expect(lyrics.data.text).toContain('I keep thinking of a lighthouse');

    const tags = (
      await pollToEnd('suno', await submit('suno', 'UPSAMPLE_TAGS', { tags: 'jazz, smooth' }))
    ).at(-1)?.json.data;
    expect(tags.data.upsampled_tags).toMatch(/^jazz, smooth, .+/);
  });

  it('plays [fail], [slow] and [flaky]', async () => {
    const failed = (
      await pollToEnd('suno', await submit('suno', 'MUSIC', { prompt: 'x [fail]' }))
    ).at(-1)?.json.data;
    expect(failed).toMatchObject({ status: 'FAILURE', fail_reason: EMULATOR_TASK_FAIL_REASON });
    expect(failed.data[0]).toMatchObject({
      status: 'error',
      metadata: { error_message: EMULATOR_TASK_FAIL_REASON },
    });

    const slow = await submit('suno', 'MUSIC', { prompt: 'x [slow]' });
    await sleep(350);
    const stuck = (await pollToEnd('suno', slow, undefined, 5)).map((answer) => answer.json.data);
    expect(stuck.every((task) => task.status !== 'SUCCESS')).toBe(true);
    expect(Number.parseInt(stuck.at(-1).progress, 10)).toBeLessThanOrEqual(90);

    const flaky = await submit('suno', 'MUSIC', { prompt: 'x [flaky]' });
    const first = await call('GET', `/suno/fetch/${flaky}`);
    const second = await call('GET', `/suno/fetch/${flaky}`);
    expect([first.status, second.status]).toEqual([502, 429]);
    expect(second.headers.get('retry-after')).toBe('0');
    expect((await call('GET', `/suno/fetch/${flaky}`)).status).toBe(200);
  });

  it('answers a [no-audio] task SUCCESS without any audio URL', async () => {
    const done = (
      await pollToEnd('suno', await submit('suno', 'MUSIC', { prompt: 'x [no-audio]' }))
    ).at(-1)?.json.data;
    expect(done.status).toBe('SUCCESS');
    expect(done.result_url).toBeUndefined();
    expect(done.data.map((clip: { audio_url: string }) => clip.audio_url)).toEqual(['', '']);
  });
});

describe('music fetch routes', () => {
  it('answers 400 task_not_exist for unknown ids and ids of the other platform', async () => {
    const sunoTask = await submit('suno', 'MUSIC', { prompt: 'x' });
    for (const path of ['/suno/fetch/task_missing', `/producer/fetch/${sunoTask}`]) {
      const answer = await call('GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.json, path).toEqual({
        code: 'task_not_exist',
        message: 'task_not_exist',
        data: null,
      });
    }
  });

  it('checks many tasks with POST /{platform}/fetch, leaving out unknown ids and other actions', async () => {
    const music = await submit('suno', 'MUSIC', { prompt: 'a' });
    const lyrics = await submit('suno', 'LYRICS', { prompt: 'b' });
    const all = await call('POST', '/suno/fetch', { ids: [music, 'task_missing', lyrics] });
    expect(all.json.code).toBe('success');
    expect(all.json.data.map((task: { task_id: string }) => task.task_id)).toEqual([music, lyrics]);
    const onlyLyrics = await call('POST', '/suno/fetch', {
      ids: [music, lyrics],
      action: 'LYRICS',
    });
    expect(onlyLyrics.json.data.map((task: { task_id: string }) => task.task_id)).toEqual([lyrics]);
    expect((await call('POST', '/suno/fetch', { ids: [] })).json.data).toEqual([]);
    expect((await call('POST', '/producer/fetch', { ids: [music] })).json.data).toEqual([]);
  });

  it('answers 429 with Retry-After when asked (x-emulator-fault: rate-limit)', async () => {
    const id = await submit('suno', 'MUSIC', { prompt: 'x' });
    const answer = await call('GET', `/suno/fetch/${id}`, undefined, {
      headers: { 'x-emulator-fault': 'rate-limit' },
    });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('1');
  });
});

describe('connection faults on music routes', () => {
  it('holds a check open with x-emulator-fault: stall until the client gives up', async () => {
    const id = await submit('suno', 'MUSIC', { prompt: 'x' });
    const startedAt = Date.now();
    const error = await fetch(`${emulator.url}/suno/fetch/${id}`, {
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'x-emulator-fault': 'stall' },
      signal: AbortSignal.timeout(200),
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
    // The task is untouched: the next check answers it.
    expect((await call('GET', `/suno/fetch/${id}`)).json.data.task_id).toBe(id);
  });

  it('answers a stalled check once stallMs has passed', async () => {
    const short = await startEmulator({ stallMs: 50 });
    try {
      const submitted = await call(
        'POST',
        '/producer/submit/MUSIC',
        { prompt: 'x' },
        {
          server: short,
          headers: { 'x-emulator-fault': 'stall' },
        },
      );
      expect(submitted.status).toBe(200);
      const batch = await call(
        'POST',
        '/producer/fetch',
        { ids: [submitted.json.data] },
        {
          server: short,
          headers: { 'x-emulator-fault': 'stall' },
        },
      );
      expect(batch.json.data[0].task_id).toBe(submitted.json.data);
    } finally {
      await short.close();
    }
  });

  it('closes the socket with x-emulator-fault: drop-mid-stream', async () => {
    const id = await submit('producer', 'MUSIC', { prompt: 'x' });
    const error = await call('GET', `/producer/fetch/${id}`, undefined, {
      headers: { 'x-emulator-fault': 'drop-mid-stream' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
  });
});

describe('Producer tasks', () => {
  it('shows the running object with the upstream UUID, then {clips}; the UUID is not a task id', async () => {
    const id = await submit('producer', 'MUSIC', {
      prompt: 'An upbeat pop song about summer vacation',
      style: 'pop, upbeat, summer',
      title: 'Summer',
      make_instrumental: false,
      wait_audio: false,
    });
    const tasks = (await pollToEnd('producer', id)).map((answer) => answer.json.data);
    const running = tasks[0];
    expect(running).toMatchObject({ platform: 'producer', action: 'MUSIC', status: 'QUEUED' });
    expect(running.data).toEqual({
      progress: running.progress,
      status: 'IN_PROGRESS',
      task_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect((await call('GET', `/producer/fetch/${running.data.task_id}`)).status).toBe(400);

    const done = tasks.at(-1);
    expect(done).toMatchObject({ status: 'SUCCESS', progress: '100%' });
    expect(done.data).toMatchObject({ progress: '100%', quota: '3' });
    expect(done.data.clips).toHaveLength(1);
    expect(done.data.clips[0]).toMatchObject({
      state: 'completed',
      title: 'Summer',
      sound: 'pop, upbeat, summer',
      mv: 'FUZZ-2.0',
      video_url: null,
      seed: null,
      duration: null,
    });
    expect(done.result_url).toBe(done.data.clips[0].audio_url);
  });
});

describe('inner data shapes', () => {
  it('answers the shape the submit header chose, and a fetch header overrides it', async () => {
    const id = await submit(
      'suno',
      'MUSIC',
      { prompt: 'la la' },
      { [MUSIC_SHAPE_HEADER]: 'camel' },
    );
    const camel = (await pollToEnd('suno', id)).at(-1)?.json.data.data[0];
    expect(camel).toMatchObject({ prompt: 'la la', modelName: 'chirp-v3-0', duration: 2 });
    expect(camel.audioUrl).toMatch(/\.wav$/);
    expect(Number.isInteger(camel.createTime)).toBe(true);

    const musicapi = await call('GET', `/suno/fetch/${id}`, undefined, {
      headers: { [MUSIC_SHAPE_HEADER]: 'musicapi' },
    });
    expect(musicapi.json.data.data[0]).toMatchObject({
      state: 'succeeded',
      lyrics: 'la la',
      mv: 'chirp-v3-0',
    });
    expect(musicapi.json.data.data[0].clip_id).toBe(camel.id);
  });

  it('answers site A: a numeric-code envelope around a camelCase item, per-item envelopes in a batch', async () => {
    const headers = { [MUSIC_SHAPE_HEADER]: 'site-a' };
    const id = await submit(
      'suno',
      'MUSIC',
      { prompt: 'one line\ntwo line', tags: 'pop' },
      headers,
    );
    const answers = await pollToEnd('suno', id, headers);
    expect(answers[0]?.json).toMatchObject({
      code: 0,
      data: { taskId: id, status: 'PENDING', audioUrl: '' },
    });
    const done = answers.at(-1)?.json;
    expect(done.code).toBe(0);
    expect(done.data).toMatchObject({
      taskId: id,
      status: 'SUCCESS',
      action: 'MUSIC',
      tags: 'pop',
      errorMessage: '',
    });
    expect(done.data.audioUrl).toMatch(/\.wav$/);
    expect(done.data.alignedLyrics).toEqual([
      { time: 0, text: 'one line' },
      { time: 1, text: 'two line' },
    ]);

    const batch = await call('POST', '/suno/fetch', { ids: [id, 'task_missing'] }, { headers });
    expect(batch.json).toMatchObject({
      code: 0,
      data: [
        { code: 0, data: { taskId: id, status: 'SUCCESS' } },
        { code: 404, message: 'task_not_exist', data: null },
      ],
    });
  });

  it('takes a default shape from startEmulator({ musicDataShape })', async () => {
    const other = await startEmulator({ musicDataShape: 'musicapi' });
    try {
      const answer = await call(
        'POST',
        '/producer/submit/MUSIC',
        { prompt: 'x' },
        { server: other },
      );
      await sleep(40);
      let task = (
        await call('GET', `/producer/fetch/${answer.json.data}`, undefined, { server: other })
      ).json.data;
      for (let attempt = 0; attempt < 100 && task.status !== 'SUCCESS'; attempt++) {
        await sleep(20);
        task = (
          await call('GET', `/producer/fetch/${answer.json.data}`, undefined, { server: other })
        ).json.data;
      }
      expect(task.data[0]).toMatchObject({ state: 'succeeded', mv: 'FUZZ-2.0' });
    } finally {
      await other.close();
    }
  });
});

describe('startEmulator({ publicURL })', () => {
  it('writes that origin into file URLs while listening on loopback', async () => {
    const other = await startEmulator({ publicURL: 'https://api.example.test/' });
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const id = (await call('POST', '/suno/submit/MUSIC', { prompt: 'x' }, { server: other })).json
        .data;
      let task = (await call('GET', `/suno/fetch/${id}`, undefined, { server: other })).json.data;
      for (let attempt = 0; attempt < 100 && task.status !== 'SUCCESS'; attempt++) {
        await sleep(10);
        task = (await call('GET', `/suno/fetch/${id}`, undefined, { server: other })).json.data;
      }
      expect(task.result_url).toMatch(
        /^https:\/\/api\.example\.test\/emulator\/files\/[0-9a-f-]{36}\.wav$/,
      );
      const path = new URL(task.result_url).pathname;
      expect((await call('GET', path, undefined, { auth: false, server: other })).status).toBe(200);
    } finally {
      await other.close();
    }
    await expect(startEmulator({ publicURL: 'not a url' })).rejects.toThrow(
      'startEmulator: publicURL must be an absolute URL, got "not a url"',
    );
  });
});
