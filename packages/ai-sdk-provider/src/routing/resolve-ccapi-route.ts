import { InvalidArgumentError } from '@ai-sdk/provider';
import { detectCCAPIBrand } from '../brands/detect-ccapi-brand';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import { normalizeModelId } from '../utils/normalize-model-id';

/**
 * The wire a language model speaks to CCAPI.
 * - `chat`: OpenAI chat completions (`POST /v1/chat/completions`) with a brand adapter.
 * - `messages`: Anthropic Messages (`POST /v1/messages`).
 * - `gemini`: Gemini native (`/v1beta/models/{id}:generateContent`).
 * - `responses`: OpenAI Responses (`POST /v1/responses`).
 * - `completion`: legacy text completion (`POST /v1/completions`).
 */
export type CCAPIRoute = 'chat' | 'messages' | 'gemini' | 'responses' | 'completion';

/** Every route name, in the order the docs list them. */
export const CCAPI_ROUTES: readonly CCAPIRoute[] = [
  'chat',
  'messages',
  'gemini',
  'responses',
  'completion',
];

export function isCCAPIRoute(value: unknown): value is CCAPIRoute {
  return typeof value === 'string' && (CCAPI_ROUTES as readonly string[]).includes(value);
}

/** The family of a model id, as far as routing cares: its brand, or `other`. */
export type CCAPIModelFamily =
  | 'claude'
  | 'gemini'
  | 'openai'
  | 'deepseek'
  | 'minimax'
  | 'glm'
  | 'other';

/** Family names a `routes` key may use, including the vendor aliases users tend to write. */
export const CCAPI_MODEL_FAMILY_ALIASES: Readonly<Record<string, CCAPIModelFamily>> = {
  claude: 'claude',
  anthropic: 'claude',
  gemini: 'gemini',
  google: 'gemini',
  openai: 'openai',
  gpt: 'openai',
  deepseek: 'deepseek',
  minimax: 'minimax',
  glm: 'glm',
  zhipu: 'glm',
};

/**
 * Classifies a bare (`claude-sonnet-4-6`) or provider-prefixed (`anthropic/claude-sonnet-4-6`)
 * model id with the same detection the brand adapters use. Unknown ids are `other`, never an
 * error: CCAPI adds models faster than we release.
 */
export function classifyCCAPIModelFamily(modelId: string): CCAPIModelFamily {
  const brand = detectCCAPIBrand(modelId);
  return brand === 'generic' ? 'other' : brand;
}

/** A `routes` key: a family name (`claude`, `anthropic`, `gemini`, …) or a model-id prefix. */
export type CCAPIRouteKey =
  | 'claude'
  | 'anthropic'
  | 'gemini'
  | 'google'
  | 'openai'
  | 'deepseek'
  | 'minimax'
  | 'glm'
  | 'zhipu'
  | (string & {});

/**
 * Per-provider route overrides. Keys are families (`claude`, `gemini`, `openai`, … and the
 * aliases `anthropic`, `google`, `zhipu`) or model-id prefixes (`claude-opus`, `gemini-3`,
 * `anthropic/`). A prefix matches the id as written or without its provider prefix. The longest
 * matching prefix wins; a family key is less specific than any prefix.
 */
export type CCAPIRoutes = Partial<Record<CCAPIRouteKey, CCAPIRoute>>;

/**
 * Where a model goes when nothing overrides it. Claude goes to the native Messages route: only
 * there do thinking signatures, `cache_control` and tool loops with thinking survive (the chat
 * relay drops them, 2026-12-03-wire-rules.md#claude-on-the-chat-relay). Completion-only OpenAI models go to `/v1/completions`
 * because chat completions rejects them. Everything else speaks chat completions.
 */
export const CCAPI_DEFAULT_ROUTES: Readonly<CCAPIRoutes> = {
  claude: 'messages',
  'gpt-3.5-turbo-instruct': 'completion',
  'davinci-002': 'completion',
  'babbage-002': 'completion',
};

/**
 * Picks the route of a language model: the per-model `api` setting, else the best-matching
 * provider `routes` override, else the best-matching default, else `chat`.
 *
 * @throws InvalidArgumentError when `api` or a `routes` value is not a route name.
 */
