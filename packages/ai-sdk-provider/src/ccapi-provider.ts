import type {
  EmbeddingModelV4,
  LanguageModelV4,
  ProviderV4,
  RerankingModelV4,
  SpeechModelV4,
  TranscriptionModelV4,
} from '@ai-sdk/provider';
import { InvalidArgumentError } from '@ai-sdk/provider';
import {
  generateId as defaultGenerateId,
  type FetchFunction,
  loadApiKey,
} from '@ai-sdk/provider-utils';
import type { CCAPIBalanceOptions } from './balance/ccapi-balance';
import { type CCAPIBrand, loadCCAPIBrandAdapter } from './brands/ccapi-brand-adapters';
import { detectCCAPIBrand } from './brands/detect-ccapi-brand';
import { createCCAPICatalog } from './catalog/create-ccapi-catalog';
import type { CCAPIChatModelId } from './catalog/generated/ccapi-chat-model-ids';
import type { CCAPIRerankingModelId } from './catalog/generated/ccapi-reranking-model-ids';
import type { CCAPIConfig } from './ccapi-config';
import type { CCAPIProviderExtensions } from './ccapi-provider-extensions';
import { CCAPIChatLanguageModel } from './chat/ccapi-chat-language-model';
import { createCCAPIPricingStore } from './cost/ccapi-pricing-store';
import {
  type CCAPIPricingSettings,
  validateCCAPIPricingSettings,
} from './cost/validate-ccapi-pricing-settings';
import { CCAPIEmbeddingModel, type CCAPIEmbeddingModelId } from './embedding/ccapi-embedding-model';
import { CCAPIImageModel, type CCAPIImageModelId } from './image/ccapi-image-model';
import type { CCAPIModerationOptions } from './moderation/ccapi-moderation-options';
import { createCCAPIMusicClient } from './music/ccapi-music-client';
import { CCAPIMusicModel } from './music/ccapi-music-model';
import {
  CCAPIRealtimeModel,
  type CCAPIRealtimeModelSettings,
} from './realtime/ccapi-realtime-model';
import { CCAPIRerankingModel } from './reranking/ccapi-reranking-model';
import { CCAPICatalogRoutedLanguageModel } from './routing/ccapi-catalog-routed-language-model';
import { CCAPINativeLanguageModel } from './routing/ccapi-native-language-model';
import type { CCAPINativeRoute } from './routing/ccapi-native-routes';
import { type CCAPIRoutingMode, validateCCAPIRoutingMode } from './routing/ccapi-routing-mode';
import {
  type CCAPIRoute,
  type CCAPIRoutes,
  resolveCCAPIRoute,
  resolveCCAPIRouteOverride,
  validateCCAPIRoutes,
} from './routing/resolve-ccapi-route';
import { CCAPISpeechModel, type CCAPISpeechModelId } from './speech/ccapi-speech-model';
import {
  CCAPITranscriptionModel,
  type CCAPITranscriptionModelId,
} from './transcription/ccapi-transcription-model';
import { createCCAPIFetch } from './utils/create-ccapi-fetch';
import { getRootURL, joinURL } from './utils/join-url';
import { validateCCAPIBaseURL } from './utils/validate-ccapi-base-url';
import { VERSION } from './version';
import { CCAPIVideoModel, type CCAPIVideoModelId } from './video/ccapi-video-model';

export const CCAPI_DEFAULT_BASE_URL = 'https://api.ccapi.ai/v1';

export interface CCAPIProviderSettings {
  /**
   * CCAPI API key. Defaults to the `CCAPI_API_KEY` environment variable, read when a request is
   * made (not when the provider is created).
   */
  apiKey?: string;
  /**
   * Base URL of the OpenAI-style routes. Default: `https://api.ccapi.ai/v1`. Trailing slashes are
   * tolerated. Native routes (`/v1beta`, `/suno`, `/kling`) are derived from its origin.
   */
  baseURL?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Custom fetch implementation, e.g. for proxies or tests. */
  fetch?: FetchFunction;
  /**
   * Override which wire a language model id uses (see https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/models-and-routing.md). Keys are brands or
   * model-id prefixes; the most specific match wins.
   */
  routes?: CCAPIRoutes;
  /**
   * How `ccapi(id)` picks the route when neither `api` nor `routes` decide: `model-id` (default,
   * no network call) or `catalog` (from the model's `supported_endpoint_types`, read once per
   * provider at the first call; see https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/models-and-routing.md).
   */
  routing?: CCAPIRoutingMode;
  /**
   * Prices in USD per model id, for the cost estimate in `providerMetadata.ccapi.cost`. They win
   * over the catalog's prices, which the provider uses once `models.list()` has read them.
   */
  pricing?: CCAPIPricingSettings;
  /** Id generator for tool calls and parts. */
  generateId?: () => string;
}

