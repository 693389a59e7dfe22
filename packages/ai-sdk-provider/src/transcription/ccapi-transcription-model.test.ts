import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { type RecordedRequest, type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { transcribe } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCCAPI } from '../ccapi-provider';

const SPOKEN = 'The quick brown fox. It jumps over the lazy dog.';

let emulator: RunningEmulator;
let speech: Uint8Array;

beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
  // Speech from the emulator carries its text, so transcribing it gives the text back.
  const response = await fetch(`${emulator.baseURL}/audio/speech`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'tts-1', input: SPOKEN, voice: 'alloy', response_format: 'wav' }),
  });
  speech = new Uint8Array(await response.arrayBuffer());
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const audioRequests = () =>
  emulator.requests.filter((request) => request.path.startsWith('/v1/audio/'));

async function formOf(request: RecordedRequest | undefined): Promise<FormData> {
  const contentType = String(request?.headers['content-type']);
  return new Response(new Uint8Array(request?.rawBody ?? []), {
    headers: { 'content-type': contentType },
  }).formData();
}

describe('CCAPITranscriptionModel through transcribe()', () => {
  it('asks for verbose_json and returns text, timed segments, language and duration', async () => {
    const result = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
    });

    expect(result.text).toBe(SPOKEN);
    expect(result.segments.map((segment) => segment.text)).toEqual([
      'The quick brown fox.',
      'It jumps over the lazy dog.',
    ]);
    expect(result.segments[0]?.startSecond).toBe(0);
    expect(result.segments[0]?.endSecond).toBe(result.segments[1]?.startSecond);
    expect(result.durationInSeconds).toBeCloseTo(SPOKEN.length * 0.06, 2);
    expect(result.segments[1]?.endSecond).toBeCloseTo(result.durationInSeconds ?? 0, 2);
    expect(result.language).toBe('en');
    expect(result.providerMetadata).toEqual({
      ccapi: { task: 'transcribe', responseFormat: 'verbose_json' },
    });

    const [request] = audioRequests();
    expect(request?.path).toBe('/v1/audio/transcriptions');
    expect(request?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    const form = await formOf(request);
    expect(form.get('model')).toBe('whisper-1');
    expect(form.get('response_format')).toBe('verbose_json');
    expect(form.has('timestamp_granularities[]')).toBe(false);
    const file = form.get('file') as File;
    expect(file.name).toBe('audio.wav');
    expect(file.type).toBe('audio/wav');
    expect(file.size).toBe(speech.byteLength);
  });

  it('returns word timings and keeps segments when words are asked for', async () => {
    const result = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
      timestampGranularities: ['word'],
    });

    expect(result.segments).toHaveLength(2);
    expect(result.words?.map((word) => word.text)).toEqual(SPOKEN.replace(/\./g, '').split(' '));
    expect(result.words?.every((word) => word.endSecond > word.startSecond)).toBe(true);
    expect((await formOf(audioRequests()[0])).getAll('timestamp_granularities[]')).toEqual([
      'segment',
      'word',
    ]);
  });

  it('forwards language, prompt and temperature, and takes base64 audio', async () => {
    await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: Buffer.from(speech).toString('base64'),
      providerOptions: { ccapi: { language: 'EN', prompt: 'Fox, dog.', temperature: 0.2 } },
    });
    const form = await formOf(audioRequests()[0]);
    expect(form.get('language')).toBe('en');
    expect(form.get('prompt')).toBe('Fox, dog.');
    expect(form.get('temperature')).toBe('0.2');
  });

  it.each([
    ['srt', 2],
    ['vtt', 2],
    ['text', 0],
    ['json', 0],
  ] as const)('handles responseFormat %s (%i segments)', async (responseFormat, segmentCount) => {
    const result = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
      providerOptions: { ccapi: { responseFormat } },
    });
    expect(result.text).toBe(SPOKEN);
    expect(result.segments).toHaveLength(segmentCount);
    if (segmentCount > 0) {
      expect(result.segments[0]).toEqual({
        text: 'The quick brown fox.',
        startSecond: 0,
        endSecond: expect.any(Number),
      });
    }
    expect((await formOf(audioRequests()[0])).get('response_format')).toBe(responseFormat);
  });

  it('does not send timestamps a format cannot return, and warns', async () => {
    const result = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
      timestampGranularities: ['word'],
      providerOptions: { ccapi: { responseFormat: 'json' } },
    });
    expect(result.text).toBe(SPOKEN);
    expect(result.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'timestampGranularities' }),
    ]);
    expect((await formOf(audioRequests()[0])).has('timestamp_granularities[]')).toBe(false);
  });

  it('uses json for gpt-4o transcribe models, which have no verbose_json', async () => {
    await transcribe({
      model: provider().transcriptionModel('gpt-4o-mini-transcribe'),
      audio: speech,
    });
    expect((await formOf(audioRequests()[0])).get('response_format')).toBe('json');
  });

  it("translates with task 'translate' and drops the input language with a warning", async () => {
    const result = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
      providerOptions: { ccapi: { task: 'translate', language: 'de' } },
    });

    expect(audioRequests()[0]?.path).toBe('/v1/audio/translations');
    expect((await formOf(audioRequests()[0])).has('language')).toBe(false);
    expect(result.text).toBe(SPOKEN);
    expect(result.language).toBe('en');
    expect(result.segments).toHaveLength(2);
    expect(result.warnings).toEqual([
      expect.objectContaining({ feature: 'providerOptions.ccapi.language' }),
    ]);
  });
});

describe('CCAPITranscriptionModel errors', () => {
  it.each([
    [{ responseFormat: 'xml' }, 'responseFormat'],
    [{ temperature: 2 }, 'temperature'],
    [{ language: 'english' }, 'ISO-639-1'],
    [{ task: 'summarize' }, 'task'],
    [{ granularity: 'word' }, 'granularity'],
  ])('rejects providerOptions.ccapi %j with InvalidArgumentError', async (ccapi, expected) => {
    const error = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
      providerOptions: { ccapi },
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(expected);
    expect(audioRequests()).toHaveLength(0);
  });

  it('rejects empty audio', async () => {
    const error = await transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: new Uint8Array(),
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('empty');
  });

  it('reports gateway failures as APICallError (401 not retryable, 500 retryable)', async () => {
    const unauthorized = await transcribe({
      model: createCCAPI({
        baseURL: emulator.baseURL,
        apiKey: 'sk-wrong-key-000000',
      }).transcriptionModel('whisper-1'),
      audio: speech,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect((unauthorized as APICallError).statusCode).toBe(401);
    expect((unauthorized as APICallError).isRetryable).toBe(false);

    const failed = await transcribe({
      model: provider().transcriptionModel('whisper-1~fault:server-error'),
      audio: speech,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(failed)).toBe(true);
    expect((failed as APICallError).statusCode).toBe(500);
    expect((failed as APICallError).isRetryable).toBe(true);
  });

  it('aborts an in-flight upload', async () => {
    const controller = new AbortController();
    const pending = transcribe({
      model: provider().transcriptionModel('whisper-1'),
      audio: speech,
      abortSignal: controller.signal,
      headers: { 'x-emulator-fault': 'stall' },
    });
    await vi.waitFor(() => expect(audioRequests()).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
