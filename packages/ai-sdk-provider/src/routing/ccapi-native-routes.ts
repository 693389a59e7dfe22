import type { AnthropicLanguageModelOptions } from '@ai-sdk/anthropic';
import type { GoogleLanguageModelOptions } from '@ai-sdk/google';
import type {
  OpenAILanguageModelCompletionOptions,
  OpenAILanguageModelResponsesOptions,
} from '@ai-sdk/openai';
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  SharedV4Warning,
} from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { CCAPI_NATIVE_ROUTE_OPTION_KEYS } from './ccapi-native-route-option-keys';
import type { CCAPIRoute } from './resolve-ccapi-route';

/**
 * `providerOptions.ccapi` on the Messages route: Anthropic's options from `@ai-sdk/anthropic`
 * (`thinking`, `effort`, `cacheControl`, `sendReasoning`, `anthropicBeta`, …). The
 * `providerOptions.anthropic` key takes the same options; where both are set, `ccapi` wins.
 * https://ai-sdk.dev/providers/ai-sdk-providers/anthropic
 */
export type CCAPILanguageModelMessagesOptions = AnthropicLanguageModelOptions;

/**
 * `providerOptions.ccapi` on the Gemini route: Google's options from `@ai-sdk/google`
 * (`thinkingConfig`, `responseModalities`, `imageConfig`, `safetySettings`, `cachedContent`, …).
 * The `providerOptions.google` key takes the same options; where both are set, `ccapi` wins.
 * https://ai-sdk.dev/providers/ai-sdk-providers/google-generative-ai
 */
export type CCAPILanguageModelGeminiOptions = GoogleLanguageModelOptions;

/**
 * `providerOptions.ccapi` on the Responses route: OpenAI's Responses options from
 * `@ai-sdk/openai` (`reasoningEffort`, `reasoningSummary`, `include`, `store`, …). The
 * `providerOptions.openai` key takes the same options; where both are set, `ccapi` wins. `store`
 * defaults to `false` here.
 * https://ai-sdk.dev/providers/ai-sdk-providers/openai#responses-models
 */
export type CCAPILanguageModelResponsesOptions = OpenAILanguageModelResponsesOptions;

/**
 * `providerOptions.ccapi` on the legacy completion route: OpenAI's completion options from
 * `@ai-sdk/openai` (`echo`, `suffix`, `logitBias`, `logprobs`, `user`). The
 * `providerOptions.openai` key takes the same options; where both are set, `ccapi` wins.
 * https://ai-sdk.dev/providers/ai-sdk-providers/openai#completion-models
 */
export type CCAPILanguageModelCompletionOptions = OpenAILanguageModelCompletionOptions;

/** The `providerOptions` / `providerMetadata` key an official AI SDK model reads and writes. */
export type CCAPIOfficialProviderKey = 'anthropic' | 'google' | 'openai';

export type CCAPINativeRoute = Exclude<CCAPIRoute, 'chat'>;

/** What one call hands the official model factory: the key read now, our headers and fetch. */
export interface CCAPIOfficialModelSettings {
  /** The CCAPI key, read at request time (a missing key has already thrown `LoadAPIKeyError`). */
  apiKey: string;
  /** Our headers (user headers) without `Authorization`: each wire sets its own. */
  headers: Record<string, string>;
  /** Our fetch, which turns CCAPI error bodies into typed `APICallError`s. */
  fetch: FetchFunction;
}

/**
 * How a native route reuses an official AI SDK model. The official model speaks the protocol;
 * `CCAPINativeLanguageModel` gives it CCAPI's face (provider name, errors, metadata, options).
 */
export interface CCAPINativeRouteDefinition {
  route: CCAPINativeRoute;
  officialKey: CCAPIOfficialProviderKey;
  /**
   * Builds the official model for one call. The official package is imported here, on first
   * use, so an app that never takes this route never loads it.
   */
  createOfficialModel(
    modelId: string,
    config: CCAPIConfig,
    settings: CCAPIOfficialModelSettings,
  ): Promise<LanguageModelV4>;
  /** URLs the route forwards as-is; everything else the AI SDK downloads and inlines. */
  supportedUrls: Record<string, RegExp[]>;
  /** The official options this route accepts in `providerOptions.ccapi`. */
  optionKeys: readonly string[];
  /**
   * Official-key options applied under the user's own (theirs win). Used where CCAPI needs a
   * different default than the vendor API, e.g. `store: false` on `/v1/responses`.
   */
  defaultOfficialOptions?: Record<string, unknown>;
  /** Warnings for call settings the route ignores and the official model does not report. */
  checkCallOptions?(options: LanguageModelV4CallOptions): SharedV4Warning[];
}

/**
 * The native routes. Each reuses the official AI SDK model for its protocol (see
 * https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/decisions/2026-11-25-native-routes-reuse-official-providers.md).
 */
