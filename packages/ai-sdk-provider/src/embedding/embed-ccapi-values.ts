import {
  type EmbeddingModelV4,
  InvalidArgumentError,
  TooManyEmbeddingValuesForCallError,
} from '@ai-sdk/provider';
import { combineHeaders, postJsonToApi } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { createCCAPIJsonResponseHandler } from '../errors/create-ccapi-json-response-handler';
import { parseCCAPIModelOptions } from '../utils/parse-ccapi-model-options';
import {
  type CCAPIEmbeddingRequestBody,
  ccapiEmbeddingResponseSchema,
} from './ccapi-embedding-api';
import {
  type CCAPIEmbeddingModelId,
  ccapiEmbeddingModelOptionsSchema,
} from './ccapi-embedding-model-options';
import { convertCCAPIEmbeddingResponse } from './convert-ccapi-embedding-response';

/** What `embedCCAPIValues` reads from the model that calls it. */
interface CCAPIEmbeddingModelFacts {
  modelId: CCAPIEmbeddingModelId;
  provider: string;
  maxEmbeddingsPerCall: number;
  config: CCAPIConfig;
}

/**
 * `doEmbed` of `CCAPIEmbeddingModel`: one `POST /v1/embeddings` for a batch `embedMany` has
 * already split by `maxEmbeddingsPerCall`. Loaded by the model on its first call.
 */
export async function embedCCAPIValues(
  model: CCAPIEmbeddingModelFacts,
  options: Parameters<EmbeddingModelV4['doEmbed']>[0],
): Promise<Awaited<ReturnType<EmbeddingModelV4['doEmbed']>>> {
  const { values, abortSignal, headers, providerOptions } = options;
  const ccapiOptions = parseCCAPIModelOptions({
    providerOptions,
    schema: ccapiEmbeddingModelOptionsSchema,
    modelDescription: `${model.provider} model '${model.modelId}'`,
  });
  // AI SDK 6 has no `dimensions` call option; its apps set it in providerOptions.ccapi.
  const dimensions = ccapiOptions.dimensions ?? options.dimensions;

  if (values.length > model.maxEmbeddingsPerCall) {
    throw new TooManyEmbeddingValuesForCallError({
      provider: model.provider,
      modelId: model.modelId,
      maxEmbeddingsPerCall: model.maxEmbeddingsPerCall,
      values,
    });
  }
  if (dimensions != null && (!Number.isInteger(dimensions) || dimensions < 1)) {
    throw new InvalidArgumentError({
      argument: ccapiOptions.dimensions != null ? 'providerOptions.ccapi.dimensions' : 'dimensions',
      message: `dimensions must be a positive integer, got ${dimensions}. Pass the vector size you want (for example 256) or leave it out for the model's default.`,
    });
  }
  const emptyIndex = values.findIndex((value) => value.length === 0);
  if (emptyIndex !== -1) {
    throw new InvalidArgumentError({
      argument: 'values',
      message: `values[${emptyIndex}] is an empty string. Embedding APIs reject empty input; filter empty strings out before calling embed/embedMany.`,
    });
  }

  if (values.length === 0) return { embeddings: [], warnings: [] };

  const body: CCAPIEmbeddingRequestBody = {
    model: model.modelId,
    input: values,
    encoding_format: ccapiOptions.encodingFormat ?? 'float',
    ...(dimensions != null && { dimensions }),
    ...(ccapiOptions.user != null && { user: ccapiOptions.user }),
  };

  const {
    responseHeaders,
    value: response,
    rawValue,
  } = await postJsonToApi({
    url: model.config.url('/embeddings'),
    headers: combineHeaders(model.config.headers(), headers),
    body,
    failedResponseHandler: createCCAPIFailedResponseHandler({
      modelId: model.modelId,
    }),
    successfulResponseHandler: createCCAPIJsonResponseHandler(ccapiEmbeddingResponseSchema, {
      modelId: model.modelId,
      describeMismatch: 'has no embeddings list (data[].embedding)',
    }),
    abortSignal,
    fetch: model.config.fetch,
  });

  const { embeddings, usage } = convertCCAPIEmbeddingResponse(response);
  return {
    embeddings,
    usage,
    warnings: [],
    ...(response.model != null && { providerMetadata: { ccapi: { model: response.model } } }),
    response: { headers: responseHeaders, body: rawValue },
  };
}
