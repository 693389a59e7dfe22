import type { CCAPIBrandAdapter } from '../ccapi-brand-adapter';
import { genericBrandAdapter } from '../generic/generic-brand-adapter';

// PLACEHOLDER until the claude adapter lands: the generic behaviour under the claude name.
export const claudeBrandAdapter: CCAPIBrandAdapter = { ...genericBrandAdapter, brand: 'claude' };
