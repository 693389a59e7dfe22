import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import {
  experimental_generateVideo as generateVideo,
  experimental_getVideoStatus as getVideoStatus,
  experimental_startVideo as startVideo,
} from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspectMp4 } from '../../test/inspect-test-media';
import { createCCAPI } from '../ccapi-provider';
import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import { CCAPITaskPollError } from '../tasks/ccapi-task-poll-error';
import type { CCAPITaskProgressEvent } from '../tasks/ccapi-task-progress-event';
import { CCAPITaskTimeoutError } from '../tasks/ccapi-task-timeout-error';

// A 1×1 PNG, as a user would pass a first frame.
const PNG_1X1 = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
    'base64',
  ),
);
const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };

let emulator: RunningEmulator;
let ccapi: ReturnType<typeof createCCAPI>;
// Tasks that take 250 ms, so intermediate states are seen however busy the machine is.
let slowEmulator: RunningEmulator;
let slowCCAPI: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  emulator = await startEmulator();
  ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
  slowEmulator = await startEmulator({ taskDurationMs: 250 });
  slowCCAPI = createCCAPI({ baseURL: slowEmulator.baseURL, apiKey: slowEmulator.apiKey });
});
afterAll(async () => {
  await emulator.close();
  await slowEmulator.close();
});
beforeEach(() => {
  emulator.requests.length = 0;
});

const requestsTo = (pattern: RegExp, method?: string) =>
  emulator.requests.filter(
    (request) => pattern.test(request.path) && (method == null || request.method === method),
  );

