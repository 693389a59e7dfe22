import snapshot from './ccapi-catalog-snapshot.json';
import { EMULATOR_MODEL_EXTRAS, renderEmulatorModelExtras } from './emulator-model-extras';
import { EMULATOR_TEST_MODELS } from './emulator-test-models';

/**
 * new-api's endpoint types, as listed in `supported_endpoint_types` (constant/endpoint_type.go):
 * which request formats a model can be called with.
 */
export type ModelEndpointType =
  | 'openai'
  | 'openai-response'
  | 'openai-response-compact'
  | 'anthropic'
  | 'gemini'
  | 'jina-rerank'
  | 'image-generation'
  | 'embeddings'
  | 'openai-video';

/**
 * One catalog entry as `GET /v1/models` sends it: new-api's fields, plus the docs' richer
 * `provider` and `ccapi` objects (display name, type, modalities, capabilities, pricing).
 */
export interface EmulatorModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  supported_endpoint_types: ModelEndpointType[];
  provider?: { name: string; display_name?: string };
  ccapi?: {
    display_name?: string;
    type?: string;
    input_modalities?: string[];
    output_modalities?: string[];
    capabilities?: Record<string, unknown>;
    pricing?: Record<string, unknown>;
  };
}

/**
 * What `GET /v1/models` lists: the provider's catalog snapshot
 * (`packages/ai-sdk-provider/catalog/ccapi-catalog-snapshot.json`, copied here by
 * `pnpm catalog:generate`), with illustrative limits and prices (emulator-model-extras.ts), then
 * the ids the repo's own tests use (emulator-test-models.ts). It is also what the emulator serves:
 * like CCAPI, it answers an id no channel lists with 503 `model_not_found` (unless started with
 * `acceptUnknownModels`). Ids match exactly, case and provider prefix included.
 */
export const EMULATOR_MODELS: readonly EmulatorModel[] = [
  ...(snapshot.data as EmulatorModel[]).map(withExtras),
  ...EMULATOR_TEST_MODELS,
];

function withExtras(model: EmulatorModel): EmulatorModel {
  const extras = EMULATOR_MODEL_EXTRAS[model.id];
  if (extras == null) return model;
  return { ...model, ccapi: { ...model.ccapi, ...renderEmulatorModelExtras(extras) } };
}
