import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { type CCAPIProvider, createCCAPI } from '../ccapi-provider';
import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import { CCAPITaskPollError } from '../tasks/ccapi-task-poll-error';
import type { CCAPITaskProgressEvent } from '../tasks/ccapi-task-progress-event';
import { CCAPIMusicNoResultError } from './ccapi-music-no-result-error';
import { generateLyrics } from './generate-lyrics';
import { generateMusic } from './generate-music';
import { getMusicStatus } from './get-music-status';
import { startMusic } from './start-music';

// The wire rules of ccapi-music-and-more.md §1–4 that the emulator does not produce on its own
// (every TaskDto status word, numeric progress and codes, in-band errors, base URL forms),
// driven through the public functions with a scripted CCAPI behind the provider's fetch.

const API_KEY = 'sk-wire-rules-secret-9876543210';
const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };
const TASK = 'task_7f11c4b772f44710ac0fae0d5b3dc4c1';
const UPSTREAM_UUID = 'ef74a9d9-6c9f-47aa-a771-1006e987e331';
const AUDIO = 'https://cdn.example/clips/b7555447.m4a';
// An ISO BMFF header (`ftypM4A `): bytes the audio detection reads as audio/mp4.
const M4A_BYTES = new Uint8Array([
  0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41, 0x20, 0, 0, 0, 0,
]);

interface ScriptedRequest {
  method: string;
  url: string;
  body: unknown;
  authorization: string | null;
}

type Answer = { status?: number; body?: unknown; text?: string; headers?: Record<string, string> };

/**
 * A provider whose requests are answered by `answer` (in order for each route: submit, the
 * status checks, then file downloads). Returns the provider and every request it sent.
 */
function scripted(
  answer: (request: ScriptedRequest, index: number) => Answer,
  baseURL = 'https://api.ccapi.ai/v1',
): { ccapi: CCAPIProvider; requests: ScriptedRequest[] } {
  const requests: ScriptedRequest[] = [];
  const ccapi = createCCAPI({
    baseURL,
    apiKey: API_KEY,
    fetch: async (input, init) => {
      const url = String(input);
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      const authorization = new Headers(init?.headers).get('authorization');
      const request = { method: init?.method ?? 'GET', url, body, authorization };
      requests.push(request);
      if (/\.(m4a|mp3|wav)$/.test(new URL(url).pathname)) {
        return new Response(M4A_BYTES, { status: 200, headers: { 'content-type': 'audio/mp4' } });
      }
      const reply = answer(request, requests.length - 1);
      const text = reply.text ?? JSON.stringify(reply.body);
      return new Response(text, {
        status: reply.status ?? 200,
        headers: { 'content-type': 'application/json', ...reply.headers },
      });
    },
  });
  return { ccapi, requests };
}

const submitted = (data: unknown = TASK, code: unknown = 'success'): Answer => ({
  body: { code, message: 'task completed successfully', data },
});
const fetched = (task: Record<string, unknown>, code: unknown = 'success'): Answer => ({
  body: { code, message: '', data: { task_id: TASK, platform: 'suno', action: 'MUSIC', ...task } },
});
const isSubmit = (request: ScriptedRequest) => request.url.includes('/submit/');

/** Answers the submit, then each status check with the next of `polls` (the last repeats). */
function sequence(polls: Answer[], submit: Answer = submitted()) {
  let poll = 0;
  return (request: ScriptedRequest): Answer =>
    isSubmit(request) ? submit : (polls[Math.min(poll++, polls.length - 1)] as Answer);
}

const classicClip = (audioUrl: string) => ({
  id: 'c1',
  title: 'Rain',
  status: 'complete',
  audio_url: audioUrl,
  image_url: 'https://cdn.example/c1.jpg',
  video_url: '',
  metadata: { tags: 'lo-fi', prompt: 'la', duration: 12.5 },
});

