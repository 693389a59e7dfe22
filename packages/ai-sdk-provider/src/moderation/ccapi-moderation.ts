import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';

// PLACEHOLDER: replaced by the media work (issue 5).
export interface CCAPIModerationOptions {
  input: string | string[];
  model?: string;
}
export interface CCAPIModerationResult {
  results: unknown[];
}
export function createCCAPIModeration(_config: CCAPIConfig) {
  return async (_options: CCAPIModerationOptions): Promise<CCAPIModerationResult> => {
    throw new UnsupportedFunctionalityError({ functionality: 'moderation' });
  };
}
