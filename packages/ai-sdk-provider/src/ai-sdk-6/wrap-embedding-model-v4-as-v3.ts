import type { EmbeddingModelV4 } from '@ai-sdk/provider';
import type {
  EmbeddingModelV3,
  EmbeddingModelV3CallOptions,
  EmbeddingModelV3Result,
} from '@ai-sdk/provider-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';
import { moveToCCAPIMetadata } from './move-to-ccapi-metadata';

/**
 * A CCAPI embedding model for AI SDK 6. V3 calls have no `dimensions`; AI SDK 6 apps set
 * `providerOptions.ccapi.dimensions`, which the model reads, so the call passes through as is.
 */
export function wrapEmbeddingModelV4AsV3(model: EmbeddingModelV4): EmbeddingModelV3 {
  return {
    specificationVersion: 'v3',
    provider: model.provider,
    modelId: model.modelId,
    maxEmbeddingsPerCall: model.maxEmbeddingsPerCall,
    supportsParallelCalls: model.supportsParallelCalls,
    async doEmbed(options: EmbeddingModelV3CallOptions): Promise<EmbeddingModelV3Result> {
      const { warnings, providerMetadata, ...result } = await model.doEmbed(options);
      return {
        ...result,
        warnings: convertV4WarningsToV3(warnings),
        ...moveToCCAPIMetadata(providerMetadata, {}),
      };
    },
  };
}
