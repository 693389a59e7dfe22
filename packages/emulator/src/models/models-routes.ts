import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { sendJson } from '../http/send-response';
import { EMULATOR_MODELS, type EmulatorModel } from './emulator-model-catalog';

/** Asks one `GET /v1/models` for the other envelope: `new-api` or `openai`. */
export const MODELS_ENVELOPE_HEADER = 'x-emulator-models-envelope';

export type EmulatorModelsEnvelope = 'new-api' | 'openai';

/**
 * `GET /v1/models` lists the catalog (emulator-model-catalog.ts plus the `extraModels` option):
 * - in new-api's envelope `{success: true, object: "list", data}`, or with the `modelsEnvelope`
 *   option or the `x-emulator-models-envelope` header `openai`, the docs' and OpenAI's
 *   `{object: "list", data}`;
 * - filtered by the docs' `?provider=` (provider name or `owned_by`) and `?type=` (`ccapi.type`);
 * - in the Anthropic list shape when called with `x-api-key` and `anthropic-version`, as
 *   new-api does.
 * `GET /v1/models/{id}` answers the OpenAI model object, or new-api's `model_not_found` error
 * with status 200 for an id the catalog does not list.
 */
export const modelsRoutes: EmulatorRoute[] = [
  {
    method: 'GET',
    path: '/v1/models',
    auth: 'anthropic',
    handle: (context) => {
      const { req, res, url } = context;
      let models = listEmulatorModels(context);
      const provider = url.searchParams.get('provider')?.toLowerCase();
      if (provider) models = models.filter((model) => ownerNames(model).includes(provider));
      const type = url.searchParams.get('type')?.toLowerCase();
      if (type) models = models.filter((model) => readRecord(model)?.ccapi?.type === type);

      if (req.headers['x-api-key'] != null && req.headers['anthropic-version'] != null) {
        sendJson(res, 200, anthropicList(models));
        return;
      }
      const envelope = readEnvelope(context);
      sendJson(
        res,
        200,
        envelope === 'openai'
          ? { object: 'list', data: models }
          : { success: true, object: 'list', data: models },
      );
    },
  },
  {
    method: 'GET',
    // Ids may hold a slash (`openai/gpt-5`).
    path: /^\/v1\/models\/(?<model>.+)$/,
    auth: 'bearer',
    handle: (context) => {
      const id = decodeURIComponent(context.params.model ?? '');
      const found = listEmulatorModels(context).find((model) => readRecord(model)?.id === id);
      const record = readRecord(found);
      if (record != null) {
        sendJson(context.res, 200, {
          id: record.id,
          object: 'model',
          created: record.created,
          owned_by: record.owned_by,
        });
        return;
      }
      sendJson(context.res, 200, {
        error: {
          message: `The model '${id}' does not exist`,
          type: 'invalid_request_error',
          param: 'model',
          code: 'model_not_found',
        },
      });
    },
  },
];

/** The catalog one emulator serves: the built-in list, then the `extraModels` option as given. */
export function listEmulatorModels(context: Pick<EmulatorContext, 'state'>): unknown[] {
  return [...EMULATOR_MODELS, ...context.state.options.extraModels];
}

function readEnvelope({ req, state }: EmulatorContext): EmulatorModelsEnvelope {
  const header = req.headers[MODELS_ENVELOPE_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return value === 'openai' || value === 'new-api' ? value : state.options.modelsEnvelope;
}

// Extra entries may be anything (a test can serve a malformed one); read them defensively.
function readRecord(value: unknown): Partial<EmulatorModel> | undefined {
  return value != null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Partial<EmulatorModel>)
    : undefined;
}

function ownerNames(value: unknown): string[] {
  const model = readRecord(value);
  return [model?.provider?.name, model?.owned_by]
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.toLowerCase());
}

function anthropicList(models: unknown[]) {
  const data = models.flatMap((value) => {
    const model = readRecord(value);
    if (typeof model?.id !== 'string') return [];
    return [
      {
        id: model.id,
        created_at: new Date((model.created ?? 0) * 1000).toISOString(),
        display_name: model.ccapi?.display_name ?? model.id,
        type: 'model',
      },
    ];
  });
  return {
    data,
    first_id: data[0]?.id ?? null,
    has_more: false,
    last_id: data.at(-1)?.id ?? null,
  };
}
