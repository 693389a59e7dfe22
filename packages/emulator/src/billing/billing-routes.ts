import type { ServerResponse } from 'node:http';
import type { EmulatorRoute } from '../emulator-types';
import { sendJson } from '../http/send-response';

/** What the billing routes report (the `balance` option). */
export interface EmulatorBalance {
  /** The quota in USD (used + left). Default 100. */
  limitUSD?: number;
  /** What has been spent, in USD. Default 12.34. */
  usedUSD?: number;
  /** When the key expires. Default: never. */
  expiresAt?: Date;
  /** A key without a limit (new-api then reports a quota of 100,000,000). Default false. */
  unlimited?: boolean;
  /**
   * Fail both routes the way new-api does when it cannot read the quota: HTTP 200 with
   * `{"error": {"message": <this>, "type": "upstream_error"}}`. Default: no failure.
   */
  error?: string;
}

export const DEFAULT_EMULATOR_BALANCE: Required<Omit<EmulatorBalance, 'expiresAt' | 'error'>> = {
  limitUSD: 100,
  usedUSD: 12.34,
  unlimited: false,
};

/**
 * new-api's OpenAI-compatible billing routes (QuantumNous/new-api-docs, account billing panel),
 * with and without `/v1`:
 * - `GET /dashboard/billing/subscription`: the quota in USD in all three limit fields and the
 *   key's expiry in Unix seconds (`access_until`, 0 = never);
 * - `GET /dashboard/billing/usage`: the spend in hundredths of a USD (`total_usage`).
 * Failures answer HTTP 200 with an error body, as new-api's billing controller does.
 */
export const billingRoutes: EmulatorRoute[] = ['/v1', ''].flatMap((prefix): EmulatorRoute[] => [
  {
    method: 'GET',
    path: `${prefix}/dashboard/billing/subscription`,
    auth: 'bearer',
    handle: ({ res, state }) => {
      const balance = { ...DEFAULT_EMULATOR_BALANCE, ...state.options.balance };
      if (sendBillingError(res, balance.error, 'upstream_error')) return;
      const limit = balance.unlimited ? 100_000_000 : balance.limitUSD;
      sendJson(res, 200, {
        object: 'billing_subscription',
        has_payment_method: true,
        soft_limit_usd: limit,
        hard_limit_usd: limit,
        system_hard_limit_usd: limit,
        access_until:
          balance.expiresAt != null ? Math.floor(balance.expiresAt.getTime() / 1000) : 0,
      });
    },
  },
  {
    method: 'GET',
    path: `${prefix}/dashboard/billing/usage`,
    auth: 'bearer',
    handle: ({ res, state }) => {
      const balance = { ...DEFAULT_EMULATOR_BALANCE, ...state.options.balance };
      if (sendBillingError(res, balance.error, 'new_api_error')) return;
      sendJson(res, 200, {
        object: 'list',
        total_usage: Math.round(balance.usedUSD * 10_000) / 100,
      });
    },
  },
]);

function sendBillingError(res: ServerResponse, message: string | undefined, type: string): boolean {
  if (message == null) return false;
  sendJson(res, 200, { error: { message, type } });
  return true;
}
