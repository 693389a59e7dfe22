import type { SpeechModelV4 } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { wrapSpeechModelV4AsV3 } from './wrap-speech-model-v4-as-v3';

describe('wrapSpeechModelV4AsV3', () => {
  it('passes the call through and keeps V4 usage in providerMetadata.ccapi', async () => {
    const timestamp = new Date(0);
    const calls: unknown[] = [];
    const model: SpeechModelV4 = {
      specificationVersion: 'v4',
      provider: 'ccapi.speech',
      modelId: 'tts-1',
      async doGenerate(options) {
        calls.push(options);
        return {
          audio: Uint8Array.from([1]),
          usage: { characters: 5 },
          warnings: [{ type: 'unsupported', feature: 'language' }],
          response: { timestamp, modelId: 'tts-1' },
        };
      },
    };
    const wrapped = wrapSpeechModelV4AsV3(model);
    expect(wrapped.specificationVersion).toBe('v3');
    const options = { text: 'hello', voice: 'alloy', outputFormat: 'wav', language: 'de' };
    expect(await wrapped.doGenerate(options)).toEqual({
      audio: Uint8Array.from([1]),
      warnings: [{ type: 'unsupported', feature: 'language' }],
      response: { timestamp, modelId: 'tts-1' },
      providerMetadata: { ccapi: { usage: { characters: 5 } } },
    });
    expect(calls).toEqual([options]);
  });
});
