import type { CCAPIRoute } from './ccapi-route';

/**
 * Per-provider route overrides: keys are brands (`claude`, `gemini`, ...) or model-id prefixes
 * (`claude-opus`, `anthropic/`); the longest matching key wins.
 */
export type CCAPIRoutes = Partial<Record<string, CCAPIRoute>>;

// PLACEHOLDER until the routing issue lands: every model goes to chat completions.
export function resolveCCAPIRoute(options: {
  modelId: string;
  api?: CCAPIRoute;
  routes?: CCAPIRoutes;
}): CCAPIRoute {
  return options.api ?? 'chat';
}
