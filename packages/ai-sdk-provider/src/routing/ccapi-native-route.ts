import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  SharedV4Warning,
} from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { CCAPIRoute } from './ccapi-route';

/** The `providerOptions` / `providerMetadata` key an official AI SDK model reads and writes. */
export type CCAPIOfficialProviderKey = 'anthropic' | 'google' | 'openai';

/** What one call hands the official model factory: the key read now, our headers and fetch. */
export interface CCAPIOfficialModelSettings {
  /** The CCAPI key, read at request time (a missing key has already thrown `LoadAPIKeyError`). */
  apiKey: string;
  /** Our headers (user agent suffix, user headers) without `Authorization`: each wire sets its own. */
  headers: Record<string, string>;
  /** Our fetch, which turns CCAPI error bodies and HTML pages into typed `APICallError`s. */
  fetch: FetchFunction;
}

/**
 * How a native route reuses an official AI SDK model. The official model speaks the protocol;
 * `CCAPINativeLanguageModel` gives it CCAPI's face (provider name, errors, metadata, options).
 */
export interface CCAPINativeRouteDefinition {
  route: Exclude<CCAPIRoute, 'chat'>;
  officialKey: CCAPIOfficialProviderKey;
  /** Builds the official model for one call. Cheap: it only stores settings. */
  createOfficialModel(settings: CCAPIOfficialModelSettings): LanguageModelV4;
  /** URLs the route forwards as-is; everything else the AI SDK downloads and inlines. */
  supportedUrls: Record<string, RegExp[]>;
  /**
   * Official-key options applied under the user's own (theirs win). Used where CCAPI needs a
   * different default than the vendor API, e.g. `store: false` on `/v1/responses`.
   */
  defaultOfficialOptions?: Record<string, unknown>;
  /** Warnings for call settings the route ignores and the official model does not report. */
  checkCallOptions?(options: LanguageModelV4CallOptions): SharedV4Warning[];
}