describe('CCAPIVideoModel on the generic route (POST /v1/video/generations)', () => {
  it('generates a Seedance video and returns MP4 bytes that decode', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('bytedance/seedance-2.0'),
      prompt: 'a paper boat on a river',
      aspectRatio: '9:16',
      resolution: '720x1280',
      duration: 2,
      seed: 7,
      generateAudio: true,
      providerOptions: {
        ccapi: { ...FAST, negativePrompt: 'blur', metadata: { watermark: false } },
      },
    });

    expect(requestsTo(/^\/v1\/video\/generations$/, 'POST')[0]?.body).toEqual({
      model: 'bytedance/seedance-2.0',
      prompt: 'a paper boat on a river',
      size: '720x1280',
      duration: 2,
      metadata: {
        aspect_ratio: '9:16',
        seed: 7,
        generate_audio: true,
        negative_prompt: 'blur',
        watermark: false,
      },
    });
    expect(result.warnings).toEqual([]);
    expect(result.video.mediaType).toBe('video/mp4');
    expect(inspectMp4(result.video.uint8Array)).toEqual({
      brand: 'isom',
      width: 32,
      height: 64,
      frames: 16,
      seconds: 2,
    });
    const metadata = result.providerMetadata.ccapi as Record<string, unknown>;
    expect(metadata).toMatchObject({
      route: 'generations',
      status: 'succeeded',
      rawStatus: 'SUCCESS',
      progress: 100,
      source: 'result-url',
    });
    expect(metadata.taskId).toMatch(/^task_[A-Za-z0-9]{32}$/);
    expect(metadata.videoUrl).toBe(`${emulator.url}/emulator/files/${metadata.taskId}.mp4`);
    expect(requestsTo(new RegExp(`^/v1/video/generations/${metadata.taskId}$`), 'GET').length).toBe(
      metadata.pollCount,
    );
  });

  it('downloads a Sora video through the content proxy and sends its seconds', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('sora-2'),
      prompt: 'a red kite',
      duration: 4,
      providerOptions: { ccapi: FAST },
    });
    const body = requestsTo(/^\/v1\/video\/generations$/, 'POST')[0]?.body as Record<
      string,
      unknown
    >;
    expect(body.seconds).toBe('4');
    expect(body.duration).toBe(4);
    const metadata = result.providerMetadata.ccapi as Record<string, unknown>;
    expect(metadata).toMatchObject({
      rawStatus: 'completed',
      source: 'content-proxy',
      videoUrl: null,
    });
    const content = requestsTo(new RegExp(`^/v1/videos/${metadata.taskId}/content$`), 'GET');
    expect(content).toHaveLength(1);
    expect(content[0]?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(inspectMp4(result.video.uint8Array).seconds).toBe(4);
  });

  it('reads the Veo live poll shape ({code, data:{status, url}})', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('veo-3.1'),
      prompt: 'waves at dusk',
      providerOptions: { ccapi: FAST },
    });
    expect(result.providerMetadata.ccapi).toMatchObject({
      rawStatus: 'succeeded',
      source: 'result-url',
    });
    expect(inspectMp4(result.video.uint8Array).brand).toBe('isom');
  });

  it('reports the server status and percentage after every poll', async () => {
    const events: CCAPITaskProgressEvent[] = [];
    const model = slowCCAPI.videoModel('viduq1').withSettings({
      onProgress: (event) => {
        events.push(event);
      },
    });
    const result = await generateVideo({
      model,
      prompt: 'a fox',
      providerOptions: { ccapi: { pollIntervalMs: 20, maxPollIntervalMs: 40 } },
    });

    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.some((event) => event.status === 'running')).toBe(true);
    expect(events[0]).toMatchObject({
      status: 'queued',
      rawStatus: 'QUEUED',
      progress: 10,
      pollCount: 1,
    });
    expect(events.at(-1)).toMatchObject({
      status: 'succeeded',
      rawStatus: 'SUCCESS',
      progress: 100,
    });
    const percentages = events.map((event) => event.progress ?? 0);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    expect(new Set(events.map((event) => event.taskId))).toEqual(
      new Set([(result.providerMetadata.ccapi as { taskId: string }).taskId]),
    );
  });

  it('warns about settings the route cannot take, and still generates', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'a fox',
      fps: 24,
      duration: 2.4,
      inputReferences: [PNG_1X1],
      providerOptions: { ccapi: { ...FAST, cfgScale: 0.5 } },
    });
    expect(
      result.warnings.map((warning) => ('feature' in warning ? warning.feature : warning.type)),
    ).toEqual(['inputReferences', 'fps', 'duration', 'providerOptions.ccapi.cfgScale']);
    expect(requestsTo(/^\/v1\/video\/generations$/, 'POST')[0]?.body).toMatchObject({
      duration: 2,
    });
    expect(result.videos).toHaveLength(1);
  });

  it('sends first and last frames as image and images[] data URLs', async () => {
    await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: { image: PNG_1X1, text: 'zoom out' },
      frameImages: [
        { image: PNG_1X1, frameType: 'first_frame' },
        { image: 'https://example.com/last.png', frameType: 'last_frame' },
      ],
      providerOptions: { ccapi: FAST },
    });
    const body = requestsTo(/^\/v1\/video\/generations$/, 'POST')[0]?.body as Record<
      string,
      unknown
    >;
    const dataUrl = `data:image/png;base64,${Buffer.from(PNG_1X1).toString('base64')}`;
    expect(body.image).toBe(dataUrl);
    expect(body.images).toEqual([dataUrl, 'https://example.com/last.png']);
  });

  it('falls back to the content proxy when the result URL has expired', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'a lantern [expired-url]',
      providerOptions: { ccapi: FAST },
    });
    const metadata = result.providerMetadata.ccapi as { taskId: string; source: string };
    expect(metadata.source).toBe('content-proxy');
    expect(requestsTo(new RegExp(`^/emulator/files/${metadata.taskId}\\.mp4$`))).toHaveLength(1);
    expect(requestsTo(new RegExp(`^/v1/videos/${metadata.taskId}/content$`))).toHaveLength(1);
    expect(inspectMp4(result.video.uint8Array).frames).toBeGreaterThan(0);
  });

  it('refuses a result URL on a private host it was not configured for, using the content proxy', async () => {
    // CCAPI configured as http://localhost:PORT while task URLs name http://127.0.0.1:PORT: a
    // loopback URL from a response body on another origin is never fetched.
    const viaLocalhost = createCCAPI({
      baseURL: emulator.baseURL.replace('127.0.0.1', 'localhost'),
      apiKey: emulator.apiKey,
    });
    const result = await generateVideo({
      model: viaLocalhost.videoModel('viduq1'),
      prompt: 'a lantern',
      providerOptions: { ccapi: FAST },
    });
    const metadata = result.providerMetadata.ccapi as { taskId: string; source: string };
    expect(metadata.source).toBe('content-proxy');
    expect(requestsTo(/^\/emulator\/files\//)).toHaveLength(0);
    expect(inspectMp4(result.video.uint8Array).frames).toBeGreaterThan(0);
  });

  it('rides out transient status failures (502, then 429 with Retry-After)', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'a heron [flaky]',
      providerOptions: { ccapi: FAST },
    });
    const taskId = (result.providerMetadata.ccapi as { taskId: string }).taskId;
    const polls = requestsTo(new RegExp(`^/v1/video/generations/${taskId}$`), 'GET');
    // Two failed polls, retried by p-retry, plus the ones that answered.
    expect(polls.length).toBe(
      (result.providerMetadata.ccapi as { pollCount: number }).pollCount + 2,
    );
    expect(result.video.mediaType).toBe('video/mp4');
  });
});

