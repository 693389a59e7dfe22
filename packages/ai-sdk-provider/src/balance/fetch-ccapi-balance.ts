import { APICallError } from '@ai-sdk/provider';
import { combineHeaders, type FlexibleSchema, getFromApi } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { roundCCAPIAmount } from '../cost/round-ccapi-amount';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { createCCAPIJsonResponseHandler } from '../errors/create-ccapi-json-response-handler';
import type { CCAPIBalance, CCAPIBalanceOptions } from './ccapi-balance';
import { ccapiBillingSubscriptionSchema, ccapiBillingUsageSchema } from './ccapi-billing-api';

// new-api reports an unlimited key as a quota of 100,000,000 (in the display unit).
const UNLIMITED_QUOTA = 100_000_000;

/**
 * `ccapi.balance()`: reads new-api's two billing routes at once and combines them. The amounts
 * are in USD when the gateway displays quota in USD (its default); a gateway set to another
 * display currency converts them, which the answer cannot show.
 */
export async function fetchCCAPIBalance(
  config: CCAPIConfig,
  options: CCAPIBalanceOptions = {},
): Promise<CCAPIBalance> {
  const [subscription, usage] = await Promise.all([
    getBilling(config, options, '/dashboard/billing/subscription', ccapiBillingSubscriptionSchema, {
      describeMismatch: 'has no hard_limit_usd',
    }),
    getBilling(config, options, '/dashboard/billing/usage', ccapiBillingUsageSchema, {
      describeMismatch: 'has no total_usage',
    }),
  ]);

  const limit =
    subscription.value.hard_limit_usd ??
    subscription.value.system_hard_limit_usd ??
    subscription.value.soft_limit_usd ??
    0;
  const unlimited = limit >= UNLIMITED_QUOTA;
  const usedUSD = roundCCAPIAmount(usage.value.total_usage / 100);
  const accessUntil = subscription.value.access_until ?? 0;
  return {
    limitUSD: unlimited ? undefined : roundCCAPIAmount(limit),
    usedUSD,
    remainingUSD: unlimited ? undefined : roundCCAPIAmount(Math.max(0, limit - usedUSD)),
    expiresAt: accessUntil > 0 ? new Date(accessUntil * 1000) : undefined,
    raw: { subscription: subscription.raw, usage: usage.raw },
  };
}

async function getBilling<T>(
  config: CCAPIConfig,
  options: CCAPIBalanceOptions,
  path: string,
  schema: FlexibleSchema<T>,
  expectation: { describeMismatch: string },
): Promise<{ value: T; raw: Record<string, unknown> }> {
  const url = config.url(path);
  try {
    const { value, rawValue } = await getFromApi({
      url,
      headers: combineHeaders(config.headers(), options.headers),
      failedResponseHandler: createCCAPIFailedResponseHandler({}),
      successfulResponseHandler: createCCAPIJsonResponseHandler(schema, {
        describeMismatch: expectation.describeMismatch,
        hint: `Check that the base URL points at CCAPI's /v1 (GET ${url}).`,
      }),
      abortSignal: options.abortSignal,
      fetch: config.fetch,
    });
    return { value, raw: rawValue as Record<string, unknown> };
  } catch (error) {
    if (!APICallError.isInstance(error)) throw error;
    // Say which question failed: new-api answers billing failures with HTTP 200 and a bare
    // message such as "record not found".
    throw new APICallError({
      message: `Could not read the CCAPI balance (GET ${path}): ${error.message}`,
      url: error.url,
      requestBodyValues: error.requestBodyValues,
      statusCode: error.statusCode,
      responseHeaders: error.responseHeaders,
      responseBody: error.responseBody,
      isRetryable: error.isRetryable,
      data: error.data,
      cause: error,
    });
  }
}
