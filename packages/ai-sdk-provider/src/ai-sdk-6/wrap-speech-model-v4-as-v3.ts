import type { SpeechModelV4 } from '@ai-sdk/provider';
import type { SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider-v3';
import { convertV4JSONObjectToV3 } from './convert-v4-json-to-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';
import { moveToCCAPIMetadata } from './move-to-ccapi-metadata';

/**
 * A CCAPI speech model for AI SDK 6 (`experimental_generateSpeech`). The call options are the
 * same; V4's `usage` has no V3 field and is kept as `providerMetadata.ccapi.usage`.
 */
export function wrapSpeechModelV4AsV3(model: SpeechModelV4): SpeechModelV3 {
  return {
    specificationVersion: 'v3',
    provider: model.provider,
    modelId: model.modelId,
    async doGenerate(options: SpeechModelV3CallOptions) {
      const { usage, warnings, providerMetadata, ...result } = await model.doGenerate(options);
      return {
        ...result,
        warnings: convertV4WarningsToV3(warnings),
        ...moveToCCAPIMetadata(providerMetadata, {
          usage: usage != null ? convertV4JSONObjectToV3(usage) : undefined,
        }),
      };
    },
  };
}
