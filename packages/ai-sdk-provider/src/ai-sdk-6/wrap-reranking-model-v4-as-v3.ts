import type { RerankingModelV4 } from '@ai-sdk/provider';
import type { RerankingModelV3, RerankingModelV3CallOptions } from '@ai-sdk/provider-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';
import { moveToCCAPIMetadata } from './move-to-ccapi-metadata';

/** A reranking model for AI SDK 6 (`rerank`): the specs differ only in the warnings. */
export function wrapRerankingModelV4AsV3(model: RerankingModelV4): RerankingModelV3 {
  return {
    specificationVersion: 'v3',
    provider: model.provider,
    modelId: model.modelId,
    async doRerank(options: RerankingModelV3CallOptions) {
      const { warnings, providerMetadata, ...result } = await model.doRerank(options);
      return {
        ...result,
        ...(warnings != null && { warnings: convertV4WarningsToV3(warnings) }),
        ...moveToCCAPIMetadata(providerMetadata, {}),
      };
    },
  };
}