describe('CCAPIVideoModel on Kling routes', () => {
  it('sends text-to-video in Kling’s own body and warns about what Kling lacks', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('kling-v2-1'),
      prompt: 'a lighthouse in a storm',
      aspectRatio: '1:1',
      duration: 10,
      seed: 3,
      resolution: '1920x1080',
      providerOptions: {
        ccapi: {
          ...FAST,
          cfgScale: 0.7,
          mode: 'pro',
          negativePrompt: 'text',
          cameraControl: { type: 'simple', config: { zoom: 5 } },
        },
      },
    });
    expect(requestsTo(/^\/kling\/v1\/videos\/text2video$/, 'POST')[0]?.body).toEqual({
      model: 'kling-v2-1',
      model_name: 'kling-v2-1',
      prompt: 'a lighthouse in a storm',
      negative_prompt: 'text',
      cfg_scale: 0.7,
      mode: 'pro',
      duration: '10',
      aspect_ratio: '1:1',
      camera_control: { type: 'simple', config: { zoom: 5 } },
    });
    expect(result.warnings.map((warning) => ('feature' in warning ? warning.feature : ''))).toEqual(
      ['resolution', 'seed'],
    );
    const metadata = result.providerMetadata.ccapi as { taskId: string; route: string };
    expect(metadata.route).toBe('kling-text2video');
    expect(
      requestsTo(new RegExp(`^/kling/v1/videos/text2video/${metadata.taskId}$`), 'GET').length,
    ).toBeGreaterThan(0);
    expect(inspectMp4(result.video.uint8Array)).toMatchObject({
      width: 64,
      height: 64,
      seconds: 10,
    });
  });

  it('sends image-to-video with bare base64 frames (image, image_tail)', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('kuaishou/kling-3.0'),
      prompt: { image: PNG_1X1 },
      frameImages: [{ image: 'https://example.com/end.png', frameType: 'last_frame' }],
      aspectRatio: 'adaptive',
      providerOptions: { ccapi: FAST },
    });
    const body = requestsTo(/^\/kling\/v1\/videos\/image2video$/, 'POST')[0]?.body as Record<
      string,
      unknown
    >;
    expect(body.image).toBe(Buffer.from(PNG_1X1).toString('base64'));
    expect(body.image_tail).toBe('https://example.com/end.png');
    expect(body).not.toHaveProperty('prompt');
    expect(body).not.toHaveProperty('aspect_ratio');
    expect(result.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'aspectRatio' }),
    ]);
    expect(result.providerMetadata.ccapi).toMatchObject({
      route: 'kling-image2video',
      status: 'succeeded',
    });
  });
});

