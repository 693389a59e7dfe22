import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';

// PLACEHOLDER: replaced by the media work (issue 5).
export type CCAPISpeechModelId = string & {};

export class CCAPISpeechModel {
  constructor(
    readonly modelId: string,
    _config: CCAPIConfig,
  ) {
    throw new UnsupportedFunctionalityError({ functionality: `CCAPISpeechModel(${modelId})` });
  }
}