describe('TaskDto status words and progress (§1.5)', () => {
  it('keeps polling through every non-terminal word, reading "NN%" strings and numbers', async () => {
    const { ccapi, requests } = scripted(
      sequence([
        fetched({ status: '', progress: '' }),
        fetched({ status: 'NOT_START', progress: '0%' }),
        fetched({ status: 'SUBMITTED', progress: '10%' }),
        fetched({ status: 'QUEUED', progress: '20%' }),
        fetched({ status: 'UNKNOWN', progress: '20%' }),
        fetched({ status: 'IN_PROGRESS', progress: 30 }),
        fetched({ status: 'SOMETHING_NEW', progress: '55.5%' }),
        fetched({ status: 'SUCCESS', progress: '100%', data: [classicClip(AUDIO)] }),
      ]),
    );
    const events: CCAPITaskProgressEvent[] = [];
    const result = await generateMusic({
      model: ccapi.musicModel('suno'),
      prompt: 'rain',
      poll: FAST,
      onProgress: (event) => {
        events.push(event);
      },
    });
    expect(events.map((event) => [event.rawStatus, event.status, event.progress])).toEqual([
      [undefined, 'unknown', undefined],
      ['NOT_START', 'queued', 0],
      ['SUBMITTED', 'queued', 10],
      ['QUEUED', 'queued', 20],
      ['UNKNOWN', 'unknown', 20],
      ['IN_PROGRESS', 'running', 30],
      ['SOMETHING_NEW', 'unknown', 55.5],
      ['SUCCESS', 'succeeded', 100],
    ]);
    expect(result.tracks).toHaveLength(1);
    expect(result.tracks[0]?.audio.mediaType).toBe('audio/mp4');
    expect(requests.filter((request) => request.url.endsWith(`/suno/fetch/${TASK}`))).toHaveLength(
      8,
    );
  });

  it('reports the same words once through getMusicStatus: pending with the mapped status', async () => {
    for (const [status, taskStatus] of [
      ['', 'unknown'],
      ['NOT_START', 'queued'],
      ['SUBMITTED', 'queued'],
      ['QUEUED', 'queued'],
      ['IN_PROGRESS', 'running'],
      ['UNKNOWN', 'unknown'],
    ] as const) {
      const { ccapi } = scripted(() => fetched({ status, progress: 42 }));
      const answer = await getMusicStatus({ model: ccapi.musicModel('suno'), taskId: TASK });
      expect(answer, status).toMatchObject({ status: 'pending', taskStatus, progress: 42 });
    }
  });

  it('ends on FAILURE with fail_reason, without polling again', async () => {
    const { ccapi, requests } = scripted(
      sequence([
        fetched({ status: 'IN_PROGRESS', progress: '30%' }),
        fetched({ status: 'FAILURE', progress: '30%', fail_reason: 'insufficient credits' }),
      ]),
    );
    const error = await generateMusic({
      model: ccapi.musicModel('suno'),
      prompt: 'x',
      poll: FAST,
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskFailedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ failReason: 'insufficient credits', rawStatus: 'FAILURE' });
    expect(requests.filter((request) => !isSubmit(request))).toHaveLength(2);
  });
});

