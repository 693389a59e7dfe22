/**
 * Issue 9, defect 2: web pages accepted as results.
 *
 * Symptom: an HTML page with status 200 (the gateway's web UI, served for paths it does not know,
 * i.e. a wrong base URL) came back as MP3 audio from the speech model and as the transcript from
 * the transcription model.
 * Cause: each route checked the body type on its own, and these two did not.
 * Expected: every route rejects a 2xx HTML page with an `APICallError` that says the base URL is
 * probably wrong, before it reads the body as its result.
 */
import { APICallError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import {
  embed,
  experimental_generateSpeech,
  experimental_generateVideo,
  experimental_transcribe,
  generateImage,
  generateText,
  streamText,
} from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCCAPI } from '../../src';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const ccapi = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const headers = { 'x-emulator-fault': 'html' };
const wav = new Uint8Array([82, 73, 70, 70, 0, 0, 0, 0, 87, 65, 86, 69]);

describe('a 2xx HTML page is rejected on every route', () => {
  it.each([
    [
      'chat (generate)',
      () => generateText({ model: ccapi().chat('gpt-4o'), prompt: 'x', headers }),
    ],
    [
      'chat (stream)',
      async () => {
        const result = streamText({
          model: ccapi().chat('gpt-4o'),
          prompt: 'x',
          headers,
          maxRetries: 0,
          onError: () => {},
        });
        for await (const part of result.fullStream) if (part.type === 'error') throw part.error;
      },
    ],
    [
      'messages',
      () => generateText({ model: ccapi().messages('claude-sonnet-4-6'), prompt: 'x', headers }),
    ],
    [
      'gemini',
      () => generateText({ model: ccapi().gemini('gemini-2.5-flash'), prompt: 'x', headers }),
    ],
    [
      'responses',
      () => generateText({ model: ccapi().responses('gpt-4.1'), prompt: 'x', headers }),
    ],
    [
      'embedding',
      () => embed({ model: ccapi().embeddingModel('text-embedding-3-small'), value: 'x', headers }),
    ],
    [
      'speech',
      () =>
        experimental_generateSpeech({ model: ccapi().speechModel('tts-1'), text: 'x', headers }),
    ],
    [
      'transcription',
      () =>
        experimental_transcribe({
          model: ccapi().transcriptionModel('whisper-1'),
          audio: wav,
          headers,
        }),
    ],
    [
      'image',
      () => generateImage({ model: ccapi().imageModel('gpt-image-1'), prompt: 'x', headers }),
    ],
    [
      'video',
      () =>
        experimental_generateVideo({
          model: ccapi().videoModel('bytedance/seedance-2.0'),
          prompt: 'x',
          headers,
        }),
    ],
    ['moderation', () => ccapi().moderate({ input: 'x', headers })],
  ] as Array<[string, () => PromiseLike<unknown>]>)('%s', async (_route, run) => {
    const error = await Promise.resolve()
      .then(() => run())
      .then(
        (value) => ({ unexpected: value }),
        (caught: unknown) => caught,
      );
    const apiError = (
      APICallError.isInstance(error) ? error : (error as { lastError?: unknown }).lastError
    ) as APICallError;
    expect(APICallError.isInstance(apiError), String(error)).toBe(true);
    expect(apiError.message).toMatch(/HTML page .*base URL is probably wrong/);
    expect(apiError.isRetryable).toBe(false);
  });
});