export interface CCAPILanguageModelSettings {
  /** Which CCAPI route to use for this model. Default: chosen from the model id (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/models-and-routing.md). */
  api?: CCAPIRoute;
  /**
   * The brand adapter on the chat route, for ids whose brand cannot be told from the name (a
   * fine-tune, a private alias): `ccapi('my-finetune', { brand: 'deepseek' })`. Default: detected
   * from the model id.
   */
  brand?: CCAPIBrand;
}

export interface CCAPIProvider extends ProviderV4, CCAPIProviderExtensions {
  /** A language model on the best route for this id (chat completions for most brands). */
  (modelId: CCAPIChatModelId, settings?: CCAPILanguageModelSettings): LanguageModelV4;
  /** A language model on the best route for this id. */
  languageModel(modelId: CCAPIChatModelId, settings?: CCAPILanguageModelSettings): LanguageModelV4;
  /** A chat-completions model (`POST /v1/chat/completions`) with its brand adapter. */
  chat(
    modelId: CCAPIChatModelId,
    settings?: Omit<CCAPILanguageModelSettings, 'api'>,
  ): LanguageModelV4;
  /** A Claude model on the native Anthropic Messages route (`POST /v1/messages`). */
  messages(modelId: CCAPIChatModelId): LanguageModelV4;
  /** A Gemini model on the native route (`/v1beta/models/{id}:generateContent`). */
  gemini(modelId: CCAPIChatModelId): LanguageModelV4;
  /** A model on the OpenAI Responses route (`POST /v1/responses`). */
  responses(modelId: CCAPIChatModelId): LanguageModelV4;
  /** A legacy text-completion model (`POST /v1/completions`). */
  completion(modelId: CCAPIChatModelId): LanguageModelV4;
  /** An embedding model (`POST /v1/embeddings`). */
  embeddingModel(modelId: CCAPIEmbeddingModelId): EmbeddingModelV4;
  /** An image model: nano banana (Gemini native), pay-per-image, Jimeng or Midjourney by id. */
  imageModel(modelId: CCAPIImageModelId): CCAPIImageModel;
  /** A video model: the generic video task route, or Kling's own routes, by id. */
  videoModel(modelId: CCAPIVideoModelId): CCAPIVideoModel;
  /** A transcription / translation model (`POST /v1/audio/transcriptions`). */
  transcriptionModel(modelId: CCAPITranscriptionModelId): TranscriptionModelV4;
  /** A text-to-speech model (`POST /v1/audio/speech`). */
  speechModel(modelId: CCAPISpeechModelId): SpeechModelV4;
  /** A reranking model (`POST /v1/rerank`) for the AI SDK's `rerank()`. */
  rerankingModel(modelId: CCAPIRerankingModelId): RerankingModelV4;
}