describe('CCAPIVideoModel failures, cancellation, timeouts and resuming', () => {
  it('throws CCAPITaskFailedError with the upstream reason, without submitting twice', async () => {
    const error = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'something [fail]',
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskFailedError.isInstance(error)).toBe(true);
    const failed = error as CCAPITaskFailedError;
    expect(failed.failReason).toContain('flagged by content moderation');
    expect(failed.taskId).toMatch(/^task_/);
    expect(requestsTo(/^\/v1\/video\/generations$/, 'POST')).toHaveLength(1);
  });

  it('turns an HTTP-200 refusal envelope into an APICallError', async () => {
    const error = await generateVideo({
      model: ccapi.videoModel('kling-v2-1'),
      prompt: 'forbidden [banned]',
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.statusCode).toBe(200);
    expect(apiError.isRetryable).toBe(false);
    expect(apiError.message).toContain('refused the task (code "sensitive_words_detected")');
  });

  it('stops polling at once when aborted mid-poll', async () => {
    const controller = new AbortController();
    const model = ccapi.videoModel('viduq1').withSettings({ onProgress: () => controller.abort() });
    const error = await generateVideo({
      model,
      prompt: 'never ends [slow]',
      abortSignal: controller.signal,
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    const pollsAtAbort = requestsTo(/^\/v1\/video\/generations\/task_/, 'GET').length;
    expect(pollsAtAbort).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(requestsTo(/^\/v1\/video\/generations\/task_/, 'GET')).toHaveLength(pollsAtAbort);
  });

  it('times out with the task id, then resumes that task without submitting again', async () => {
    const longEmulator = await startEmulator({ taskDurationMs: 400 });
    try {
      const long = createCCAPI({ baseURL: longEmulator.baseURL, apiKey: longEmulator.apiKey });
      const error = await generateVideo({
        model: long.videoModel('viduq1'),
        prompt: 'a slow sunrise',
        providerOptions: { ccapi: { ...FAST, timeoutMs: 80 } },
      }).catch((caught: unknown) => caught);
      expect(CCAPITaskTimeoutError.isInstance(error)).toBe(true);
      const timeout = error as CCAPITaskTimeoutError;
      expect(timeout.timeoutMs).toBe(80);
      expect(timeout.lastStatus).toMatch(/queued|running/);

      const resumed = await generateVideo({
        model: long.videoModel('viduq1'),
        prompt: 'a slow sunrise',
        providerOptions: { ccapi: { ...FAST, taskId: timeout.taskId } },
      });
      expect((resumed.providerMetadata.ccapi as { taskId: string }).taskId).toBe(timeout.taskId);
      expect(inspectMp4(resumed.video.uint8Array).frames).toBeGreaterThan(0);
      expect(longEmulator.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    } finally {
      await longEmulator.close();
    }
  });
});

describe('CCAPIVideoModel when the finished video cannot be downloaded', () => {
  it('throws CCAPITaskPollError (not retried, so no second task), then resumes to download', async () => {
    // A fetch on which every download fails, as behind a broken proxy.
    const brokenDownloads = createCCAPI({
      baseURL: emulator.baseURL,
      apiKey: emulator.apiKey,
      fetch: async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (/\/content$|\/emulator\/files\//.test(url))
          return new Response('bad gateway', { status: 502 });
        return fetch(input, init);
      },
    });
    const error = await generateVideo({
      model: brokenDownloads.videoModel('viduq1'),
      prompt: 'a heron',
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    const pollError = error as CCAPITaskPollError;
    expect(pollError.stage).toBe('download');
    expect(pollError.statusCode).toBe(502);
    expect(requestsTo(/^\/v1\/video\/generations$/, 'POST')).toHaveLength(1);

    const resumed = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'a heron',
      providerOptions: { ccapi: { ...FAST, taskId: pollError.taskId } },
    });
    expect(inspectMp4(resumed.video.uint8Array).frames).toBeGreaterThan(0);
    expect(requestsTo(/^\/v1\/video\/generations$/, 'POST')).toHaveLength(1);
  });
});

describe('CCAPIVideoModel start/status (experimental_startVideo / experimental_getVideoStatus)', () => {
  it('starts a task, reports it pending, then completed with the video', async () => {
    const model = slowCCAPI.videoModel('kling-v2-1');
    const started = await startVideo({ model, prompt: 'a tram at night' });
    expect(started.operation).toEqual({
      taskId: expect.stringMatching(/^task_/),
      route: 'kling-text2video',
    });
    expect(started.providerMetadata?.ccapi).toMatchObject({ status: 'queued', progress: 0 });

    const first = await getVideoStatus(model, { operation: started.operation });
    expect(first.status).toBe('pending');
    expect(first.providerMetadata?.ccapi).toMatchObject({ status: 'queued', progress: 10 });

    let status = first;
    for (let attempt = 0; attempt < 100 && status.status === 'pending'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await getVideoStatus(model, { operation: started.operation });
    }
    expect(status.status).toBe('completed');
    if (status.status !== 'completed') return;
    const video = status.videos[0];
    expect(video?.type).toBe('binary');
    if (video?.type !== 'binary') return;
    expect(video.mediaType).toBe('video/mp4');
    expect(inspectMp4(video.data).brand).toBe('isom');
    expect(status.providerMetadata?.ccapi).toMatchObject({ status: 'succeeded', progress: 100 });
  });

  it('reports a failed task as status error with the reason', async () => {
    const model = ccapi.videoModel('viduq1');
    const started = await startVideo({ model, prompt: 'doomed [fail]' });
    let status = await getVideoStatus(model, { operation: started.operation });
    for (let attempt = 0; attempt < 100 && status.status === 'pending'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await getVideoStatus(model, { operation: started.operation });
    }
    expect(status.status).toBe('error');
    if (status.status === 'error') expect(status.error).toContain('flagged by content moderation');
  });

  it('lets experimental_generateVideo({ poll }) drive the start/status flow', async () => {
    const result = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'a kite',
      poll: { intervalMs: 10, timeoutMs: 5_000 },
    });
    expect(inspectMp4(result.video.uint8Array).frames).toBeGreaterThan(0);
    expect(result.providerMetadata.ccapi).toMatchObject({ status: 'succeeded' });
  });

  it('rejects an operation that did not come from startVideo', async () => {
    await expect(
      getVideoStatus(ccapi.videoModel('viduq1'), { operation: { id: 'x' } }),
    ).rejects.toSatisfy(
      (error) =>
        InvalidArgumentError.isInstance(error) &&
        /Not a CCAPI video operation/.test((error as Error).message),
    );
  });
});

describe('CCAPIVideoModel input validation', () => {
  it('names an unknown providerOptions field and sends nothing', async () => {
    const error = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: 'x',
      providerOptions: { ccapi: { pollInterval: 10 } },
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /Invalid providerOptions\.ccapi for model 'viduq1'.*pollInterval/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('rejects bad withSettings values', () => {
    expect(() => ccapi.videoModel('viduq1').withSettings({ pollIntervalMs: -1 })).toThrow(
      /Invalid settings for CCAPI model 'viduq1': pollIntervalMs/,
    );
  });

  it('needs a text prompt on the generic route', async () => {
    const error = await generateVideo({
      model: ccapi.videoModel('viduq1'),
      prompt: { image: PNG_1X1 },
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('requires a text prompt');
    expect(emulator.requests).toHaveLength(0);
  });

  it('refuses taskId on startVideo, which always submits', async () => {
    await expect(
      startVideo({
        model: ccapi.videoModel('viduq1'),
        prompt: 'x',
        providerOptions: { ccapi: { taskId: 'task_x' } },
      }),
    ).rejects.toSatisfy((error) => InvalidArgumentError.isInstance(error));
  });

  it('keeps the API key out of an authentication error', async () => {
    const key = 'sk-wrong-key-0123456789';
    const wrong = createCCAPI({ baseURL: emulator.baseURL, apiKey: key });
    const error = await generateVideo({
      model: wrong.videoModel('viduq1'),
      prompt: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect(
      JSON.stringify({
        message: (error as Error).message,
        body: (error as APICallError).responseBody,
      }),
    ).not.toContain(key);
  });
});
