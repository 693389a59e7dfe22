import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ taskDurationMs: 150 });
});
afterAll(() => emulator.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  options: { auth?: boolean } = {},
): Promise<{ status: number; headers: Headers; json: any; bytes: Uint8Array }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      ...(options.auth === false ? {} : { authorization: `Bearer ${emulator.apiKey}` }),
      ...(body != null ? { 'content-type': 'application/json' } : {}),
    },
    body: body != null ? JSON.stringify(body) : undefined,
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = Buffer.from(bytes).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, bytes };
}

/** Polls every 10 ms until `done(answer)`, at most 40 times; returns every answer. */
async function pollUntil(
  poll: () => ReturnType<typeof call>,
  done: (answer: Awaited<ReturnType<typeof call>>) => boolean,
) {
  const answers: Array<Awaited<ReturnType<typeof call>>> = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    const answer = await poll();
    answers.push(answer);
    if (done(answer)) break;
    await sleep(10);
  }
  return answers;
}

const isMp4 = (bytes: Uint8Array) => Buffer.from(bytes.subarray(4, 8)).toString() === 'ftyp';
const isPng = (bytes: Uint8Array) =>
  bytes[0] === 0x89 && Buffer.from(bytes.subarray(1, 4)).toString() === 'PNG';

describe('generic video tasks', () => {
  it('submits, advances QUEUED → IN_PROGRESS → SUCCESS across polls, and serves the MP4', async () => {
    const submit = await call('POST', '/v1/video/generations', {
      model: 'viduq1',
      prompt: 'a heron',
      size: '1280x720',
      duration: 2,
    });
    expect(submit.status).toBe(200);
    expect(submit.json).toMatchObject({
      object: 'video',
      model: 'viduq1',
      status: 'queued',
      progress: 0,
      size: '64x32',
      seconds: '2',
    });
    const id = submit.json.id as string;
    expect(id).toMatch(/^task_[A-Za-z0-9]{32}$/);
    expect(submit.json.task_id).toBe(id);

    const before = await call('GET', `/v1/videos/${id}/content`);
    expect(before.status).toBe(400);
    expect(before.json.error.message).toBe('Task is not completed yet, current status: QUEUED');
    expect(
      (await call('GET', `/emulator/files/${id}.mp4`, undefined, { auth: false })).status,
    ).toBe(404);

    // Two quick polls see the task queued, then running; after taskDurationMs it has succeeded.
    const answers = [
      await call('GET', `/v1/video/generations/${id}`),
      await call('GET', `/v1/video/generations/${id}`),
    ];
    await sleep(170);
    answers.push(await call('GET', `/v1/video/generations/${id}`));
    const tasks = answers.map((answer) => answer.json.data);
    expect(answers.every((answer) => answer.json.code === 'success')).toBe(true);
    expect(tasks.map((task) => task.status)).toEqual(['QUEUED', 'IN_PROGRESS', 'SUCCESS']);
    expect(tasks[0]).toMatchObject({ task_id: id, progress: '10%', platform: '52' });
    expect(Number.parseInt(tasks[1].progress, 10)).toBeGreaterThan(10);
    expect(Number.parseInt(tasks[1].progress, 10)).toBeLessThan(100);
    expect(tasks[2]).toMatchObject({ progress: '100%', fail_reason: '' });
    expect(tasks.at(-1).result_url).toBe(`${emulator.url}/emulator/files/${id}.mp4`);
    expect(tasks.at(-1).data.content.video_url).toBe(tasks.at(-1).result_url);

    const file = await call('GET', `/emulator/files/${id}.mp4`, undefined, { auth: false });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('video/mp4');
    expect(isMp4(file.bytes)).toBe(true);
    const proxied = await call('GET', `/v1/videos/${id}/content`);
    expect(Buffer.from(proxied.bytes).equals(Buffer.from(file.bytes))).toBe(true);

    const video = await call('GET', `/v1/videos/${id}`);
    expect(video.json).toMatchObject({
      status: 'completed',
      progress: 100,
      metadata: { url: tasks.at(-1).result_url },
    });
  });

  it('answers Sora polls with the video object and Veo polls with the live shape', async () => {
    const sora = (await call('POST', '/v1/videos', { model: 'sora-2', prompt: 'x' })).json.id;
    const veo = (await call('POST', '/v1/video/generations', { model: 'veo-3.1', prompt: 'x' }))
      .json.id;
    const soraPoll = await call('GET', `/v1/video/generations/${sora}`);
    expect(soraPoll.json).toMatchObject({ object: 'video', status: 'queued', id: sora });
    const veoPoll = await call('GET', `/v1/video/generations/${veo}`);
    expect(veoPoll.json).toMatchObject({
      code: 'success',
      data: { status: 'queued', task_id: veo, format: 'mp4', url: '' },
    });
    await sleep(170);
    const veoDone = await call('GET', `/v1/video/generations/${veo}`);
    expect(veoDone.json.data).toMatchObject({
      status: 'succeeded',
      url: `${emulator.url}/emulator/files/${veo}.mp4`,
    });
  });

  it('rejects bad submits and unknown tasks like new-api', async () => {
    const noPrompt = await call('POST', '/v1/video/generations', { model: 'viduq1' });
    expect(noPrompt).toMatchObject({
      status: 400,
      json: { code: 'invalid_request', message: 'prompt is required', data: null },
    });
    const noModel = await call('POST', '/v1/video/generations', { prompt: 'x' });
    expect(noModel.status).toBe(400);
    expect(noModel.json.error.message).toContain('Model name not specified');
    const unknown = await call('GET', '/v1/video/generations/task_missing');
    expect(unknown).toMatchObject({ status: 400, json: { code: 'task_not_exist' } });
    const unauthorized = await call(
      'POST',
      '/v1/video/generations',
      { model: 'viduq1', prompt: 'x' },
      { auth: false },
    );
    expect(unauthorized.status).toBe(401);
  });
});

