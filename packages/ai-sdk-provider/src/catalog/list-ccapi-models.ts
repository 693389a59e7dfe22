import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import type { CCAPICatalogCache } from './ccapi-catalog-cache';
import type { CCAPICatalogModel, CCAPIModelList } from './ccapi-catalog-model';
import { CCAPI_MODEL_TYPES, type CCAPIModelType, isCCAPIModelType } from './ccapi-model-type';
import type { CCAPIGetModelOptions, CCAPIListModelsOptions } from './ccapi-models';
import { normalizeCCAPIModelTypeSpelling } from './infer-ccapi-model-type';

const listOptionsSchema = z.strictObject({
  provider: z.string().trim().min(1, 'provider must be a non-empty string').optional(),
  type: z.string().optional(),
  refresh: z.boolean().optional(),
  abortSignal: z.instanceof(AbortSignal).optional(),
});

const getOptionsSchema = listOptionsSchema.pick({ refresh: true, abortSignal: true });

/** `ccapi.models.list()`: validates the filter, reads the (cached) catalog, filters it. */
export async function listCCAPIModels(
  cache: CCAPICatalogCache,
  options: CCAPIListModelsOptions = {},
): Promise<CCAPIModelList> {
  const { provider, type, refresh, abortSignal } = parseOptions(
    listOptionsSchema,
    options,
    'ccapi.models.list()',
  );
  const modelType = type == null ? undefined : checkModelType(type);
  const list = await cache.read({ refresh, abortSignal });
  if (provider == null && modelType == null) {
    return { models: [...list.models], skipped: [...list.skipped] };
  }
  const wanted = provider?.toLowerCase();
  return {
    models: list.models.filter(
      (model) =>
        (modelType == null || model.type === modelType) &&
        (wanted == null || providerNames(model).includes(wanted)),
    ),
    skipped: [...list.skipped],
  };
}

/** `ccapi.models.get(id)`: the model from the (cached) list, by id, else ignoring case. */
export async function getCCAPIModel(
  cache: CCAPICatalogCache,
  modelId: string,
  options: CCAPIGetModelOptions = {},
): Promise<CCAPICatalogModel | undefined> {
  if (typeof modelId !== 'string' || modelId.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'modelId',
      message: `ccapi.models.get() needs a model id such as 'gpt-5', got ${JSON.stringify(modelId)}.`,
    });
  }
  const { refresh, abortSignal } = parseOptions(getOptionsSchema, options, 'ccapi.models.get()');
  const { models } = await cache.read({ refresh, abortSignal });
  const id = modelId.trim();
  const exact = models.find((model) => model.id === id);
  if (exact != null) return exact;
  const folded = models.filter((model) => model.id.toLowerCase() === id.toLowerCase());
  return folded.length === 1 ? folded[0] : undefined;
}

function parseOptions<SCHEMA extends z.ZodType>(
  schema: SCHEMA,
  options: unknown,
  call: string,
): z.infer<SCHEMA> {
  if (options == null) return schema.parse({});
  const result = schema.safeParse(options);
  if (!result.success) {
    throw new InvalidArgumentError({
      argument: 'options',
      message: `Invalid options for ${call}:\n${z.prettifyError(result.error)}\nSupported options: provider, type, refresh, abortSignal (see ${ccapiDocsUrl('models-and-routing.md')}).`,
      cause: result.error,
    });
  }
  return result.data;
}

function checkModelType(type: string): CCAPIModelType {
  if (isCCAPIModelType(type)) return type;
  const suggestion = normalizeCCAPIModelTypeSpelling(type);
  throw new InvalidArgumentError({
    argument: 'type',
    message:
      `Unknown model type ${JSON.stringify(type)} for ccapi.models.list(). ` +
      (suggestion != null ? `Did you mean '${suggestion}'? ` : '') +
      `Use one of: ${CCAPI_MODEL_TYPES.join(', ')}.`,
  });
}

function providerNames(model: CCAPICatalogModel): string[] {
  const names = [model.provider?.name, model.provider?.displayName, model.ownedBy];
  const slash = model.id.indexOf('/');
  if (slash > 0) names.push(model.id.slice(0, slash));
  return names.filter((name): name is string => name != null).map((name) => name.toLowerCase());
}
