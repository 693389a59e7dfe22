import type { CCAPIBrandAdapter } from '../ccapi-brand-adapter';
import { genericBrandAdapter } from '../generic/generic-brand-adapter';

// PLACEHOLDER until the glm adapter lands: the generic behaviour under the glm name.
export const glmBrandAdapter: CCAPIBrandAdapter = { ...genericBrandAdapter, brand: 'glm' };