describe('scripted task outcomes', () => {
  async function submitAndPoll(prompt: string) {
    const id = (await call('POST', '/v1/video/generations', { model: 'viduq1', prompt })).json
      .id as string;
    const answers = await pollUntil(
      () => call('GET', `/v1/video/generations/${id}`),
      (answer) => answer.status === 200 && ['SUCCESS', 'FAILURE'].includes(answer.json.data.status),
    );
    return { id, answers };
  }

  it('[fail] ends in FAILURE with a reason; the video object carries the error', async () => {
    const { id, answers } = await submitAndPoll('x [fail]');
    expect(answers.at(-1)?.json.data).toMatchObject({
      status: 'FAILURE',
      fail_reason: expect.stringContaining('content moderation'),
    });
    expect(answers.at(-1)?.json.data).not.toHaveProperty('result_url');
    expect((await call('GET', `/v1/videos/${id}`)).json.error).toEqual({
      message: expect.stringContaining('[fail]'),
      code: 'task_failed',
    });
  });

  it('[slow] never finishes and never passes 90%', async () => {
    const { answers } = await submitAndPoll('x [slow]');
    expect(answers).toHaveLength(40);
    expect(answers.every((answer) => answer.json.data.status !== 'SUCCESS')).toBe(true);
    expect(answers.at(-1)?.json.data.progress).toBe('90%');
  });

  it('[flaky] answers 502, then 429 with Retry-After: 0, then behaves', async () => {
    const id = (
      await call('POST', '/v1/video/generations', { model: 'viduq1', prompt: 'x [flaky]' })
    ).json.id;
    const first = await call('GET', `/v1/video/generations/${id}`);
    const second = await call('GET', `/v1/video/generations/${id}`);
    const third = await call('GET', `/v1/video/generations/${id}`);
    expect([first.status, second.status, third.status]).toEqual([502, 429, 200]);
    expect(second.headers.get('retry-after')).toBe('0');
    expect(third.json.data.status).toBe('QUEUED');
  });

  it('[banned] is refused with HTTP 200 and a failing envelope code', async () => {
    const refused = await call('POST', '/v1/video/generations', {
      model: 'viduq1',
      prompt: 'x [banned]',
    });
    expect(refused).toMatchObject({
      status: 200,
      json: { code: 'sensitive_words_detected', data: null },
    });
  });

  it('[expired-url] succeeds but its CDN link answers 403; the content proxy still serves it', async () => {
    const { id } = await submitAndPoll('x [expired-url]');
    expect(
      (await call('GET', `/emulator/files/${id}.mp4`, undefined, { auth: false })).status,
    ).toBe(403);
    const proxied = await call('GET', `/v1/videos/${id}/content`);
    expect(proxied.status).toBe(200);
    expect(isMp4(proxied.bytes)).toBe(true);
  });
});

