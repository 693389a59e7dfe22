import type { ServerResponse } from 'node:http';
import type { EmulatorAuthStyle, EmulatorRoute, RecordedRequest } from '../emulator-types';
import { sendGatewayError } from '../http/send-response';
import { isEmulatorModelId } from './is-emulator-model-id';

/** new-api's distributor answer when no channel serves the model for the key's group. */
export function sendModelNotFound(res: ServerResponse, auth: EmulatorAuthStyle, model: string) {
  sendGatewayError(res, auth, 503, {
    message: `No available channel for model ${model} under group default (distributor)`,
    code: 'model_not_found',
  });
}

/**
 * The distributor's lookup: answers 503 `model_not_found` and returns true when the route takes
 * a model and the request names one the catalog does not list. The emulator's own suffixes
 * (`~fault:…`, `~finish:…`, `~base_resp:…`, `~passthrough`) are not part of the id; a missing
 * model is left to the route (it answers 400). Ids added with the `extraModels` option count as
 * listed, as they do in `GET /v1/models`.
 */
export function rejectUnknownModel(
  res: ServerResponse,
  route: EmulatorRoute,
  request: RecordedRequest,
  params: Record<string, string>,
  extraModels: readonly unknown[] = [],
): boolean {
  const requested = route.model?.(request, params);
  if (requested == null) return false;
  const model = withoutEmulatorSuffixes(requested);
  if (model.trim() === '' || isEmulatorModelId(model)) return false;
  if (extraModels.some((entry) => (entry as { id?: unknown } | null)?.id === model)) return false;
  sendModelNotFound(res, route.auth, model);
  return true;
}

/** The id a channel would be looked up by: everything before the first emulator suffix. */
export function withoutEmulatorSuffixes(model: string): string {
  const suffix = model.indexOf('~');
  return suffix === -1 ? model : model.slice(0, suffix);
}

/** The `model` field of a JSON body, or `fallback` (new-api's default for the route). */
export function modelInBody(fallback?: string) {
  return (request: RecordedRequest): string | undefined => {
    const body = request.body;
    const model =
      body != null && typeof body === 'object' ? (body as { model?: unknown }).model : undefined;
    return typeof model === 'string' ? model : fallback;
  };
}
