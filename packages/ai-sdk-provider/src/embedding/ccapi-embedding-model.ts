import type { EmbeddingModelV4 } from '@ai-sdk/provider';
import { EXPERIMENTAL_EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPIEmbeddingModelId } from './ccapi-embedding-model-options';
import { getCCAPIEmbeddingLimits } from './get-ccapi-embedding-limits';

export type { CCAPIEmbeddingModelId } from './ccapi-embedding-model-options';

/**
 * Text embeddings through `POST /v1/embeddings`. Batches are split by `embedMany` according to
 * `maxEmbeddingsPerCall` (known per model family, see `getCCAPIEmbeddingLimits`) and sent in
 * parallel. The request lives in `embed-ccapi-values.ts`, loaded on the first call.
 */
export class CCAPIEmbeddingModel implements EmbeddingModelV4 {
  readonly specificationVersion = 'v4';
  readonly maxEmbeddingsPerCall: number;
  readonly [EXPERIMENTAL_EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL]: number | undefined;
  readonly supportsParallelCalls = true;

  constructor(
    readonly modelId: CCAPIEmbeddingModelId,
    private readonly config: CCAPIConfig,
  ) {
    const limits = getCCAPIEmbeddingLimits(modelId);
    this.maxEmbeddingsPerCall = limits.maxEmbeddingsPerCall;
    this[EXPERIMENTAL_EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL] = limits.maxInputBytesPerCall;
  }

  get provider(): string {
    return this.config.provider;
  }

  async doEmbed(
    options: Parameters<EmbeddingModelV4['doEmbed']>[0],
  ): Promise<Awaited<ReturnType<EmbeddingModelV4['doEmbed']>>> {
    const { embedCCAPIValues } = await import('./embed-ccapi-values');
    return embedCCAPIValues(
      {
        modelId: this.modelId,
        provider: this.provider,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        config: this.config,
      },
      options,
    );
  }
}
