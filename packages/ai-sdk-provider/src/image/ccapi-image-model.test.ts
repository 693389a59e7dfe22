import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { DownloadError } from '@ai-sdk/provider-utils';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateImage } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspectPng } from '../../test/inspect-test-media';
import { createCCAPI } from '../ccapi-provider';
import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import type { CCAPITaskProgressEvent } from '../tasks/ccapi-task-progress-event';
import { CCAPITaskTimeoutError } from '../tasks/ccapi-task-timeout-error';
import type { CCAPIImageModel } from './ccapi-image-model';

const PNG_1X1 = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
    'base64',
  ),
);
const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };

let emulator: RunningEmulator;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  emulator = await startEmulator();
  ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const requestsTo = (pattern: RegExp, method?: string) =>
  emulator.requests.filter(
    (request) => pattern.test(request.path) && (method == null || request.method === method),
  );
const imageModel = (id: string) => ccapi.imageModel(id) as CCAPIImageModel;

describe('CCAPIImageModel: nano banana on the Gemini-native route', () => {
  it('asks for TEXT and IMAGE with imageConfig and x-goog-api-key, and decodes inlineData', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('gemini-2.5-flash-image'),
      prompt: 'a blue paper airplane',
      aspectRatio: '16:9',
      seed: 11,
      providerOptions: { ccapi: { imageSize: '2K' } },
    });
    const [request] = requestsTo(
      /^\/v1beta\/models\/gemini-2\.5-flash-image:generateContent$/,
      'POST',
    );
    expect(request?.headers['x-goog-api-key']).toBe(emulator.apiKey);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'a blue paper airplane' }] }],
      generationConfig: {
        responseModalities: ['TEXT', 'IMAGE'],
        imageConfig: { aspectRatio: '16:9', imageSize: '2K' },
        seed: 11,
      },
    });
    expect(result.warnings).toEqual([]);
    expect(result.image.mediaType).toBe('image/png');
    expect(inspectPng(result.image.uint8Array)).toEqual({ width: 128, height: 72 });
    expect(result.images[0]?.providerMetadata?.ccapi).toEqual({ mediaType: 'image/png' });
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it('edits: sends input images as inlineData, and keeps provider-prefixed ids in the path', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('google/nano-banana'),
      prompt: { text: 'make it night', images: [PNG_1X1] },
      size: '1024x1024',
    });
    const [request] = requestsTo(/:generateContent$/, 'POST');
    expect(request?.path).toBe('/v1beta/models/google/nano-banana:generateContent');
    expect(request?.body).toMatchObject({
      contents: [
        {
          role: 'user',
          parts: [
            { text: 'make it night' },
            {
              inlineData: { mimeType: 'image/png', data: Buffer.from(PNG_1X1).toString('base64') },
            },
          ],
        },
      ],
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'size' }),
    ]);
    expect(inspectPng(result.image.uint8Array).width).toBe(128);
  });
});

