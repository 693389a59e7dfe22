import type { EmulatorRoute } from '../emulator-types';
import { sendJson } from '../http/send-response';
import { EMULATOR_MODELS } from './emulator-model-catalog';

/**
 * `GET /v1/models` answers new-api's list shape (`success` next to the OpenAI fields);
 * `GET /v1/models/:model` answers one model, or new-api's `model_not_found` error, which it
 * sends with status 200.
 */
export const modelsRoutes: EmulatorRoute[] = [
  {
    method: 'GET',
    path: '/v1/models',
    auth: 'bearer',
    handle: ({ res }) => {
      sendJson(res, 200, { success: true, object: 'list', data: EMULATOR_MODELS });
    },
  },
  {
    method: 'GET',
    path: '/v1/models/:model',
    auth: 'bearer',
    handle: ({ res, params }) => {
      const found = EMULATOR_MODELS.find((m) => m.id === params.model);
      if (found) {
        sendJson(res, 200, found);
        return;
      }
      sendJson(res, 200, {
        error: {
          message: `The model '${params.model}' does not exist`,
          type: 'invalid_request_error',
          param: 'model',
          code: 'model_not_found',
        },
      });
    },
  },
];
