import type { CCAPIBrandAdapter } from '../ccapi-brand-adapter';
import { genericBrandAdapter } from '../generic/generic-brand-adapter';

// PLACEHOLDER until the deepseek adapter lands: the generic behaviour under the deepseek name.
export const deepseekBrandAdapter: CCAPIBrandAdapter = {
  ...genericBrandAdapter,
  brand: 'deepseek',
};
