import { APICallError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPILanguageModelPricing } from '../cost/ccapi-model-pricing';
import type { CCAPIPricingStore } from '../cost/ccapi-pricing-store';
import { CCAPICatalogCache } from './ccapi-catalog-cache';
import type { CCAPIModelList } from './ccapi-catalog-model';
import { type CCAPIModels, createCCAPIModels } from './ccapi-models';

/** How long one catalog request may take before it counts as failed. */
export const CCAPI_CATALOG_TIMEOUT_MS = 30_000;

/**
 * One provider's catalog: the shared cache, `ccapi.models`, and the lookup catalog routing
 * uses. Every read hands the catalog's prices to the provider's pricing store, so cost
 * estimates follow the latest list. The HTTP client loads on the first read.
 */
export function createCCAPICatalog(options: { config: CCAPIConfig; pricing: CCAPIPricingStore }): {
  models: CCAPIModels;
  lookupEndpointTypes: (
    modelId: string,
    abortSignal: AbortSignal | undefined,
  ) => Promise<readonly string[] | undefined>;
} {
  const { config, pricing } = options;
  const cache = new CCAPICatalogCache({
    load: () => loadCCAPICatalog(config),
    onLoad: (list) => pricing.setCatalogPricing(pricesOf(list)),
  });
  return {
    models: createCCAPIModels(cache),
    lookupEndpointTypes: async (modelId, abortSignal) => {
      const { models } = await cache.read({ abortSignal, reuseFailure: true });
      const lower = modelId.toLowerCase();
      const model =
        models.find((entry) => entry.id === modelId) ??
        models.find((entry) => entry.id.toLowerCase() === lower);
      return model?.endpointTypes;
    },
  };
}

async function loadCCAPICatalog(config: CCAPIConfig): Promise<CCAPIModelList> {
  const { fetchCCAPICatalog } = await import('./fetch-ccapi-catalog');
  const timeout = AbortSignal.timeout(CCAPI_CATALOG_TIMEOUT_MS);
  try {
    return await fetchCCAPICatalog(config, { abortSignal: timeout });
  } catch (error) {
    if (!timeout.aborted) throw error;
    const url = config.url('/models');
    throw new APICallError({
      message: `CCAPI did not answer GET ${url} within ${CCAPI_CATALOG_TIMEOUT_MS / 1000} seconds. Retry later; check the base URL if it keeps happening.`,
      url,
      requestBodyValues: undefined,
      isRetryable: true,
      cause: error,
    });
  }
}

function pricesOf(list: CCAPIModelList): Map<string, CCAPILanguageModelPricing> {
  const prices = new Map<string, CCAPILanguageModelPricing>();
  for (const model of list.models) if (model.pricing != null) prices.set(model.id, model.pricing);
  return prices;
}
