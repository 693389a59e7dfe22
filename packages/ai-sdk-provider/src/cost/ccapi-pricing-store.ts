import type { LanguageModelV4Usage } from '@ai-sdk/provider';
import type { CCAPICostEstimate } from './ccapi-cost-estimate';
import type { CCAPILanguageModelPricing } from './ccapi-model-pricing';
import { estimateCCAPICost } from './estimate-ccapi-cost';

/**
 * The prices one provider knows: the user's `pricing` setting, and the catalog's prices once the
 * provider has read the catalog. The chat path only looks prices up here; it never fetches.
 */
export interface CCAPIPricingStore {
  /** Replaces the catalog's prices; called each time the provider reads the catalog. */
  setCatalogPricing(prices: ReadonlyMap<string, CCAPILanguageModelPricing>): void;
  /** The estimate for one call of `modelId`, or undefined when its price is unknown. */
  estimateCost(modelId: string, usage: LanguageModelV4Usage): CCAPICostEstimate | undefined;
}

/** User prices win over the catalog's. Ids match exactly, else ignoring case. */
export function createCCAPIPricingStore(
  userPricing: ReadonlyMap<string, CCAPILanguageModelPricing> | undefined,
): CCAPIPricingStore {
  const user = indexById(userPricing);
  let catalog = indexById(undefined);

  return {
    setCatalogPricing(prices) {
      catalog = indexById(prices);
    },
    estimateCost(modelId, usage) {
      const fromUser = find(user, modelId);
      if (fromUser != null) return estimateCCAPICost({ usage, pricing: fromUser, basis: 'user' });
      const fromCatalog = find(catalog, modelId);
      if (fromCatalog != null) {
        return estimateCCAPICost({ usage, pricing: fromCatalog, basis: 'catalog' });
      }
      return undefined;
    },
  };
}

type PriceIndex = {
  exact: ReadonlyMap<string, CCAPILanguageModelPricing>;
  folded: ReadonlyMap<string, CCAPILanguageModelPricing>;
};

function indexById(prices: ReadonlyMap<string, CCAPILanguageModelPricing> | undefined): PriceIndex {
  const exact = new Map(prices ?? []);
  const folded = new Map<string, CCAPILanguageModelPricing>();
  for (const [id, pricing] of exact) {
    const key = id.toLowerCase();
    if (!folded.has(key)) folded.set(key, pricing);
  }
  return { exact, folded };
}

function find(index: PriceIndex, modelId: string): CCAPILanguageModelPricing | undefined {
  return index.exact.get(modelId) ?? index.folded.get(modelId.toLowerCase());
}
