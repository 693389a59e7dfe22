import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';

// PLACEHOLDER: replaced by the media work (issue 5).
export type CCAPIEmbeddingModelId = string & {};

export class CCAPIEmbeddingModel {
  constructor(
    readonly modelId: string,
    _config: CCAPIConfig,
  ) {
    throw new UnsupportedFunctionalityError({ functionality: `CCAPIEmbeddingModel(${modelId})` });
  }
}
