import type {
  RerankingModelV4,
  RerankingModelV4CallOptions,
  RerankingModelV4Result,
} from '@ai-sdk/provider';
import type { CCAPIRerankingModelId } from '../catalog/generated/ccapi-reranking-model-ids';
import type { CCAPIConfig } from '../ccapi-config';

/**
 * Reranking through `POST /v1/rerank`, for the AI SDK's `rerank()`. This entry only holds the
 * model id and config; the request code loads on the first call, so apps that never rerank do
 * not load it.
 */
export class CCAPIRerankingModel implements RerankingModelV4 {
  readonly specificationVersion = 'v4';

  constructor(
    readonly modelId: CCAPIRerankingModelId,
    private readonly config: CCAPIConfig,
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  async doRerank(options: RerankingModelV4CallOptions): Promise<RerankingModelV4Result> {
    const { doCCAPIRerank } = await import('./do-ccapi-rerank');
    return doCCAPIRerank({ modelId: this.modelId, config: this.config, options });
  }
}
