import type { CCAPILanguageModelPricing } from './ccapi-model-pricing';

/**
 * `providerMetadata.ccapi.cost`: what one language model call probably cost, computed on this
 * side from the token usage CCAPI reported and the prices below. CCAPI does not return a cost,
 * so this is an estimate, not the bill: the gateway may apply group ratios, minimum charges or
 * prices that changed since the catalog was read.
 */
export type CCAPICostEstimate = {
  /** The estimated cost of the call in USD (the sum of `breakdown`). */
  estimatedUSD: number;
  currency: 'USD';
  /**
   * Where the prices came from: `user` (the provider's `pricing` setting) or `catalog` (the
   * catalog this provider read with `ccapi.models.list()` or for routing).
   */
  basis: 'user' | 'catalog';
  /** The estimate per kind of token, in USD; a part without tokens or price is left out. */
  breakdown: {
    inputUSD?: number;
    cachedInputUSD?: number;
    cacheWriteUSD?: number;
    outputUSD?: number;
    reasoningUSD?: number;
    requestUSD?: number;
  };
  /** The prices the estimate used. */
  pricing: CCAPILanguageModelPricing;
};