describe('envelope codes (§1.2, §1.6)', () => {
  it.each([
    ['success', 'success'],
    ['numeric 0', 0],
    ['numeric 200', 200],
  ])('reads a submit and a fetch envelope with code %s', async (_name, code) => {
    const { ccapi } = scripted(
      sequence(
        [fetched({ status: 'SUCCESS', result_url: AUDIO, data: [classicClip(AUDIO)] }, code)],
        submitted(TASK, code),
      ),
    );
    const started = await startMusic({ model: ccapi.musicModel('suno'), prompt: 'x' });
    expect(started.taskId).toBe(TASK);
    const status = await getMusicStatus({ model: ccapi.musicModel('suno'), taskId: TASK });
    expect(status.status).toBe('completed');
  });

  it('refuses an HTTP 200 submit whose code is not a success (string or number)', async () => {
    for (const code of ['sensitive_words_detected', 1, 500]) {
      const { ccapi } = scripted(() => ({
        body: { code, message: 'refused upstream', data: null },
      }));
      const error = await startMusic({
        model: ccapi.musicModel('suno'),
        prompt: 'x',
        maxRetries: 0,
      }).catch((caught: unknown) => caught);
      expect(APICallError.isInstance(error), String(code)).toBe(true);
      expect((error as APICallError).statusCode).toBe(200);
      expect((error as Error).message).toContain('refused upstream');
    }
  });

  it('refuses a submit envelope without a task id', async () => {
    const { ccapi } = scripted(() => submitted(''));
    const error = await startMusic({ model: ccapi.musicModel('suno'), prompt: 'x' }).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).name).toBe('AI_InvalidResponseDataError');
    expect((error as Error).message).toContain('carries no task id');
  });

  it('reads a status check answered HTTP 200 with a failing code, or with an OpenAI-style error', async () => {
    for (const body of [
      { code: 'task_not_exist', message: 'task_not_exist', data: null },
      { error: { message: 'Invalid token (request id: 1)', type: 'new_api_error', code: '' } },
    ]) {
      const { ccapi } = scripted(() => ({ body }));
      const error = await getMusicStatus({
        model: ccapi.musicModel('suno'),
        taskId: TASK,
        maxRetries: 0,
      }).catch((caught: unknown) => caught);
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(200);
      expect((error as APICallError).isRetryable).toBe(false);
      expect((error as Error).message).toMatch(new RegExp(`^Checking suno task ${TASK} failed: `));
    }
  });

  it.each([
    [
      'a 500 task envelope (upstream failure at submit)',
      500,
      { code: 'fail_to_fetch_task', message: 'upstream: suno is down', data: null },
      'upstream: suno is down',
      true,
    ],
    [
      'a 403 task envelope (balance)',
      403,
      {
        code: 'insufficient_user_quota',
        message: '用户额度不足, 剩余额度: ＄0.000000',
        data: null,
      },
      '用户额度不足',
      false,
    ],
    [
      'an OpenAI-style 401',
      401,
      { error: { message: 'Invalid token (request id: 2)', type: 'new_api_error', code: '' } },
      'CCAPI rejected the API key (401)',
      false,
    ],
    ['a plain-text 502', 502, 'Bad Gateway from the front proxy', 'Bad Gateway', true],
    ['an empty 429', 429, '', '429', true],
  ])(
    'turns %s into an APICallError that says what happened',
    async (_name, status, body, message, retryable) => {
      const { ccapi } = scripted(() =>
        typeof body === 'string' ? { status, text: body } : { status, body },
      );
      const error = await startMusic({
        model: ccapi.musicModel('producer'),
        prompt: 'x',
        maxRetries: 0,
      }).catch((caught: unknown) => caught);
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(status);
      expect((error as APICallError).isRetryable).toBe(retryable);
      expect((error as Error).message).toMatch(/^Submitting the producer MUSIC task failed: /);
      expect((error as Error).message).toContain(message);
    },
  );

  it('never shows the API key, even when CCAPI quotes it back', async () => {
    const quoting = () => ({
      status: 401,
      body: {
        error: {
          message: `[${API_KEY}] 该令牌额度已用尽 (token ${API_KEY})`,
          type: 'new_api_error',
        },
      },
    });
    const errors: unknown[] = [];
    const { ccapi } = scripted(quoting);
    errors.push(
      await generateMusic({ model: ccapi.musicModel('suno'), prompt: 'x', maxRetries: 0 }).catch(
        (caught: unknown) => caught,
      ),
      await getMusicStatus({
        model: ccapi.musicModel('suno'),
        taskId: TASK,
        maxRetries: 0,
      }).catch((caught: unknown) => caught),
      await getMusicStatus({
        model: ccapi.musicModel('suno'),
        taskIds: [TASK],
        maxRetries: 0,
      }).catch((caught: unknown) => caught),
    );
    for (const error of errors) {
      expect(APICallError.isInstance(error)).toBe(true);
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(API_KEY);
      expect(String((error as Error).message)).not.toContain(API_KEY);
    }
  });
});