describe('CCAPIImageModel: pay-per-image (POST /v1/images/generations)', () => {
  it('downloads URL results to bytes, n images in one request', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('gpt-image-1'),
      prompt: 'a lighthouse',
      n: 3,
      size: '512x256',
    });
    const posts = requestsTo(/^\/v1\/images\/generations$/, 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({
      model: 'gpt-image-1',
      prompt: 'a lighthouse',
      n: 3,
      size: '512x256',
    });
    expect(result.images).toHaveLength(3);
    for (const image of result.images)
      expect(inspectPng(image.uint8Array)).toEqual({ width: 256, height: 128 });
    expect(requestsTo(/^\/emulator\/files\/img_/, 'GET')).toHaveLength(3);
    expect(result.providerMetadata.ccapi?.images[0]).toMatchObject({
      revisedPrompt: 'a lighthouse (emulated)',
      url: expect.stringMatching(/\/emulator\/files\/img_.*\.png$/),
    });
  });

  it('uses b64_json results as they are, and sends the aspect ratio', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('seedream-4.0'),
      prompt: 'dunes',
      aspectRatio: '1:2',
      providerOptions: { ccapi: { responseFormat: 'b64_json', extraBody: { quality: 'hd' } } },
    });
    expect(requestsTo(/^\/v1\/images\/generations$/, 'POST')[0]?.body).toEqual({
      model: 'seedream-4.0',
      prompt: 'dunes',
      n: 1,
      aspect_ratio: '1:2',
      response_format: 'b64_json',
      quality: 'hd',
    });
    expect(requestsTo(/^\/emulator\/files\//)).toHaveLength(0);
    expect(inspectPng(result.image.uint8Array)).toEqual({ width: 128, height: 256 });
  });

  it('warns that it takes no seed and no input images', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('dall-e-3'),
      prompt: { text: 'a cat', images: [PNG_1X1] },
      seed: 1,
    });
    expect(result.warnings.map((warning) => ('feature' in warning ? warning.feature : ''))).toEqual(
      ['seed', 'files'],
    );
  });

  it('sends a nano banana id here when providerOptions.ccapi.api is "images"', async () => {
    await generateImage({
      model: ccapi.imageModel('nano-banana'),
      prompt: 'a cat',
      providerOptions: { ccapi: { api: 'images' } },
    });
    expect(requestsTo(/^\/v1\/images\/generations$/, 'POST')).toHaveLength(1);
    expect(requestsTo(/generateContent/)).toHaveLength(0);
  });

  it('surfaces a content-policy refusal as an APICallError with CCAPI’s message', async () => {
    const error = await generateImage({
      model: ccapi.imageModel('dall-e-3'),
      prompt: 'forbidden [fail]',
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as Error).message).toContain('rejected as a result of our safety system');
  });
});

describe('CCAPIImageModel: Jimeng task', () => {
  it('submits with req_key and pixel size, polls CVSync2AsyncGetResult, and downloads the PNG', async () => {
    const events: CCAPITaskProgressEvent[] = [];
    const result = await generateImage({
      model: imageModel('jimeng_t2i_v40').withSettings({
        onProgress: (event) => {
          events.push(event);
        },
      }),
      prompt: 'a tea house',
      size: '1024x512',
      seed: 5,
      providerOptions: { ccapi: FAST },
    });
    const submit = requestsTo(/^\/jimeng\/$/, 'POST').filter(
      (request) => request.query.Action === 'CVSync2AsyncSubmitTask',
    );
    expect(submit).toHaveLength(1);
    expect(submit[0]?.query.Version).toBe('2022-08-31');
    expect(submit[0]?.body).toEqual({
      req_key: 'jimeng_t2i_v40',
      prompt: 'a tea house',
      width: 1024,
      height: 512,
      seed: 5,
    });
    const metadata = result.images[0]?.providerMetadata?.ccapi as { taskId: string };
    const polls = requestsTo(/^\/jimeng\/$/, 'POST').filter(
      (request) => request.query.Action === 'CVSync2AsyncGetResult',
    );
    expect(polls.length).toBeGreaterThanOrEqual(1);
    expect(polls[0]?.body).toMatchObject({ req_key: 'jimeng_t2i_v40', task_id: metadata.taskId });
    expect(inspectPng(result.image.uint8Array)).toEqual({ width: 256, height: 128 });
    expect(events.at(-1)).toMatchObject({
      status: 'succeeded',
      progress: 100,
      taskId: metadata.taskId,
    });
  });

  it('turns an aspect ratio into Jimeng’s pixel size with a compatibility warning', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('jimeng_t2i_v31'),
      prompt: 'a bridge',
      aspectRatio: '16:9',
      providerOptions: { ccapi: FAST },
    });
    expect(requestsTo(/^\/jimeng\/$/, 'POST')[0]?.body).toMatchObject({
      width: 1768,
      height: 1000,
    });
    expect(result.warnings).toEqual([
      {
        type: 'compatibility',
        feature: 'aspectRatio',
        details: 'Jimeng takes a pixel size; aspect ratio 16:9 was sent as 1768x1000.',
      },
    ]);
  });

  it('throws CCAPITaskFailedError when the task fails', async () => {
    const error = await generateImage({
      model: ccapi.imageModel('jimeng_t2i_v40'),
      prompt: 'nope [fail]',
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect(CCAPITaskFailedError.isInstance(error)).toBe(true);
    expect((error as CCAPITaskFailedError).failReason).toContain('content moderation');
  });

  it('times out, then resumes the same task by id', async () => {
    const slowEmulator = await startEmulator({ taskDurationMs: 300 });
    try {
      const slow = createCCAPI({ baseURL: slowEmulator.baseURL, apiKey: slowEmulator.apiKey });
      const error = await generateImage({
        model: slow.imageModel('jimeng_t2i_v40'),
        prompt: 'a slow tea house',
        providerOptions: { ccapi: { ...FAST, timeoutMs: 60 } },
      }).catch((caught: unknown) => caught);
      expect(CCAPITaskTimeoutError.isInstance(error)).toBe(true);
      const { taskId } = error as CCAPITaskTimeoutError;

      const resumed = await generateImage({
        model: slow.imageModel('jimeng_t2i_v40'),
        prompt: 'a slow tea house',
        providerOptions: { ccapi: { ...FAST, taskId } },
      });
      expect(resumed.images[0]?.providerMetadata?.ccapi).toMatchObject({ taskId });
      expect(inspectPng(resumed.image.uint8Array).width).toBeGreaterThan(0);
      const submits = slowEmulator.requests.filter(
        (request) => request.query.Action === 'CVSync2AsyncSubmitTask',
      );
      expect(submits).toHaveLength(1);
    } finally {
      await slowEmulator.close();
    }
  });
});

