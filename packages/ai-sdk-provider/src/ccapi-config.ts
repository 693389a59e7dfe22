import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { CCAPIPricingMatch } from './cost/ccapi-pricing-store';

/**
 * What every CCAPI model receives from the provider. Models never read the environment or
 * build URLs themselves, so tests and brand variants can inject all of it.
 */
export interface CCAPIConfig {
  /** Provider id reported on models, e.g. `ccapi.chat`. */
  provider: string;
  /** The `/v1` base URL without a trailing slash, e.g. `https://api.ccapi.ai/v1`. */
  baseURL: string;
  /** Builds a URL under `baseURL` (`url('/chat/completions')`), never with a doubled slash. */
  url: (path: string) => string;
  /**
   * Builds a URL under the root that `baseURL` hangs off (`https://api.ccapi.ai`), where the
   * routes outside `/v1` live: `urlFromRoot('/v1beta/models/x:generateContent')`, `/suno`, `/kling`,
   * `/mj`. `urlFromRoot('')` is the root itself.
   */
  urlFromRoot: (path: string) => string;
  /**
   * Request headers with `Authorization: Bearer <key>`. Reads the key lazily, so a missing key
   * fails at request time with `LoadAPIKeyError`, not at import time.
   */
  headers: () => Record<string, string | undefined>;
  /** The API key alone, for routes that authenticate with another header (`x-api-key`, `x-goog-api-key`). */
  apiKey: () => string;
  /** Custom fetch (tests, proxies, edge runtimes). */
  fetch?: FetchFunction;
  /** Id generator for tool calls and parts; injectable for deterministic tests. */
  generateId: () => string;
  /** Current date, injectable for deterministic tests. */
  currentDate: () => Date;
  /**
   * The price a language model call's cost estimate (`providerMetadata.ccapi.cost`) uses, from
   * prices the provider already holds; undefined when the model's price is unknown. Never fetches.
   */
  findPricing?: (modelId: string) => CCAPIPricingMatch | undefined;
}
