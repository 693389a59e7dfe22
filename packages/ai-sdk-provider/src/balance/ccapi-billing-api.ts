import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

// Amounts are numbers in new-api; a string of digits is read too.
const amount = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.number().finite(),
);

/**
 * `GET /v1/dashboard/billing/subscription` (new-api's OpenAI-compatible billing route):
 * `hard_limit_usd` is the quota (used + left), `access_until` the key's expiry in Unix seconds
 * (0 = none). new-api sends the same amount in all three limits; any one is enough.
 */
export const ccapiBillingSubscriptionSchema = lazySchema(() =>
  zodSchema(
    z
      .looseObject({
        hard_limit_usd: amount.nullish(),
        system_hard_limit_usd: amount.nullish(),
        soft_limit_usd: amount.nullish(),
        access_until: amount.nullish(),
      })
      .refine(
        (body) =>
          body.hard_limit_usd != null ||
          body.system_hard_limit_usd != null ||
          body.soft_limit_usd != null,
      ),
  ),
);

/** `GET /v1/dashboard/billing/usage`: `total_usage` in hundredths of a USD (cents). */
export const ccapiBillingUsageSchema = lazySchema(() =>
  zodSchema(z.looseObject({ total_usage: amount })),
);

export type CCAPIBillingSubscription = InferSchema<typeof ccapiBillingSubscriptionSchema>;
export type CCAPIBillingUsage = InferSchema<typeof ccapiBillingUsageSchema>;
