import type { CCAPIRoute } from './resolve-ccapi-route';

/**
 * The language-model routes each new-api endpoint type stands for, in the order a model is
 * moved when its id-based route is not served: chat completions first (every brand adapter
 * works there), then the native wires. `openai` covers `/v1/completions` too.
 */
const ROUTES_BY_ENDPOINT_TYPE: ReadonlyArray<[string, readonly CCAPIRoute[]]> = [
  ['openai', ['chat', 'completion']],
  ['anthropic', ['messages']],
  ['openai-response', ['responses']],
  ['gemini', ['gemini']],
];

/** The routes that serve a model with these `supported_endpoint_types`, in preference order. */
export function routesFromCCAPIEndpointTypes(endpointTypes: readonly string[]): CCAPIRoute[] {
  const routes: CCAPIRoute[] = [];
  for (const [endpointType, endpointRoutes] of ROUTES_BY_ENDPOINT_TYPE) {
    if (endpointTypes.includes(endpointType)) routes.push(...endpointRoutes);
  }
  return routes;
}

/**
 * The route for a model the catalog lists. The route chosen from the id stays when the catalog
 * says it is served (Claude keeps `messages` when `anthropic` is listed); otherwise the first
 * served route wins, so a model listed only as `anthropic` goes to `messages` and one listed only
 * as `openai-response` to `responses`. Undefined when the catalog names no language route (an
 * embedding model asked for as a language model): the id decides then.
 */
export function pickCCAPICatalogRoute(
  endpointTypes: readonly string[],
  idRoute: CCAPIRoute,
): CCAPIRoute | undefined {
  const served = routesFromCCAPIEndpointTypes(endpointTypes);
  if (served.length === 0) return undefined;
  if (served.includes(idRoute)) return idRoute;
  // `completion` is kept for instruct models, never moved to: chat serves every other id.
  return served.find((route) => route !== 'completion');
}