describe('inner data shapes (§2.5, §2.6, §3.4)', () => {
  it('reads a Producer task from the running object to {clips}, polling only the task_… id', async () => {
    const running = {
      platform: 'producer',
      status: 'IN_PROGRESS',
      progress: '20%',
      data: { progress: '20%', status: 'IN_PROGRESS', task_id: UPSTREAM_UUID },
    };
    const finished = {
      platform: 'producer',
      status: 'SUCCESS',
      progress: '100%',
      result_url: AUDIO,
      data: {
        clips: [
          {
            clip_id: 'b7555447',
            state: 'completed',
            title: 'Weekend Morning',
            sound: 'warm acoustic pop',
            lyrics: 'sunlight on the window',
            image_url: 'https://cdn.example/cover.jpg',
            audio_url: AUDIO,
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
    const { ccapi, requests } = scripted(sequence([fetched(running), fetched(finished)]));
    const result = await generateMusic({
      model: ccapi.musicModel('producer'),
      prompt: 'weekend',
      poll: FAST,
    });
    expect(result.taskId).toBe(TASK);
    expect(result.tracks[0]).toMatchObject({
      clipId: 'b7555447',
      title: 'Weekend Morning',
      style: 'warm acoustic pop',
      lyrics: 'sunlight on the window',
      modelVersion: 'FUZZ-2.0',
      videoUrl: undefined,
      durationInSeconds: undefined,
      imageUrl: 'https://cdn.example/cover.jpg',
    });
    expect(requests.some((request) => request.url.includes(UPSTREAM_UUID))).toBe(false);
    expect(
      requests.filter((request) => request.url === `https://api.ccapi.ai/producer/fetch/${TASK}`),
    ).toHaveLength(2);
  });

  it.each([
    ['classic Suno clips', [classicClip(AUDIO)], 'Rain'],
    [
      'camelCase clips',
      [{ id: 'c1', audioUrl: AUDIO, imageUrl: '', title: 'Camel', tags: 'pop', duration: 30 }],
      'Camel',
    ],
    [
      'MusicAPI clips with state',
      [{ clip_id: 'm1', state: 'succeeded', title: 'Sonic', tags: 'jazz', audio_url: AUDIO }],
      'Sonic',
    ],
    [
      'one MusicAPI clip object',
      { clip_id: 'm1', state: 'succeeded', title: 'Single', audio_url: AUDIO },
      'Single',
    ],
  ])('reads %s into tracks', async (_name, data, title) => {
    const { ccapi } = scripted(sequence([fetched({ status: 'SUCCESS', data })]));
    const result = await generateMusic({
      model: ccapi.musicModel('suno'),
      prompt: 'x',
      poll: FAST,
    });
    expect(result.tracks.map((track) => track.title)).toEqual([title]);
    expect(result.tracks[0]?.audio.uint8Array).toEqual(M4A_BYTES);
  });

  it.each([
    ['classic clips with empty audio_url', [classicClip('')]],
    ['camelCase clips with only a stream URL', [{ id: 'c', audioUrl: '', streamAudioUrl: AUDIO }]],
    [
      'MusicAPI clips with a null audio_url',
      [{ clip_id: 'm', state: 'succeeded', audio_url: null }],
    ],
    ['Producer {clips} without audio', { clips: [{ clip_id: 'p', audio_url: null }] }],
    [
      'the Producer running object',
      { progress: '100%', status: 'SUCCESS', task_id: UPSTREAM_UUID },
    ],
    ['null', null],
  ])('treats SUCCESS with %s as an error, not an empty success', async (_name, data) => {
    const { ccapi } = scripted(sequence([fetched({ status: 'SUCCESS', data })]));
    const error = await generateMusic({
      model: ccapi.musicModel('suno'),
      prompt: 'x',
      poll: FAST,
    }).catch((caught: unknown) => caught);
    expect(CCAPIMusicNoResultError.isInstance(error)).toBe(true);
    const status = await getMusicStatus({ model: ccapi.musicModel('suno'), taskId: TASK });
    expect(status.status).toBe('error');
  });

  it('falls back to result_url when the clips carry no audio URL', async () => {
    const { ccapi } = scripted(
      sequence([fetched({ status: 'SUCCESS', result_url: AUDIO, data: [classicClip('')] })]),
    );
    const result = await generateMusic({
      model: ccapi.musicModel('suno'),
      prompt: 'x',
      poll: FAST,
    });
    expect(result.tracks.map((track) => [track.title, track.audio.url])).toEqual([['Rain', AUDIO]]);
  });

  it('reads the lyrics object of a LYRICS task', async () => {
    const { ccapi } = scripted(
      sequence([
        fetched({
          action: 'LYRICS',
          status: 'IN_PROGRESS',
          data: { id: 'l', text: '', title: '', status: 'running' },
        }),
        fetched({
          action: 'LYRICS',
          status: 'SUCCESS',
          data: { id: 'l', text: '[Verse]\nhello', title: 'Hello', status: 'complete' },
        }),
      ]),
    );
    const result = await generateLyrics({
      model: ccapi.musicModel('suno'),
      prompt: 'hi',
      poll: FAST,
    });
    expect([result.title, result.text]).toEqual(['Hello', '[Verse]\nhello']);
  });

  it("reads site A's per-item envelopes on the batch route, and its numeric-code single fetch", async () => {
    const item = (taskId: string, status: string, audioUrl = '') => ({
      taskId,
      status,
      action: 'MUSIC',
      audioUrl,
      videoUrl: '',
      stems: { vocalsUrl: '', instrumentalsUrl: '', drumsUrl: '', bassUrl: '' },
      lyrics: 'la',
      alignedLyrics: [{ time: 0, text: 'la' }],
      tags: 'pop',
      errorMessage: status === 'FAILED' ? 'no credits' : '',
    });
    const { ccapi, requests } = scripted((request) =>
      request.method === 'POST'
        ? {
            body: {
              code: 0,
              message: 'string',
              data: [
                { code: 0, message: '', data: item('task_a', 'SUCCESS', AUDIO) },
                { code: 0, message: '', data: item('task_b', 'PENDING') },
                { code: 0, message: '', data: item('task_c', 'FAILED') },
                { code: 404, message: 'task not found', data: null },
              ],
            },
          }
        : { body: { code: 0, message: 'success', data: item('task_b', 'PENDING') } },
    );
    const model = ccapi.musicModel('suno');
    const statuses = await getMusicStatus({
      model,
      taskIds: ['task_a', 'task_b', 'task_c', 'task_d'],
    });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://api.ccapi.ai/suno/fetch',
      body: { ids: ['task_a', 'task_b', 'task_c', 'task_d'] },
    });
    expect(statuses.map((status) => [status.taskId, status.status])).toEqual([
      ['task_a', 'completed'],
      ['task_b', 'pending'],
      ['task_c', 'error'],
      ['task_d', 'not-found'],
    ]);
    const [done, , failed, missing] = statuses;
    if (done?.status !== 'completed') throw new Error('expected completed');
    expect(done.tracks[0]).toMatchObject({
      alignedLyrics: [{ time: 0, text: 'la' }],
      style: 'pop',
    });
    expect(failed).toMatchObject({ failReason: 'no credits' });
    expect(missing).toMatchObject({ error: 'task not found (code 404)' });

    const single = await getMusicStatus({ model, taskId: 'task_b' });
    expect(single).toMatchObject({ status: 'pending', taskStatus: 'queued', rawStatus: 'PENDING' });
  });
});

describe('batch answers', () => {
  it('reads a batch answered with one task object instead of a list', async () => {
    const { ccapi } = scripted(() => fetched({ status: 'QUEUED', progress: '20%' }));
    const statuses = await getMusicStatus({
      model: ccapi.musicModel('suno'),
      taskIds: [TASK, 'task_other'],
    });
    expect(statuses.map((status) => [status.taskId, status.status])).toEqual([
      [TASK, 'pending'],
      ['task_other', 'not-found'],
    ]);
  });

  it('refuses a batch answer that holds no tasks at all', async () => {
    const { ccapi } = scripted(() => ({ body: { code: 'success', message: '', data: 'oops' } }));
    const error = await getMusicStatus({
      model: ccapi.musicModel('suno'),
      taskIds: [TASK],
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('without a list of tasks in data');
  });
});

describe('routes from every base URL form (§1.1)', () => {
  it.each([
    ['https://api.ccapi.ai', 'https://api.ccapi.ai'],
    ['https://api.ccapi.ai/', 'https://api.ccapi.ai'],
    ['https://api.ccapi.ai/v1', 'https://api.ccapi.ai'],
    ['https://api.ccapi.ai/v1/', 'https://api.ccapi.ai'],
    ['https://gateway.example/ccapi/v1', 'https://gateway.example/ccapi'],
    ['https://gateway.example/ccapi/', 'https://gateway.example/ccapi'],
  ])('%s → %s/{platform}/…', async (baseURL, root) => {
    const done = fetched({ status: 'SUCCESS', data: [classicClip('/files/c1.mp3')] });
    const { ccapi, requests } = scripted(
      (request) =>
        isSubmit(request)
          ? submitted()
          : request.method === 'POST'
            ? {
                body: {
                  code: 'success',
                  message: '',
                  data: [(done.body as { data: unknown }).data],
                },
              }
            : done,
      baseURL,
    );
    const model = ccapi.musicModel('suno');
    const result = await generateMusic({ model, prompt: 'x', poll: FAST });
    await getMusicStatus({ model, taskIds: [TASK], download: 'lazy' });
    await startMusic({ model: ccapi.musicModel('producer'), prompt: 'x' });
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST ${root}/suno/submit/MUSIC`,
      `GET ${root}/suno/fetch/${TASK}`,
      `GET ${root}/files/c1.mp3`,
      `POST ${root}/suno/fetch`,
      `POST ${root}/producer/submit/MUSIC`,
    ]);
    expect(result.tracks[0]?.audio.url).toBe(`${root}/files/c1.mp3`);
  });

  it("sends the key to CCAPI's routes and files, never to a CDN's audio URL", async () => {
    const { ccapi, requests } = scripted(
      sequence([
        fetched({
          status: 'SUCCESS',
          data: [classicClip(AUDIO), { ...classicClip('/files/c2.mp3'), id: 'c2' }],
        }),
      ]),
    );
    await generateMusic({ model: ccapi.musicModel('suno'), prompt: 'x', poll: FAST });
    expect(requests.map((request) => [request.url, request.authorization])).toEqual([
      ['https://api.ccapi.ai/suno/submit/MUSIC', `Bearer ${API_KEY}`],
      [`https://api.ccapi.ai/suno/fetch/${TASK}`, `Bearer ${API_KEY}`],
      [AUDIO, null],
      ['https://api.ccapi.ai/files/c2.mp3', `Bearer ${API_KEY}`],
    ]);
  });

  it('uses https://api.ccapi.ai when no baseURL is set', async () => {
    const requests: string[] = [];
    const ccapi = createCCAPI({
      apiKey: API_KEY,
      fetch: async (input) => {
        requests.push(String(input));
        return new Response(JSON.stringify(submitted().body), { status: 200 });
      },
    });
    await startMusic({ model: ccapi.musicModel('suno'), prompt: 'x' });
    expect(requests).toEqual(['https://api.ccapi.ai/suno/submit/MUSIC']);
  });

  it('escapes a task id so it stays one path segment', async () => {
    const { ccapi, requests } = scripted(() => fetched({ status: 'QUEUED' }));
    await getMusicStatus({ model: ccapi.musicModel('suno'), taskId: 'task_a/../../v1/models' });
    expect(requests[0]?.url).toBe('https://api.ccapi.ai/suno/fetch/task_a%2F..%2F..%2Fv1%2Fmodels');
  });
});

describe('checks that keep failing', () => {
  it('wraps a status route that answers 400 task_not_exist in CCAPITaskPollError', async () => {
    const { ccapi } = scripted(
      sequence([
        { status: 400, body: { code: 'task_not_exist', message: 'task_not_exist', data: null } },
      ]),
    );
    const error = await generateMusic({
      model: ccapi.musicModel('suno'),
      providerOptions: { ccapi: { taskId: TASK } },
      poll: FAST,
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`CCAPI has no suno task '${TASK}'`);
  });
});
