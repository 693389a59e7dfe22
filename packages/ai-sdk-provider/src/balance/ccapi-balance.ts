/** What `ccapi.balance()` returns: the key's (or account's) quota and spend, in USD. */
export type CCAPIBalance = {
  /**
   * The quota in USD (`hard_limit_usd`): what was used plus what is left. Undefined when the key
   * has no spending limit (new-api then reports 100000000).
   */
  limitUSD: number | undefined;
  /** What has been spent, in USD (`total_usage`, which CCAPI sends in cents, divided by 100). */
  usedUSD: number;
  /** `limitUSD − usedUSD`, never below 0; undefined when the key has no limit. */
  remainingUSD: number | undefined;
  /** When the key stops working (`access_until`); undefined when it never expires. */
  expiresAt: Date | undefined;
  /** Both answers as CCAPI sent them. */
  raw: { subscription: Record<string, unknown>; usage: Record<string, unknown> };
};

export interface CCAPIBalanceOptions {
  /** Cancels both requests. */
  abortSignal?: AbortSignal;
  /** Extra headers for both requests. */
  headers?: Record<string, string | undefined>;
}