export const CCAPI_NATIVE_ROUTES: Readonly<Record<CCAPINativeRoute, CCAPINativeRouteDefinition>> = {
  /**
   * Anthropic Messages (`POST {baseURL}/messages`, `x-api-key` auth, Anthropic SSE): thinking
   * signatures, `cache_control`, tool loops with thinking and `reasoning` → `thinking`/`effort`
   * behave exactly as against Anthropic.
   */
  messages: {
    route: 'messages',
    officialKey: 'anthropic',
    // No URL pass-through: CCAPI may serve Claude from Bedrock or Vertex channels, which reject
    // URL sources, so the AI SDK downloads files and sends them inline.
    supportedUrls: {},
    optionKeys: CCAPI_NATIVE_ROUTE_OPTION_KEYS.messages,
    async createOfficialModel(modelId, config, { apiKey, headers, fetch }) {
      const { createAnthropic } = await import('@ai-sdk/anthropic');
      // `baseURL` is `…/v1` without a trailing slash; the official model appends `/messages`.
      return createAnthropic({
        baseURL: config.baseURL,
        apiKey,
        headers,
        fetch,
        name: config.provider,
        generateId: config.generateId,
      }).languageModel(modelId);
    },
  },

  /**
   * Gemini native (`{root}/v1beta/models/{id}:generateContent` and `:streamGenerateContent`,
   * `x-goog-api-key` auth): thought signatures round-trip on tool calls (required by Gemini 3),
   * thoughts arrive when `thinkingConfig.includeThoughts` is set, image output works, and
   * `reasoning` maps to `thinkingConfig`.
   */
  gemini: {
    route: 'gemini',
    officialKey: 'google',
    // YouTube links go to Gemini as `fileData`; other URLs are downloaded and sent inline
    // (Google Files API URLs belong to a Google project, not to CCAPI).
    supportedUrls: {
      '*': [
        /^https:\/\/(?:www\.)?youtube\.com\/watch\?v=[\w-]+(?:&[\w=&.-]*)?$/,
        /^https:\/\/youtu\.be\/[\w-]+(?:\?[\w=&.-]*)?$/,
      ],
    },
    optionKeys: CCAPI_NATIVE_ROUTE_OPTION_KEYS.gemini,
    async createOfficialModel(modelId, config, { apiKey, headers, fetch }) {
      const { createGoogleGenerativeAI } = await import('@ai-sdk/google');
      // The official model treats an id with a `/` as a full resource path; CCAPI's
      // provider-prefixed ids (`google/gemini-2.5-flash`) still live under `/models/`.
      const officialModelId = modelId.includes('/') ? `models/${modelId}` : modelId;
      return createGoogleGenerativeAI({
        // `/v1beta` hangs off the root, not off `/v1`.
        baseURL: config.urlFromRoot('/v1beta'),
        apiKey,
        headers,
        fetch,
        name: config.provider,
        generateId: config.generateId,
      }).languageModel(officialModelId);
    },
  },

  /**
   * OpenAI Responses (`POST {baseURL}/responses`), including `reasoning` → `reasoning.effort`.
   * CCAPI serves this route only from OpenAI-type channels.
   */
  responses: {
    route: 'responses',
    officialKey: 'openai',
    supportedUrls: {},
    optionKeys: CCAPI_NATIVE_ROUTE_OPTION_KEYS.responses,
    // CCAPI spreads requests over channels and upstream keys, so an item stored by one request
    // may be unknown to the next: send whole turns (and encrypted reasoning) instead of ids.
    // `providerOptions.ccapi.store: true` restores OpenAI's default.
    defaultOfficialOptions: { store: false },
    async createOfficialModel(modelId, config, settings) {
      return (await createOfficialOpenAI(config, settings, 'responses')).responses(modelId);
    },
  },

  /**
   * Legacy text completion (`POST {baseURL}/completions`): the official model turns the prompt
   * into one text prompt; tools, JSON output and reasoning do not exist here and warn.
   */
  completion: {
    route: 'completion',
    officialKey: 'openai',
    supportedUrls: {},
    optionKeys: CCAPI_NATIVE_ROUTE_OPTION_KEYS.completion,
    checkCallOptions: ({ reasoning }) =>
      reasoning != null && reasoning !== 'provider-default'
        ? [
            {
              type: 'unsupported',
              feature: 'reasoning',
              details:
                'The legacy /v1/completions route has no reasoning control; use the chat or responses route.',
            },
          ]
        : [],
    async createOfficialModel(modelId, config, settings) {
      return (await createOfficialOpenAI(config, settings, 'completion')).completion(modelId);
    },
  },
};

/** The official OpenAI provider for the Responses and completion routes, behind our fetch. */
async function createOfficialOpenAI(
  config: CCAPIConfig,
  { apiKey, headers, fetch }: CCAPIOfficialModelSettings,
  route: 'responses' | 'completion',
) {
  const { createOpenAI } = await import('@ai-sdk/openai');
  // The official provider appends `.responses` / `.completion` to the name itself.
  const name = config.provider.endsWith(`.${route}`)
    ? config.provider.slice(0, -route.length - 1)
    : config.provider;
  return createOpenAI({ baseURL: config.baseURL, apiKey, headers, fetch, name });
}
