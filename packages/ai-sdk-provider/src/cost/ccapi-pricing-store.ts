import type { CCAPILanguageModelPricing } from './ccapi-model-pricing';

/** A model's price and where it came from. */
export interface CCAPIPricingMatch {
  pricing: CCAPILanguageModelPricing;
  basis: 'user' | 'catalog';
}

/**
 * The prices one provider knows: the user's `pricing` setting, and the catalog's prices once the
 * provider has read the catalog. The chat path only looks prices up here; it never fetches.
 */
export interface CCAPIPricingStore {
  /** Replaces the catalog's prices; called each time the provider reads the catalog. */
  setCatalogPricing(prices: ReadonlyMap<string, CCAPILanguageModelPricing>): void;
  /**
   * The price of `modelId`, or undefined when it is unknown. The language models estimate a
   * call's cost from it (`estimate-ccapi-cost.ts`, loaded with them).
   */
  findPricing(modelId: string): CCAPIPricingMatch | undefined;
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
    findPricing(modelId) {
      const fromUser = find(user, modelId);
      if (fromUser != null) return { pricing: fromUser, basis: 'user' };
      const fromCatalog = find(catalog, modelId);
      if (fromCatalog != null) return { pricing: fromCatalog, basis: 'catalog' };
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
