import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';

// PLACEHOLDER: replaced by the media work (issue 5).
export type CCAPIImageModelId = string & {};

export class CCAPIImageModel {
  constructor(
    readonly modelId: string,
    _config: CCAPIConfig,
  ) {
    throw new UnsupportedFunctionalityError({ functionality: `CCAPIImageModel(${modelId})` });
  }
}
