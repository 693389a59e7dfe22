import { type LanguageModelV4, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';

// PLACEHOLDER: replaced by the native-routes work (issue 4).
export function createCCAPICompletionLanguageModel(
  modelId: string,
  _config: CCAPIConfig,
): LanguageModelV4 {
  throw new UnsupportedFunctionalityError({
    functionality: `createCCAPICompletionLanguageModel(${modelId})`,
  });
}
