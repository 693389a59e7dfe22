import type { CCAPIBrandAdapter } from '../ccapi-brand-adapter';
import { genericBrandAdapter } from '../generic/generic-brand-adapter';

// PLACEHOLDER until the minimax adapter lands: the generic behaviour under the minimax name.
export const minimaxBrandAdapter: CCAPIBrandAdapter = { ...genericBrandAdapter, brand: 'minimax' };