describe('Kling routes', () => {
  it('runs text-to-video with Kling’s poll body inside the TaskDto', async () => {
    const submit = await call('POST', '/kling/v1/videos/text2video', {
      model_name: 'kling-v2-1',
      prompt: 'x',
      duration: '5',
      aspect_ratio: '9:16',
    });
    expect(submit.json).toMatchObject({
      object: 'video',
      status: 'queued',
      model: 'kling-v2-1',
      size: '32x64',
      seconds: '5',
    });
    const id = submit.json.id;
    const answers = await pollUntil(
      () => call('GET', `/kling/v1/videos/text2video/${id}`),
      (answer) => answer.json.data.status === 'SUCCESS',
    );
    expect(answers[0]?.json.data.data.data.task_status).toBe('submitted');
    const last = answers.at(-1)?.json.data;
    expect(last.platform).toBe('50');
    expect(last.data).toMatchObject({
      code: 0,
      data: {
        task_status: 'succeed',
        task_result: { videos: [{ url: last.result_url, duration: '5' }] },
      },
    });
    // new-api finds a task by id on either status route.
    expect((await call('GET', `/kling/v1/videos/image2video/${id}`)).json.data.status).toBe(
      'SUCCESS',
    );
  });

  it('requires a prompt for text2video and an image for image2video', async () => {
    expect(
      (await call('POST', '/kling/v1/videos/text2video', { model_name: 'kling-v2-1' })).json
        .message,
    ).toBe('prompt is required');
    expect(
      (
        await call('POST', '/kling/v1/videos/image2video', {
          model_name: 'kling-v2-1',
          prompt: 'x',
        })
      ).json.message,
    ).toBe('image is required for image2video');
    const ok = await call('POST', '/kling/v1/videos/image2video', {
      model_name: 'kling-v2-1',
      image: 'aGVsbG8=',
    });
    expect(ok.status).toBe(200);
  });
});

describe('Jimeng route', () => {
  it('needs an Action, submits, and returns Jimeng’s result with image URLs', async () => {
    const missing = await call('POST', '/jimeng/', { req_key: 'jimeng_t2i_v40', prompt: 'x' });
    expect(missing).toMatchObject({
      status: 400,
      json: { message: 'Action query parameter is required' },
    });

    const submit = await call('POST', '/jimeng/?Action=CVSync2AsyncSubmitTask&Version=2022-08-31', {
      req_key: 'jimeng_t2i_v40',
      prompt: 'a tea house',
      width: 512,
      height: 1024,
    });
    const id = submit.json.id;
    expect(id).toMatch(/^task_/);
    const answers = await pollUntil(
      () =>
        call('POST', '/jimeng/?Action=CVSync2AsyncGetResult&Version=2022-08-31', {
          req_key: 'jimeng_t2i_v40',
          task_id: id,
          req_json: JSON.stringify({ return_url: true }),
        }),
      (answer) => answer.json.data.status === 'SUCCESS',
    );
    expect(answers[0]?.json.data.data.data.status).toBe('in_queue');
    const last = answers.at(-1)?.json.data;
    expect(last.data).toMatchObject({
      code: 10000,
      data: { status: 'done', image_urls: [last.result_url] },
    });
    const png = await call('GET', new URL(last.result_url).pathname, undefined, { auth: false });
    expect(isPng(png.bytes)).toBe(true);
  });
  it('returns the images inline (binary_data_base64) unless URLs are asked for', async () => {
    const id = (
      await call('POST', '/jimeng/?Action=CVSync2AsyncSubmitTask&Version=2022-08-31', {
        req_key: 'jimeng_t2i_v31',
        prompt: 'a bridge',
      })
    ).json.id;
    const answers = await pollUntil(
      () =>
        call('POST', '/jimeng/?Action=CVSync2AsyncGetResult', {
          req_key: 'jimeng_t2i_v31',
          task_id: id,
        }),
      (answer) => answer.json.data.status === 'SUCCESS',
    );
    const result = answers.at(-1)?.json.data.data.data;
    expect(result.image_urls).toBeNull();
    expect(isPng(Buffer.from(result.binary_data_base64[0], 'base64'))).toBe(true);
  });
});

