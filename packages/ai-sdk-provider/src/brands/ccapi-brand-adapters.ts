import type { CCAPIBrandAdapter } from '../chat/ccapi-brand-adapter';
import { claudeBrandAdapter } from './claude/claude-brand-adapter';
import { deepseekBrandAdapter } from './deepseek/deepseek-brand-adapter';
import { detectCCAPIBrand } from './detect-ccapi-brand';
import { geminiBrandAdapter } from './gemini/gemini-brand-adapter';
import { genericBrandAdapter } from './generic/generic-brand-adapter';
import { glmBrandAdapter } from './glm/glm-brand-adapter';
import { minimaxBrandAdapter } from './minimax/minimax-brand-adapter';
import { openaiBrandAdapter } from './openai/openai-brand-adapter';

/**
 * The upstream dialect a chat-completions model speaks through CCAPI. `generic` is the tolerant
 * adapter for ids we do not recognise.
 */
export type CCAPIBrand =
  | 'openai'
  | 'deepseek'
  | 'minimax'
  | 'claude'
  | 'gemini'
  | 'glm'
  | 'generic';

/** One adapter per brand. */
const CCAPI_BRAND_ADAPTERS: Record<CCAPIBrand, CCAPIBrandAdapter> = {
  openai: openaiBrandAdapter,
  deepseek: deepseekBrandAdapter,
  minimax: minimaxBrandAdapter,
  claude: claudeBrandAdapter,
  gemini: geminiBrandAdapter,
  glm: glmBrandAdapter,
  generic: genericBrandAdapter,
};

/** Every brand name, in the order the docs list them. */
export const CCAPI_BRANDS = Object.keys(CCAPI_BRAND_ADAPTERS) as readonly CCAPIBrand[];

/** The adapter for a model id, or for an explicit brand. */
export function resolveCCAPIBrandAdapter(modelId: string, brand?: CCAPIBrand): CCAPIBrandAdapter {
  return CCAPI_BRAND_ADAPTERS[brand ?? detectCCAPIBrand(modelId)];
}

/** The brands whose own `providerOptions.ccapi` include `key`. */
export function findBrandsOwningOption(key: string): CCAPIBrand[] {
  return CCAPI_BRANDS.filter((brand) => {
    const shape = CCAPI_BRAND_ADAPTERS[brand].optionsSchema?.shape;
    return shape != null && Object.hasOwn(shape, key);
  });
}
