import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';

// PLACEHOLDER: replaced by the media work (issue 5).
export type CCAPITranscriptionModelId = string & {};

export class CCAPITranscriptionModel {
  constructor(
    readonly modelId: string,
    _config: CCAPIConfig,
  ) {
    throw new UnsupportedFunctionalityError({
      functionality: `CCAPITranscriptionModel(${modelId})`,
    });
  }
}
