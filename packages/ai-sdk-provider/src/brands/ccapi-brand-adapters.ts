import type { CCAPIBrand } from './ccapi-brand';
import type { CCAPIBrandAdapter } from './ccapi-brand-adapter';
import { claudeBrandAdapter } from './claude/claude-brand-adapter';
import { deepseekBrandAdapter } from './deepseek/deepseek-brand-adapter';
import { geminiBrandAdapter } from './gemini/gemini-brand-adapter';
import { genericBrandAdapter } from './generic/generic-brand-adapter';
import { glmBrandAdapter } from './glm/glm-brand-adapter';
import { minimaxBrandAdapter } from './minimax/minimax-brand-adapter';
import { openaiBrandAdapter } from './openai/openai-brand-adapter';

/** One adapter per brand. */
export const CCAPI_BRAND_ADAPTERS: Record<CCAPIBrand, CCAPIBrandAdapter> = {
  openai: openaiBrandAdapter,
  deepseek: deepseekBrandAdapter,
  minimax: minimaxBrandAdapter,
  claude: claudeBrandAdapter,
  gemini: geminiBrandAdapter,
  glm: glmBrandAdapter,
  generic: genericBrandAdapter,
};
