import type { CCAPIBrand } from './ccapi-brand';
import type { CCAPIBrandAdapter } from './ccapi-brand-adapter';
import { CCAPI_BRAND_ADAPTERS } from './ccapi-brand-adapters';
import { detectCCAPIBrand } from './detect-ccapi-brand';

/** The adapter for a model id, or for an explicit brand override. */
export function resolveCCAPIBrandAdapter(
  modelId: string,
  override?: CCAPIBrand,
): CCAPIBrandAdapter {
  return CCAPI_BRAND_ADAPTERS[override ?? detectCCAPIBrand(modelId)];
}
