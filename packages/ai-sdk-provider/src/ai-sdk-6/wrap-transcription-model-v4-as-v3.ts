import type { TranscriptionModelV4 } from '@ai-sdk/provider';
import type { TranscriptionModelV3, TranscriptionModelV3CallOptions } from '@ai-sdk/provider-v3';
import { convertV4JSONObjectToV3 } from './convert-v4-json-to-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';
import { moveToCCAPIMetadata } from './move-to-ccapi-metadata';

/**
 * A CCAPI transcription model for AI SDK 6 (`experimental_transcribe`). V3 calls have no
 * `timestampGranularities`: AI SDK 6 apps set `providerOptions.ccapi.timestampGranularities`,
 * which the model reads. V3 results have no `words` or `usage`; both are kept in
 * `providerMetadata.ccapi` (`words`: `{ text, startSecond, endSecond }[]`).
 */
export function wrapTranscriptionModelV4AsV3(model: TranscriptionModelV4): TranscriptionModelV3 {
  return {
    specificationVersion: 'v3',
    provider: model.provider,
    modelId: model.modelId,
    async doGenerate(options: TranscriptionModelV3CallOptions) {
      const { words, usage, warnings, providerMetadata, ...result } =
        await model.doGenerate(options);
      return {
        ...result,
        warnings: convertV4WarningsToV3(warnings),
        ...moveToCCAPIMetadata(providerMetadata, {
          words,
          usage: usage != null ? convertV4JSONObjectToV3(usage) : undefined,
        }),
      };
    },
  };
}
