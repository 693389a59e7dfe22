import type { CCAPIBrandAdapter } from '../ccapi-brand-adapter';
import { genericBrandAdapter } from '../generic/generic-brand-adapter';

// PLACEHOLDER until the gemini adapter lands: the generic behaviour under the gemini name.
export const geminiBrandAdapter: CCAPIBrandAdapter = { ...genericBrandAdapter, brand: 'gemini' };