describe('Midjourney routes', () => {
  it('imagines, advances SUBMITTED → IN_PROGRESS → SUCCESS, and serves the grid without auth', async () => {
    const submit = await call('POST', '/mj/submit/imagine', {
      prompt: 'a koi pond --ar 3:2',
      botType: 'MID_JOURNEY',
    });
    expect(submit.json).toMatchObject({ code: 1, description: 'Submit success' });
    const id = submit.json.result as string;
    expect(id).toMatch(/^\d{16,}$/);
    const answers = await pollUntil(
      () => call('GET', `/mj/task/${id}/fetch`),
      (answer) => answer.json.status === 'SUCCESS',
    );
    expect(answers[0]?.json).toMatchObject({
      status: 'SUBMITTED',
      progress: '10%',
      imageUrl: '',
      buttons: [],
    });
    const last = answers.at(-1)?.json;
    expect(last).toMatchObject({
      action: 'IMAGINE',
      status: 'SUCCESS',
      progress: '100%',
      imageUrl: `${emulator.url}/mj/image/${id}`,
    });
    expect(last.buttons.map((button: { label: string }) => button.label)).toContain('U1');
    const image = await call('GET', `/mj/image/${id}`, undefined, { auth: false });
    expect(image.status).toBe(200);
    expect(isPng(image.bytes)).toBe(true);
  });

  it('answers the proxy’s error shapes', async () => {
    expect(await call('POST', '/mj/submit/imagine', {})).toMatchObject({
      status: 400,
      json: { code: 4, description: 'prompt is required' },
    });
    expect(await call('POST', '/mj/submit/imagine', { prompt: 'x [banned]' })).toMatchObject({
      status: 200,
      json: { code: 24, result: null },
    });
    expect(await call('GET', '/mj/task/123/fetch')).toMatchObject({
      status: 400,
      json: { description: 'task_no_found' },
    });
  });
});

describe('POST /v1/images/generations', () => {
  it('returns n URL images by default and inline base64 on request', async () => {
    const urls = await call('POST', '/v1/images/generations', {
      model: 'gpt-image-1',
      prompt: 'x',
      n: 2,
      size: '1024x512',
    });
    expect(urls.json.data).toHaveLength(2);
    const png = await call('GET', new URL(urls.json.data[0].url).pathname, undefined, {
      auth: false,
    });
    expect(isPng(png.bytes)).toBe(true);
    expect(Buffer.from(png.bytes).readUInt32BE(16)).toBe(256); // IHDR width

    const inline = await call('POST', '/v1/images/generations', {
      model: 'gpt-image-1',
      prompt: 'x',
      response_format: 'b64_json',
    });
    expect(isPng(Buffer.from(inline.json.data[0].b64_json, 'base64'))).toBe(true);
    expect(inline.json.data[0]).not.toHaveProperty('url');
  });

  it('refuses a [fail] prompt and a missing prompt', async () => {
    expect(
      await call('POST', '/v1/images/generations', { model: 'gpt-image-1', prompt: 'no [fail]' }),
    ).toMatchObject({ status: 400, json: { error: { code: 'content_policy_violation' } } });
    expect(await call('POST', '/v1/images/generations', { model: 'gpt-image-1' })).toMatchObject({
      status: 400,
      json: { error: { message: 'prompt is required' } },
    });
  });
});
