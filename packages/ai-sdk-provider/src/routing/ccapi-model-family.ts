import { detectCCAPIBrand, normalizeModelId } from '../brands/detect-ccapi-brand';

/** The family of a model id, as far as routing cares: its brand, or `other`. */
export type CCAPIModelFamily =
  | 'claude'
  | 'gemini'
  | 'openai'
  | 'deepseek'
  | 'minimax'
  | 'glm'
  | 'other';

/** Family names a `routes` key may use, including the vendor aliases users tend to write. */
export const CCAPI_MODEL_FAMILY_ALIASES: Readonly<Record<string, CCAPIModelFamily>> = {
  claude: 'claude',
  anthropic: 'claude',
  gemini: 'gemini',
  google: 'gemini',
  openai: 'openai',
  gpt: 'openai',
  deepseek: 'deepseek',
  minimax: 'minimax',
  glm: 'glm',
  zhipu: 'glm',
};

/**
 * Classifies a bare (`claude-sonnet-4-6`) or provider-prefixed (`anthropic/claude-sonnet-4-6`)
 * model id with the same detection the brand adapters use. Unknown ids are `other`, never an
 * error: CCAPI adds models faster than we release.
 */
export function classifyCCAPIModelFamily(modelId: string): CCAPIModelFamily {
  const brand = detectCCAPIBrand(modelId);
  return brand === 'generic' ? 'other' : brand;
}

/** `anthropic/claude-sonnet-4-6` → `claude-sonnet-4-6` (lower-cased, last path segment). */
export const bareModelId = normalizeModelId;
