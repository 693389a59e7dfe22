import { type RecordedRequest, type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CCAPIProvider } from '../../src/ccapi-provider';
import { CCAPITaskFailedError } from '../../src/tasks/ccapi-task-failed-error';
import type { CCAPITaskProgressEvent } from '../../src/tasks/ccapi-task-progress-event';
import { inspectMp4, inspectPng } from '../inspect-test-media';
import { CONFORMANCE_AI_SDKS, type ConformanceAISdk } from './conformance-ai-sdks';

// The task engine's shortest wait between polls.
const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };
const SPOKEN = 'The quick brown fox. It jumps over the lazy dog.';

/**
 * The media models through each AI SDK major's own functions (`embed`, `embedMany`, image,
 * speech, transcription and video generation, `rerank`) against the emulator: the same requests reach
 * CCAPI and the same results, warnings and typed errors come back on AI SDK 6 and 7. The
 * per-model test files cover every backend and option on AI SDK 7; this suite is what both
 * majors must agree on.
 */
export function runMediaConformance(): void {
  for (const sdk of CONFORMANCE_AI_SDKS) runMediaConformanceOn(sdk);
}

function runMediaConformanceOn(sdk: ConformanceAISdk): void {
  describe(`media conformance on ${sdk.name}`, () => {
    let emulator: RunningEmulator;
    let ccapi: CCAPIProvider;
    beforeAll(async () => {
      emulator = await startEmulator();
      ccapi = sdk.createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
    });
    afterAll(() => emulator.close());
    beforeEach(() => {
      emulator.requests.length = 0;
    });
    const requestsTo = (pattern: RegExp, method = 'POST') =>
      emulator.requests.filter(
        (request) => pattern.test(request.path) && request.method === method,
      );

    it('embed: sets the vector size, reports usage and sends the OpenAI body', async () => {
      const result = await sdk.embed({
        model: ccapi.embeddingModel('text-embedding-3-small'),
        value: 'sunny day at the beach',
        ...sdk.dimensionsSettings(16),
      });
      expect(result.embedding).toHaveLength(16);
      expect(result.usage).toEqual({ tokens: 6 });
      expect(result.providerMetadata).toEqual({ ccapi: { model: 'text-embedding-3-small' } });
      expect(requestsTo(/^\/v1\/embeddings$/)[0]?.body).toEqual({
        model: 'text-embedding-3-small',
        input: ['sunny day at the beach'],
        encoding_format: 'float',
        dimensions: 16,
      });
    });

    it('embedMany: one vector per value, in order, the same as embed gives', async () => {
      const values = Array.from({ length: 5 }, (_, index) => `note ${index}`);
      const { embeddings } = await sdk.embedMany({
        model: ccapi.embeddingModel('text-embedding-3-small'),
        values,
      });
      expect(embeddings).toHaveLength(5);
      const single = await sdk.embed({
        model: ccapi.embeddingModel('text-embedding-3-small'),
        value: 'note 3',
      });
      expect(embeddings[3]).toEqual(single.embedding);
    });

    it('embed: a rejected key is a non-retryable APICallError of the AI SDK in use', async () => {
      const error = await sdk
        .embed({
          model: sdk
            .createCCAPI({ baseURL: emulator.baseURL, apiKey: 'sk-wrong-key-000000' })
            .embeddingModel('text-embedding-3-small'),
          value: 'x',
          maxRetries: 0,
        })
        .catch((caught: unknown) => caught);
      expect(sdk.APICallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
      expect(String((error as Error).message)).not.toContain('sk-wrong-key-000000');
    });

    it('image (pay-per-image): n images in one request, downloaded to bytes', async () => {
      const result = await sdk.generateImage({
        model: ccapi.imageModel('gpt-image-1'),
        prompt: 'a lighthouse',
        n: 2,
        size: '512x256',
      });
      expect(requestsTo(/^\/v1\/images\/generations$/).map((request) => request.body)).toEqual([
        { model: 'gpt-image-1', prompt: 'a lighthouse', n: 2, size: '512x256' },
      ]);
      expect(result.images.map((image) => inspectPng(image.uint8Array))).toEqual([
        { width: 256, height: 128 },
        { width: 256, height: 128 },
      ]);
      expect(result.warnings).toEqual([]);
    });

    it('image (nano banana, Gemini-native): aspect ratio and options, unsupported size warned', async () => {
      const result = await sdk.generateImage({
        model: ccapi.imageModel('gemini-2.5-flash-image'),
        prompt: 'a blue paper airplane',
        aspectRatio: '16:9',
        size: '1024x1024',
        providerOptions: { ccapi: { imageSize: '2K' } },
      });
      expect(requestsTo(/:generateContent$/)[0]?.body).toMatchObject({
        generationConfig: { imageConfig: { aspectRatio: '16:9', imageSize: '2K' } },
      });
      expect(result.image.mediaType).toBe('image/png');
      expect(inspectPng(result.image.uint8Array)).toEqual({ width: 128, height: 72 });
      expect(result.warnings).toEqual([
        expect.objectContaining({ type: 'unsupported', feature: 'size' }),
      ]);
    });

    it('image (Jimeng task): polls with progress, and a failed task is CCAPITaskFailedError', async () => {
      const events: CCAPITaskProgressEvent[] = [];
      const model = ccapi.imageModel('jimeng_t2i_v40').withSettings({
        ...FAST,
        onProgress: (event) => {
          events.push(event);
        },
      });
      const result = await sdk.generateImage({ model, prompt: 'a tea house', size: '1024x512' });
      expect(inspectPng(result.image.uint8Array)).toEqual({ width: 256, height: 128 });
      expect(events.at(-1)).toMatchObject({ status: 'succeeded', progress: 100 });

      const error = await sdk
        .generateImage({ model, prompt: 'nope [fail]' })
        .catch((caught: unknown) => caught);
      expect(CCAPITaskFailedError.isInstance(error)).toBe(true);
    });

    it('speech: WAV bytes, the OpenAI speech body, and warnings for what the route ignores', async () => {
      const result = await sdk.generateSpeech({
        model: ccapi.speechModel('tts-1'),
        text: SPOKEN,
        voice: 'nova',
        outputFormat: 'wav',
        language: 'de',
      });
      expect(result.audio.mediaType).toBe('audio/wav');
      expect(new TextDecoder().decode(result.audio.uint8Array.slice(0, 4))).toBe('RIFF');
      expect(requestsTo(/^\/v1\/audio\/speech$/)[0]?.body).toEqual({
        model: 'tts-1',
        input: SPOKEN,
        voice: 'nova',
        response_format: 'wav',
      });
      expect(result.warnings.map((warning) => 'feature' in warning && warning.feature)).toEqual([
        'language',
      ]);
    });

    it('transcription: text, timed segments, language, duration, and word timings on request', async () => {
      const speech = await sdk.generateSpeech({
        model: ccapi.speechModel('tts-1'),
        text: SPOKEN,
        outputFormat: 'wav',
      });
      emulator.requests.length = 0;
      const result = await sdk.transcribe({
        model: ccapi.transcriptionModel('whisper-1'),
        audio: speech.audio.uint8Array,
        providerOptions: { ccapi: { timestampGranularities: ['segment', 'word'] } },
      });
      expect(result.text).toBe(SPOKEN);
      expect(result.segments.map((segment) => segment.text)).toEqual([
        'The quick brown fox.',
        'It jumps over the lazy dog.',
      ]);
      expect(result.language).toBe('en');
      expect(result.durationInSeconds).toBeCloseTo(SPOKEN.length * 0.06, 2);
      const form = await formOf(requestsTo(/^\/v1\/audio\/transcriptions$/)[0]);
      expect(form.getAll('timestamp_granularities[]')).toEqual(['segment', 'word']);
    });

    it('video (Kling task): submits, polls with progress, downloads MP4 bytes, resumes by task id', async () => {
      const events: CCAPITaskProgressEvent[] = [];
      const model = ccapi.videoModel('kling-v2-1').withSettings({
        ...FAST,
        onProgress: (event) => {
          events.push(event);
        },
      });
      const result = await sdk.generateVideo({ model, prompt: 'a paper boat', duration: 5 });
      expect(result.videos).toHaveLength(1);
      expect(result.video.mediaType).toBe('video/mp4');
      expect(inspectMp4(result.video.uint8Array).brand).toBe('isom');
      const metadata = result.providerMetadata.ccapi as { taskId: string; route: string };
      expect(metadata.route).toBe('kling-text2video');
      expect(events.at(-1)).toMatchObject({ status: 'succeeded', taskId: metadata.taskId });
      expect(requestsTo(/^\/kling\/v1\/videos\/text2video$/)).toHaveLength(1);

      const resumed = await sdk.generateVideo({
        model,
        prompt: 'a paper boat',
        providerOptions: { ccapi: { taskId: metadata.taskId } },
      });
      expect(requestsTo(/^\/kling\/v1\/videos\/text2video$/)).toHaveLength(1);
      expect(resumed.video.uint8Array).toEqual(result.video.uint8Array);
    });

    const RERANK_DOCUMENTS = [
      'quarterly tax filing deadlines',
      'a sunny beach',
      'sunny beach holidays with the family',
    ];

    it('rerank: string documents by relevance, topN as top_n, usage and the request id', async () => {
      const result = await sdk.rerank({
        model: ccapi.rerankingModel('jina-reranker-v2-base-multilingual'),
        documents: RERANK_DOCUMENTS,
        query: 'sunny beach',
        topN: 2,
      });
      expect(result.ranking.map((item) => item.originalIndex)).toEqual([1, 2]);
      expect(result.rerankedDocuments).toEqual([RERANK_DOCUMENTS[1], RERANK_DOCUMENTS[2]]);
      expect(result.ranking[0]?.score).toBeGreaterThan(result.ranking[1]?.score ?? 1);
      expect(result.providerMetadata?.ccapi).toMatchObject({
        usage: { promptTokens: expect.any(Number), totalTokens: expect.any(Number) },
        requestId: expect.any(String),
      });
      expect(result.response.modelId).toBe('jina-reranker-v2-base-multilingual');
      expect(requestsTo(/^\/v1\/rerank$/).map((request) => request.body)).toEqual([
        {
          model: 'jina-reranker-v2-base-multilingual',
          query: 'sunny beach',
          documents: RERANK_DOCUMENTS,
          top_n: 2,
          return_documents: false,
        },
      ]);
    });

    it('rerank: object documents go as JSON text, with a compatibility warning to the AI SDK', async () => {
      const emails = [
        { subject: 'Invoice', body: 'your quarterly tax invoice' },
        { subject: 'Holiday', body: 'photos from the sunny beach' },
      ];
      const warnings: unknown[] = [];
      const originalLogger = globalThis.AI_SDK_LOG_WARNINGS;
      globalThis.AI_SDK_LOG_WARNINGS = (options: { warnings: readonly unknown[] }) =>
        warnings.push(...options.warnings);
      try {
        const result = await sdk.rerank({
          model: ccapi.rerankingModel('rerank-v3.5'),
          documents: emails,
          query: 'beach photos',
        });
        expect(result.rerankedDocuments[0]).toBe(emails[1]);
      } finally {
        globalThis.AI_SDK_LOG_WARNINGS = originalLogger;
      }
      expect(requestsTo(/^\/v1\/rerank$/)[0]?.body).toMatchObject({
        documents: emails.map((email) => JSON.stringify(email)),
      });
      expect(warnings).toEqual([
        expect.objectContaining({ type: 'compatibility', feature: 'object documents' }),
      ]);
    });

    it('rerank: a misspelt provider option is an InvalidArgumentError naming the accepted ones', async () => {
      const error = await sdk
        .rerank({
          model: ccapi.rerankingModel('rerank-v3.5'),
          documents: RERANK_DOCUMENTS,
          query: 'x',
          providerOptions: { ccapi: { returnDocument: true } },
        })
        .catch((caught: unknown) => caught);
      expect(sdk.InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/Supported options: returnDocuments/);
      expect(requestsTo(/^\/v1\/rerank$/)).toEqual([]);
    });
  });
}

async function formOf(request: RecordedRequest | undefined): Promise<FormData> {
  return new Response(new Uint8Array(request?.rawBody ?? []), {
    headers: { 'content-type': String(request?.headers['content-type']) },
  }).formData();
}