/** Creates a CCAPI provider. */
export function createCCAPI(options: CCAPIProviderSettings = {}): CCAPIProvider {
  // Bad settings fail here, when the provider is created, not at the first request.
  validateCCAPIRoutes(options.routes);
  if ('brand' in options) {
    throw new InvalidArgumentError({
      argument: 'brand',
      message:
        "createCCAPI has no 'brand' setting: the brand is chosen per model. Write ccapi('my-model', { brand: 'deepseek' }) (or ccapi.chat(id, { brand })) for an id whose brand cannot be detected.",
    });
  }
  const routing = validateCCAPIRoutingMode(options.routing);
  const pricing = createCCAPIPricingStore(validateCCAPIPricingSettings(options.pricing));
  const baseURL = validateCCAPIBaseURL(options.baseURL ?? CCAPI_DEFAULT_BASE_URL);
  const rootURL = getRootURL(baseURL);

  const apiKey = () =>
    loadApiKey({
      apiKey: options.apiKey,
      environmentVariableName: 'CCAPI_API_KEY',
      description: 'CCAPI',
    });

  // The user-agent suffix, key redaction and the HTML check live in this fetch, on every route.
  const fetch = createCCAPIFetch({
    fetch: options.fetch,
    userAgentSuffix: `ccapi-ai-sdk-provider/${VERSION}`,
    baseURL,
  });
  const headers = (): Record<string, string | undefined> => ({
    Authorization: `Bearer ${apiKey()}`,
    ...options.headers,
  });

  const createConfig = (modelType: string): CCAPIConfig => ({
    provider: `ccapi.${modelType}`,
    baseURL,
    url: (path) => joinURL(baseURL, path),
    urlFromRoot: (path) => joinURL(rootURL, path),
    headers,
    apiKey,
    fetch,
    generateId: options.generateId ?? defaultGenerateId,
    currentDate: () => new Date(),
    findPricing: pricing.findPricing,
  });
  const catalog = createCCAPICatalog({ config: createConfig('catalog'), pricing });

  const createChatModel = (modelId: string, settings: { brand?: CCAPIBrand } = {}) =>
    new CCAPIChatLanguageModel(modelId, {
      ...createConfig('chat'),
      adapter: loadCCAPIBrandAdapter(settings.brand ?? detectCCAPIBrand(modelId)),
    });

  const createNativeModel = (route: CCAPINativeRoute, modelId: string) =>
    new CCAPINativeLanguageModel(modelId, createConfig(route), route);

  const createLanguageModel = (modelId: string, settings: CCAPILanguageModelSettings = {}) => {
    const override = resolveCCAPIRouteOverride({
      modelId,
      api: settings.api,
      routes: options.routes,
    });
    const idRoute = override ?? resolveCCAPIRoute({ modelId });
    if (routing === 'catalog' && override == null) {
      return new CCAPICatalogRoutedLanguageModel(modelId, {
        idRoute,
        createModel: (route) => createRoutedLanguageModel(modelId, route, settings),
        lookupEndpointTypes: catalog.lookupEndpointTypes,
      });
    }
    return createRoutedLanguageModel(modelId, idRoute, settings);
  };

  const createRoutedLanguageModel = (
    modelId: string,
    route: CCAPIRoute,
    settings: CCAPILanguageModelSettings,
  ): LanguageModelV4 =>
    route === 'chat' ? createChatModel(modelId, settings) : createNativeModel(route, modelId);

  const provider = function (modelId: CCAPIChatModelId, settings?: CCAPILanguageModelSettings) {
    if (new.target) {
      throw new Error('The CCAPI model function cannot be called with the new keyword.');
    }
    return createLanguageModel(modelId, settings);
  } as unknown as CCAPIProvider;

  Object.assign(provider, {
    specificationVersion: 'v4' as const,
    languageModel: createLanguageModel,
    chat: createChatModel,
    messages: (modelId: string) => createNativeModel('messages', modelId),
    gemini: (modelId: string) => createNativeModel('gemini', modelId),
    responses: (modelId: string) => createNativeModel('responses', modelId),
    completion: (modelId: string) => createNativeModel('completion', modelId),
    embeddingModel: (modelId: string) =>
      new CCAPIEmbeddingModel(modelId, createConfig('embedding')),
    imageModel: (modelId: string) => new CCAPIImageModel(modelId, createConfig('image')),
    videoModel: (modelId: string) => new CCAPIVideoModel(modelId, createConfig('video')),
    transcriptionModel: (modelId: string) =>
      new CCAPITranscriptionModel(modelId, createConfig('transcription')),
    speechModel: (modelId: string) => new CCAPISpeechModel(modelId, createConfig('speech')),
    moderate: async (moderationOptions: CCAPIModerationOptions) =>
      (await import('./moderation/ccapi-moderation')).createCCAPIModeration(
        createConfig('moderation'),
      )(moderationOptions),
    models: catalog.models,
    balance: async (balanceOptions?: CCAPIBalanceOptions) =>
      (await import('./balance/fetch-ccapi-balance')).fetchCCAPIBalance(
        createConfig('balance'),
        balanceOptions,
      ),
    musicModel: (modelId: string) => new CCAPIMusicModel(modelId, createConfig('music')),
    music: createCCAPIMusicClient(createConfig('music')),
    rerankingModel: (modelId: string) =>
      new CCAPIRerankingModel(modelId, createConfig('reranking')),
    realtimeModel: (modelId: string, settings?: CCAPIRealtimeModelSettings) =>
      new CCAPIRealtimeModel(modelId, createConfig('realtime'), settings),
  });

  return provider;
}

/** The default CCAPI provider, reading `CCAPI_API_KEY` at request time. */
export const ccapi = createCCAPI();
