import {
  type EmbeddingModelV4,
  InvalidArgumentError,
  TooManyEmbeddingValuesForCallError,
} from '@ai-sdk/provider';
import {
  combineHeaders,
  EXPERIMENTAL_EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
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
import { getCCAPIEmbeddingLimits } from './get-ccapi-embedding-limits';

/**
 * Text embeddings through `POST /v1/embeddings`. Batches are split by `embedMany` according to
 * `maxEmbeddingsPerCall` (known per model family, see `getCCAPIEmbeddingLimits`) and sent in
 * parallel.
 *
 * Loaded by the thin model class of the same name on its first call.
 */
export class CCAPIEmbeddingModelImplementation implements EmbeddingModelV4 {
  readonly specificationVersion = 'v4';
  readonly maxEmbeddingsPerCall: number;
  readonly [EXPERIMENTAL_EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL]: number | undefined;
  readonly supportsParallelCalls = true;

  constructor(
    readonly modelId: CCAPIEmbeddingModelId,
    private readonly config: CCAPIConfig,
  ) {
    const limits = getCCAPIEmbeddingLimits(modelId);
    this.maxEmbeddingsPerCall = limits.maxEmbeddingsPerCall;
    this[EXPERIMENTAL_EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL] = limits.maxInputBytesPerCall;
  }

  get provider(): string {
    return this.config.provider;
  }

  async doEmbed(
    options: Parameters<EmbeddingModelV4['doEmbed']>[0],
  ): Promise<Awaited<ReturnType<EmbeddingModelV4['doEmbed']>>> {
    const { values, abortSignal, headers, providerOptions } = options;
    const ccapiOptions = parseCCAPIModelOptions({
      providerOptions,
      schema: ccapiEmbeddingModelOptionsSchema,
      modelDescription: `${this.provider} model '${this.modelId}'`,
    });
    // AI SDK 6 has no `dimensions` call option; its apps set it in providerOptions.ccapi.
    const dimensions = ccapiOptions.dimensions ?? options.dimensions;

    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values,
      });
    }
    if (dimensions != null && (!Number.isInteger(dimensions) || dimensions < 1)) {
      throw new InvalidArgumentError({
        argument:
          ccapiOptions.dimensions != null ? 'providerOptions.ccapi.dimensions' : 'dimensions',
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
      model: this.modelId,
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
      url: this.config.url('/embeddings'),
      headers: combineHeaders(this.config.headers(), headers),
      body,
      failedResponseHandler: createCCAPIFailedResponseHandler({
        modelId: this.modelId,
      }),
      successfulResponseHandler: createCCAPIJsonResponseHandler(ccapiEmbeddingResponseSchema, {
        modelId: this.modelId,
        describeMismatch: 'has no embeddings list (data[].embedding)',
      }),
      abortSignal,
      fetch: this.config.fetch,
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
}
