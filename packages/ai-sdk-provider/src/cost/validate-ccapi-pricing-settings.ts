import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import type { CCAPILanguageModelPricing } from './ccapi-model-pricing';

/** The provider's `pricing` setting: prices per model id, in USD. */
export type CCAPIPricingSettings = Record<string, CCAPILanguageModelPricing>;

const price = z.number().finite().nonnegative();

const pricingSchema = z
  .strictObject({
    inputPerMillionTokens: price.optional(),
    cachedInputPerMillionTokens: price.optional(),
    cacheWritePerMillionTokens: price.optional(),
    outputPerMillionTokens: price.optional(),
    reasoningPerMillionTokens: price.optional(),
    perRequest: price.optional(),
  })
  .refine((value) => Object.values(value).some((field) => field != null), {
    message:
      'Give at least one price, e.g. { inputPerMillionTokens: 1.25, outputPerMillionTokens: 10 }.',
  });

const settingsSchema = z.record(
  z.string().trim().min(1, 'Model ids must not be empty.'),
  pricingSchema,
);

/**
 * Checks the `pricing` setting when the provider is created, so a typo (`inputPerMillion`) or a
 * price in the wrong unit shape fails at once instead of silently leaving costs out.
 *
 * @throws InvalidArgumentError naming the model id and field.
 */
export function validateCCAPIPricingSettings(
  pricing: unknown,
): ReadonlyMap<string, CCAPILanguageModelPricing> | undefined {
  if (pricing === undefined) return undefined;
  const result = settingsSchema.safeParse(pricing);
  if (!result.success) {
    throw new InvalidArgumentError({
      argument: 'pricing',
      message:
        `Invalid CCAPI 'pricing' setting:\n${z.prettifyError(result.error)}\n` +
        `Use { 'model-id': { inputPerMillionTokens, cachedInputPerMillionTokens, cacheWritePerMillionTokens, outputPerMillionTokens, reasoningPerMillionTokens, perRequest } } with prices in USD (see ${ccapiDocsUrl('cost-and-balance.md')}).`,
      cause: result.error,
    });
  }
  return new Map(Object.entries(result.data));
}
