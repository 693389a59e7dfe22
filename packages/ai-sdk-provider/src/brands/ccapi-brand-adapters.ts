import type { CCAPIBrand } from './ccapi-brand';
import type { CCAPIBrandAdapter } from './ccapi-brand-adapter';
import { genericBrandAdapter } from './generic/generic-brand-adapter';
import { openaiBrandAdapter } from './openai/openai-brand-adapter';

/** One adapter per brand. A brand without its own adapter yet uses the generic one. */
export const CCAPI_BRAND_ADAPTERS: Record<CCAPIBrand, CCAPIBrandAdapter> = {
  openai: openaiBrandAdapter,
  deepseek: { ...genericBrandAdapter, brand: 'deepseek' },
  minimax: { ...genericBrandAdapter, brand: 'minimax' },
  claude: { ...genericBrandAdapter, brand: 'claude' },
  gemini: { ...genericBrandAdapter, brand: 'gemini' },
  glm: { ...genericBrandAdapter, brand: 'glm' },
  generic: genericBrandAdapter,
};