export function resolveCCAPIRoute(options: {
  modelId: string;
  api?: CCAPIRoute;
  routes?: CCAPIRoutes;
}): CCAPIRoute {
  return (
    resolveCCAPIRouteOverride(options) ??
    findBestRoute(options.modelId, CCAPI_DEFAULT_ROUTES) ??
    'chat'
  );
}

/**
 * The route the user chose for a language model: the per-model `api` setting, else the
 * best-matching provider `routes` override; undefined when neither applies (the defaults, or
 * the catalog with `routing: 'catalog'`, decide then).
 *
 * @throws InvalidArgumentError when `api` or a `routes` value is not a route name.
 */
export function resolveCCAPIRouteOverride(options: {
  modelId: string;
  api?: CCAPIRoute;
  routes?: CCAPIRoutes;
}): CCAPIRoute | undefined {
  const { modelId, api, routes } = options;
  if (api !== undefined) {
    assertCCAPIRoute(api, { argument: 'api', context: `model '${modelId}'` });
    return api;
  }
  validateCCAPIRoutes(routes);
  return findBestRoute(modelId, routes);
}

/** Checks every value of a `routes` setting; call it early to fail at provider creation. */
export function validateCCAPIRoutes(routes: CCAPIRoutes | undefined): void {
  if (routes == null) return;
  if (typeof routes !== 'object' || Array.isArray(routes)) {
    throw new InvalidArgumentError({
      argument: 'routes',
      message: `CCAPI 'routes' must be an object such as { claude: 'chat', 'gemini-3': 'gemini' }, got ${JSON.stringify(routes)}.`,
    });
  }
  for (const [key, route] of Object.entries(routes)) {
    // `{ claude: undefined }` (e.g. from spreading optional config) means "no override".
    if (route === undefined) continue;
    if (key.trim().length === 0) {
      throw new InvalidArgumentError({
        argument: 'routes',
        message: `CCAPI 'routes' has an empty key. Use a family (claude, gemini, openai, …) or a model-id prefix.`,
      });
    }
    assertCCAPIRoute(route, { argument: `routes.${key}`, context: `routes key '${key}'` });
  }
}

function assertCCAPIRoute(
  value: unknown,
  { argument, context }: { argument: string; context: string },
): asserts value is CCAPIRoute {
  if (isCCAPIRoute(value)) return;
  const suggestion = typeof value === 'string' ? ROUTE_SUGGESTIONS[value.toLowerCase()] : undefined;
  throw new InvalidArgumentError({
    argument,
    message:
      `Unknown CCAPI route ${JSON.stringify(value)} for ${context}. ` +
      (suggestion != null ? `Did you mean '${suggestion}'? ` : '') +
      `Use one of: ${CCAPI_ROUTES.join(', ')} (${ccapiDocsUrl('models-and-routing.md#choosing-a-route-yourself')}).`,
  });
}

// What people write when they mean a route (endpoint names, vendor names, singular/plural).
const ROUTE_SUGGESTIONS: Readonly<Record<string, CCAPIRoute>> = {
  'chat-completions': 'chat',
  chat_completions: 'chat',
  'chat/completions': 'chat',
  openai: 'chat',
  message: 'messages',
  anthropic: 'messages',
  claude: 'messages',
  google: 'gemini',
  generatecontent: 'gemini',
  v1beta: 'gemini',
  response: 'responses',
  completions: 'completion',
  legacy: 'completion',
};

function findBestRoute(
  modelId: string,
  routes: Readonly<CCAPIRoutes> | undefined,
): CCAPIRoute | undefined {
  if (routes == null) return undefined;
  const id = modelId.trim().toLowerCase();
  const bare = normalizeModelId(id);
  let family: CCAPIModelFamily | undefined;
  let best: { route: CCAPIRoute; score: number } | undefined;

  for (const [rawKey, route] of Object.entries(routes)) {
    if (route == null) continue;
    const key = rawKey.trim().toLowerCase();
    const keyFamily = CCAPI_MODEL_FAMILY_ALIASES[key];
    let score: number | undefined;
    if (keyFamily != null) {
      family ??= classifyCCAPIModelFamily(modelId);
      // A family key is the least specific match: any matching prefix beats it.
      if (keyFamily === family) score = 0;
    } else if (id.startsWith(key) || bare.startsWith(key)) {
      score = key.length;
    }
    if (score != null && (best == null || score > best.score)) best = { route, score };
  }
  return best?.route;
}
