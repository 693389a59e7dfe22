import type { LanguageModelV4Usage } from '@ai-sdk/provider';
import type { CCAPICostEstimate } from './ccapi-cost-estimate';
import type { CCAPILanguageModelPricing } from './ccapi-model-pricing';
import { roundCCAPIAmount } from './round-ccapi-amount';

const PER_MILLION = 1_000_000;

/**
 * Estimates what one language model call cost from its usage and the model's prices:
 *
 * - input tokens without cache at the input price; cache reads at the cached-input price and
 *   cache writes at the cache-write price, each falling back to the input price;
 * - output tokens at the output price; when reasoning has its own price and the usage names
 *   the reasoning tokens, those are billed at it and only the rest at the output price;
 * - plus the per-request price.
 *
 * Returns undefined when the estimate would be a guess: no token counts, or tokens of a kind
 * that has no price (a partial sum would look cheaper than the call was). Prices with only a
 * per-request amount describe per-call billing, where tokens are free.
 */
export function estimateCCAPICost(options: {
  usage: LanguageModelV4Usage;
  pricing: CCAPILanguageModelPricing;
  basis: CCAPICostEstimate['basis'];
}): CCAPICostEstimate | undefined {
  const { usage, pricing, basis } = options;
  const inputPrice = pricing.inputPerMillionTokens;
  const outputPrice = pricing.outputPerMillionTokens;
  const pricesTokens =
    inputPrice != null ||
    outputPrice != null ||
    pricing.cachedInputPerMillionTokens != null ||
    pricing.cacheWritePerMillionTokens != null ||
    pricing.reasoningPerMillionTokens != null;

  const breakdown: CCAPICostEstimate['breakdown'] = {};
  if (pricesTokens) {
    const tokens = countBilledTokens(usage, pricing.reasoningPerMillionTokens != null);
    if (tokens == null) return undefined;
    const parts: Array<[keyof CCAPICostEstimate['breakdown'], number, number | undefined]> = [
      ['inputUSD', tokens.input, inputPrice],
      ['cachedInputUSD', tokens.cacheRead, pricing.cachedInputPerMillionTokens ?? inputPrice],
      ['cacheWriteUSD', tokens.cacheWrite, pricing.cacheWritePerMillionTokens ?? inputPrice],
      ['outputUSD', tokens.output, outputPrice],
      ['reasoningUSD', tokens.reasoning, pricing.reasoningPerMillionTokens ?? outputPrice],
    ];
    for (const [name, count, price] of parts) {
      if (count === 0) continue;
      if (price == null) return undefined;
      breakdown[name] = roundCCAPIAmount((count * price) / PER_MILLION);
    }
  }
  if (pricing.perRequest != null) breakdown.requestUSD = roundCCAPIAmount(pricing.perRequest);
  if (!pricesTokens && pricing.perRequest == null) return undefined;

  const total = Object.values(breakdown).reduce<number>((sum, part) => sum + (part ?? 0), 0);
  return {
    estimatedUSD: roundCCAPIAmount(total),
    currency: 'USD',
    basis,
    breakdown,
    pricing: { ...pricing },
  };
}

/**
 * Splits the usage into the kinds of tokens that are priced apart. Undefined when the usage has
 * no counts at all (a stream cut off before its usage chunk).
 */
function countBilledTokens(usage: LanguageModelV4Usage, reasoningPricedApart: boolean) {
  const { inputTokens, outputTokens } = usage;
  if (
    inputTokens.total == null &&
    inputTokens.noCache == null &&
    outputTokens.total == null &&
    outputTokens.text == null
  ) {
    return undefined;
  }
  const cacheRead = inputTokens.cacheRead ?? 0;
  const cacheWrite = inputTokens.cacheWrite ?? 0;
  const input =
    inputTokens.noCache ?? Math.max(0, (inputTokens.total ?? 0) - cacheRead - cacheWrite);

  const reasoningTokens = outputTokens.reasoning ?? 0;
  const allOutput = outputTokens.total ?? (outputTokens.text ?? 0) + reasoningTokens;
  if (reasoningPricedApart && reasoningTokens > 0) {
    const text = outputTokens.text ?? Math.max(0, allOutput - reasoningTokens);
    return { input, cacheRead, cacheWrite, output: text, reasoning: reasoningTokens };
  }
  return { input, cacheRead, cacheWrite, output: allOutput, reasoning: 0 };
}
