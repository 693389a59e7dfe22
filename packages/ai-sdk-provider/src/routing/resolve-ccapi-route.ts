import { InvalidArgumentError } from '@ai-sdk/provider';
import {
  bareModelId,
  CCAPI_MODEL_FAMILY_ALIASES,
  type CCAPIModelFamily,
  classifyCCAPIModelFamily,
} from './ccapi-model-family';
import { CCAPI_ROUTES, type CCAPIRoute, isCCAPIRoute } from './ccapi-route';

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
 * relay drops them, new-api-relay.md §1a). Completion-only OpenAI models go to `/v1/completions`
 * because chat completions rejects them. Everything else speaks chat completions.
 */
export const CCAPI_DEFAULT_ROUTES: Readonly<CCAPIRoutes> = {
  claude: 'messages',
  'gpt-3.5-turbo-instruct': 'completion',
  'davinci-002': 'completion',
  'babbage-002': 'completion',
};

export const CCAPI_FALLBACK_ROUTE: CCAPIRoute = 'chat';

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
  const { modelId, api, routes } = options;
  if (api !== undefined) {
    assertCCAPIRoute(api, { argument: 'api', context: `model '${modelId}'` });
    return api;
  }
  validateCCAPIRoutes(routes);
  return (
    findBestRoute(modelId, routes) ??
    findBestRoute(modelId, CCAPI_DEFAULT_ROUTES) ??
    CCAPI_FALLBACK_ROUTE
  );
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
      `Use one of: ${CCAPI_ROUTES.join(', ')} (see docs/routing.md).`,
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
  const bare = bareModelId(id);
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
