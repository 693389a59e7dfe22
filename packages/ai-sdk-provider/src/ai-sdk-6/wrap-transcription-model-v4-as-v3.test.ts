import type { TranscriptionModelV4 } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { wrapTranscriptionModelV4AsV3 } from './wrap-transcription-model-v4-as-v3';

const timestamp = new Date(0);
const fake = (result: Partial<Awaited<ReturnType<TranscriptionModelV4['doGenerate']>>>) => {
  const calls: unknown[] = [];
  const model: TranscriptionModelV4 = {
    specificationVersion: 'v4',
    provider: 'ccapi.transcription',
    modelId: 'whisper-1',
    async doGenerate(options) {
      calls.push(options);
      return {
        text: 'hello',
        segments: [{ text: 'hello', startSecond: 0, endSecond: 1 }],
        language: 'en',
        durationInSeconds: 1,
        warnings: [],
        response: { timestamp, modelId: 'whisper-1' },
        ...result,
      };
    },
  };
  return { model, calls };
};

describe('wrapTranscriptionModelV4AsV3', () => {
  it('keeps V4 words and usage, which V3 results lack, in providerMetadata.ccapi', async () => {
    const { model, calls } = fake({
      words: [{ text: 'hello', startSecond: 0, endSecond: 0.5 }],
      usage: { type: 'duration', seconds: 1 },
      providerMetadata: { ccapi: { task: 'transcribe' } },
      warnings: [{ type: 'deprecated', setting: 'x', message: 'y' }],
    });
    const wrapped = wrapTranscriptionModelV4AsV3(model);
    expect(wrapped).toMatchObject({
      specificationVersion: 'v3',
      provider: 'ccapi.transcription',
      modelId: 'whisper-1',
    });
    const audio = Uint8Array.from([1, 2]);
    const options = {
      audio,
      mediaType: 'audio/wav',
      providerOptions: { ccapi: { timestampGranularities: ['word'] } },
    };
    const result = await wrapped.doGenerate(options);
    expect(calls).toEqual([options]);
    expect(result).toEqual({
      text: 'hello',
      segments: [{ text: 'hello', startSecond: 0, endSecond: 1 }],
      language: 'en',
      durationInSeconds: 1,
      warnings: [{ type: 'other', message: 'x is deprecated: y' }],
      response: { timestamp, modelId: 'whisper-1' },
      providerMetadata: {
        ccapi: {
          task: 'transcribe',
          words: [{ text: 'hello', startSecond: 0, endSecond: 0.5 }],
          usage: { type: 'duration', seconds: 1 },
        },
      },
    });
  });

  it('leaves provider metadata alone when there is nothing V4-only to keep', async () => {
    const result = await wrapTranscriptionModelV4AsV3(fake({}).model).doGenerate({
      audio: 'AAAA',
      mediaType: 'audio/wav',
    });
    expect(result).not.toHaveProperty('providerMetadata');
    expect(result).not.toHaveProperty('words');
  });
});
