import { InvalidArgumentError } from '@ai-sdk/provider';

/**
 * How `ccapi(id)` picks a language model's route when neither the model's `api` setting nor the
 * provider's `routes` decide:
 * - `model-id` (default): from the id alone, with no network call;
 * - `catalog`: from the model's `supported_endpoint_types` in CCAPI's catalog, read once per
 *   provider at the first call (the id decides for models the catalog does not list, and, with
 *   a warning, when the catalog cannot be read).
 */
export type CCAPIRoutingMode = 'model-id' | 'catalog';

export const CCAPI_ROUTING_MODES: readonly CCAPIRoutingMode[] = ['model-id', 'catalog'];

/** @throws InvalidArgumentError for anything but a routing mode (or undefined). */
export function validateCCAPIRoutingMode(value: unknown): CCAPIRoutingMode {
  if (value === undefined) return 'model-id';
  if ((CCAPI_ROUTING_MODES as readonly unknown[]).includes(value)) return value as CCAPIRoutingMode;
  throw new InvalidArgumentError({
    argument: 'routing',
    message: `Unknown CCAPI 'routing' ${JSON.stringify(value)}. Use 'model-id' (the default: the route follows the id) or 'catalog' (the route follows the model's supported_endpoint_types in GET /v1/models).`,
  });
}