describe('CCAPIImageModel: Midjourney imagine task', () => {
  it('adds --ar and --seed, polls the task, downloads the grid and exposes the buttons', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('midjourney'),
      prompt: 'a koi pond',
      aspectRatio: '3:2',
      seed: 42,
      providerOptions: { ccapi: { ...FAST, extraBody: { state: 'order-7' } } },
    });
    expect(requestsTo(/^\/mj\/submit\/imagine$/, 'POST')[0]?.body).toEqual({
      prompt: 'a koi pond --ar 3:2 --seed 42',
      botType: 'MID_JOURNEY',
      state: 'order-7',
    });
    const metadata = result.images[0]?.providerMetadata?.ccapi as {
      taskId: string;
      imageUrl: string;
      buttons: Array<{ customId: string; label: string }>;
    };
    expect(metadata.imageUrl).toBe(`${emulator.url}/mj/image/${metadata.taskId}`);
    expect(metadata.buttons.map((button) => button.label)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      '',
      'V1',
      'V2',
      'V3',
      'V4',
    ]);
    expect(metadata.buttons[0]?.customId).toMatch(/^MJ::JOB::upsample::1::/);
    expect(
      requestsTo(new RegExp(`^/mj/task/${metadata.taskId}/fetch$`), 'GET').length,
    ).toBeGreaterThanOrEqual(1);
    expect(inspectPng(result.image.uint8Array)).toEqual({ width: 128, height: 128 });
  });

  it('keeps flags already in the prompt, picks Niji for niji ids, and sends images', async () => {
    await generateImage({
      model: ccapi.imageModel('niji-journey'),
      prompt: { text: 'a fox --ar 1:1', images: [PNG_1X1, 'https://example.com/ref.png'] },
      aspectRatio: '16:9',
      providerOptions: { ccapi: FAST },
    });
    expect(requestsTo(/^\/mj\/submit\/imagine$/, 'POST')[0]?.body).toEqual({
      prompt: 'https://example.com/ref.png a fox --ar 1:1',
      botType: 'NIJI_JOURNEY',
      base64Array: [`data:image/png;base64,${Buffer.from(PNG_1X1).toString('base64')}`],
    });
  });

  it('reports an HTTP-200 refusal (code 24) as an APICallError with a hint', async () => {
    const error = await generateImage({
      model: ccapi.imageModel('midjourney'),
      prompt: 'rude words [banned]',
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(200);
    expect((error as Error).message).toMatch(
      /Midjourney refused the imagine task \(code 24\).*rephrase/,
    );
  });

  it('stops polling when aborted', async () => {
    const controller = new AbortController();
    const error = await generateImage({
      model: imageModel('midjourney').withSettings({ onProgress: () => controller.abort() }),
      prompt: 'endless [slow]',
      abortSignal: controller.signal,
      providerOptions: { ccapi: FAST },
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(requestsTo(/^\/mj\/task\/.*\/fetch$/)).toHaveLength(1);
  });

  it('rides out a flaky status route', async () => {
    const result = await generateImage({
      model: ccapi.imageModel('midjourney'),
      prompt: 'a crane [flaky]',
      providerOptions: { ccapi: FAST },
    });
    expect(inspectPng(result.image.uint8Array).width).toBe(128);
  });
});

describe('CCAPIImageModel result URLs on hosts it must not fetch', () => {
  // CCAPI configured as http://localhost:PORT while result URLs name http://127.0.0.1:PORT.
  const viaLocalhost = () =>
    createCCAPI({
      baseURL: emulator.baseURL.replace('127.0.0.1', 'localhost'),
      apiKey: emulator.apiKey,
    });

  it('Midjourney falls back to CCAPI’s /mj/image/{id} proxy on the configured origin', async () => {
    const result = await generateImage({
      model: viaLocalhost().imageModel('midjourney'),
      prompt: 'a pagoda',
      providerOptions: { ccapi: FAST },
    });
    const taskId = String(result.images[0]?.providerMetadata?.ccapi?.taskId);
    expect(requestsTo(new RegExp(`^/mj/image/${taskId}$`), 'GET')).toHaveLength(1);
    expect(inspectPng(result.image.uint8Array).width).toBe(128);
  });

  it('pay-per-image refuses the URL (no proxy exists) with a DownloadError', async () => {
    const error = await generateImage({
      model: viaLocalhost().imageModel('gpt-image-1'),
      prompt: 'a pagoda',
    }).catch((caught: unknown) => caught);
    expect(DownloadError.isInstance(error)).toBe(true);
    expect(requestsTo(/^\/emulator\/files\//)).toHaveLength(0);
  });

  it('Jimeng needs no download: its images come inline', async () => {
    const result = await generateImage({
      model: viaLocalhost().imageModel('jimeng_t2i_v40'),
      prompt: 'a pagoda',
      providerOptions: { ccapi: FAST },
    });
    expect(result.images[0]?.providerMetadata?.ccapi).toMatchObject({ url: null });
    expect(inspectPng(result.image.uint8Array).width).toBe(128);
  });
});

describe('CCAPIImageModel routing and validation', () => {
  it('describes what each backend can do', () => {
    expect(imageModel('gemini-3-pro-image-preview')).toMatchObject({
      maxImagesPerCall: 1,
      supportsFileInputs: true,
      supportsMaskInputs: false,
      provider: 'ccapi.image',
    });
    expect(imageModel('gpt-image-1')).toMatchObject({
      maxImagesPerCall: 10,
      supportsFileInputs: false,
    });
    expect(imageModel('jimeng_t2i_v40').maxImagesPerCall).toBe(1);
  });

  it('rejects unknown options and a missing prompt before sending anything', async () => {
    await expect(
      generateImage({
        model: ccapi.imageModel('gpt-image-1'),
        prompt: 'x',
        providerOptions: { ccapi: { imageSize: '8K' } },
      }),
    ).rejects.toSatisfy(
      (error) =>
        InvalidArgumentError.isInstance(error) && /imageSize/.test((error as Error).message),
    );
    await expect(
      generateImage({ model: ccapi.imageModel('midjourney'), prompt: '  ' }),
    ).rejects.toSatisfy(
      (error) =>
        InvalidArgumentError.isInstance(error) &&
        /needs a text prompt/.test((error as Error).message),
    );
    expect(emulator.requests).toHaveLength(0);
  });
});
