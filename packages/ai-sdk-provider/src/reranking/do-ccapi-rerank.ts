import {
  InvalidArgumentError,
  type RerankingModelV4CallOptions,
  type RerankingModelV4Result,
  type SharedV4Warning,
} from '@ai-sdk/provider';
import { combineHeaders, postJsonToApi } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { createCCAPIJsonResponseHandler } from '../errors/create-ccapi-json-response-handler';
import { parseCCAPIModelOptions } from '../utils/parse-ccapi-model-options';
import { type CCAPIRerankRequestBody, ccapiRerankResponseSchema } from './ccapi-reranking-api';
import { ccapiRerankingModelOptionsSchema } from './ccapi-reranking-model-options';
import { convertCCAPIRerankResponse } from './convert-ccapi-rerank-response';

/** One `POST /v1/rerank` call; loaded by `CCAPIRerankingModel.doRerank` on first use. */
export async function doCCAPIRerank(input: {
  modelId: string;
  config: CCAPIConfig;
  options: RerankingModelV4CallOptions;
}): Promise<RerankingModelV4Result> {
  const { modelId, config, options } = input;
  const { documents, query, topN, abortSignal, headers, providerOptions } = options;
  const modelDescription = `${config.provider} model '${modelId}'`;

  if (typeof query !== 'string' || query.trim().length === 0) {
    throw new InvalidArgumentError({
      argument: 'query',
      message: `The rerank query for ${modelDescription} is empty. Pass the text the documents should be ranked against.`,
    });
  }
  if (topN != null && (!Number.isInteger(topN) || topN < 1)) {
    throw new InvalidArgumentError({
      argument: 'topN',
      message: `topN must be a positive integer, got ${topN}. Pass how many of the best documents you want back, or leave it out for all of them.`,
    });
  }
  const ccapiOptions = parseCCAPIModelOptions({
    providerOptions,
    schema: ccapiRerankingModelOptionsSchema,
    modelDescription,
  });

  const warnings: SharedV4Warning[] = [];
  // The relay's rerank body carries strings (the wire-rules decision, Reranking);
  // objects are ranked by their JSON text, as the official Cohere provider does.
  const texts =
    documents.type === 'text'
      ? documents.values
      : documents.values.map((value) => JSON.stringify(value));
  if (documents.type === 'object') {
    warnings.push({
      type: 'compatibility',
      feature: 'object documents',
      details:
        'CCAPI ranks strings, so each object document was sent as its JSON text. Rankings refer to your original objects.',
    });
  }
  const emptyIndex = texts.findIndex((text) => text.trim().length === 0);
  if (emptyIndex !== -1) {
    throw new InvalidArgumentError({
      argument: 'documents',
      message: `documents[${emptyIndex}] is empty. Rerank APIs reject empty documents; filter them out before calling rerank().`,
    });
  }

  const body: CCAPIRerankRequestBody = {
    model: modelId,
    query,
    documents: texts,
    ...(topN != null && { top_n: topN }),
    return_documents: ccapiOptions.returnDocuments ?? false,
  };

  const {
    responseHeaders,
    value: response,
    rawValue,
  } = await postJsonToApi({
    url: config.url('/rerank'),
    headers: combineHeaders(config.headers(), headers),
    body,
    failedResponseHandler: createCCAPIFailedResponseHandler({ modelId }),
    successfulResponseHandler: createCCAPIJsonResponseHandler(ccapiRerankResponseSchema, {
      modelId,
      describeMismatch: 'is not a rerank answer (results[].index and relevance_score)',
    }),
    abortSignal,
    fetch: config.fetch,
  });

  const { ranking, usage } = convertCCAPIRerankResponse(response, {
    documentCount: texts.length,
    topN,
  });
  const requestId = responseHeaders?.['x-oneapi-request-id'];
  const metadata = {
    ...(usage != null && { usage: { ...usage } }),
    ...(requestId != null && { requestId }),
  };

  return {
    ranking,
    warnings,
    ...(Object.keys(metadata).length > 0 && { providerMetadata: { ccapi: metadata } }),
    response: {
      ...(response.id != null && { id: response.id }),
      modelId: response.model ?? modelId,
      timestamp: config.currentDate(),
      headers: responseHeaders,
      body: rawValue,
    },
  };
}
