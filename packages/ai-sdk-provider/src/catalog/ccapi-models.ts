import type { CCAPICatalogCache } from './ccapi-catalog-cache';
import type { CCAPICatalogModel, CCAPIModelList } from './ccapi-catalog-model';
import type { CCAPIModelType } from './ccapi-model-type';

export interface CCAPIListModelsOptions {
  /**
   * Only this provider's models: compared, ignoring case, with the provider's name and display
   * name, `owned_by` and the id's vendor prefix (`openai` matches `openai/gpt-5`).
   */
  provider?: string;
  /** Only models of this type (`chat`, `image`, `video`, `embedding`, `rerank`, `audio`, …). */
  type?: CCAPIModelType;
  /** Read the catalog again even when this provider's copy is fresh (it keeps one for 5 minutes). */
  refresh?: boolean;
  /** Stops waiting for the catalog. */
  abortSignal?: AbortSignal;
}

export interface CCAPIGetModelOptions {
  /** Read the catalog again even when this provider's copy is fresh. */
  refresh?: boolean;
  /** Stops waiting for the catalog. */
  abortSignal?: AbortSignal;
}

/** `ccapi.models`: CCAPI's model catalog (`GET /v1/models`). */
export interface CCAPIModels {
  /**
   * The models this key can use, with what CCAPI says about each (type, routes, modalities,
   * limits, capabilities, prices). Entries CCAPI sends that cannot be read are in `skipped`.
   * The provider keeps the list for 5 minutes and reads its prices for cost estimates.
   *
   * @throws InvalidArgumentError for an unknown `type` or an empty `provider`.
   * @throws APICallError when CCAPI cannot be reached or answers with an error.
   */
  list(options?: CCAPIListModelsOptions): Promise<CCAPIModelList>;
  /**
   * One model of the list, or undefined when the list does not have it (that does not mean a
   * call would fail: CCAPI may hide models without a price). Reads the list because the
   * gateway's own `GET /v1/models/{id}` answers HTTP 200 with an error for most ids.
   */
  get(modelId: string, options?: CCAPIGetModelOptions): Promise<CCAPICatalogModel | undefined>;
}

/** The thin `ccapi.models` object: the implementation loads on first use. */
export function createCCAPIModels(cache: CCAPICatalogCache): CCAPIModels {
  return {
    list: async (options) => (await import('./list-ccapi-models')).listCCAPIModels(cache, options),
    get: async (modelId, options) =>
      (await import('./list-ccapi-models')).getCCAPIModel(cache, modelId, options),
  };
}
