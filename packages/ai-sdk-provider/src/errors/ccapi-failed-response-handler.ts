import type { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
import { readApiKeySafely } from '../utils/read-api-key-safely';
import { createCCAPIAPICallError } from './create-ccapi-api-call-error';

/** A `ResponseHandler` for non-2xx answers on every CCAPI route. */
export function createCCAPIFailedResponseHandler(options: {
  modelId?: string;
  apiKey?: () => string | undefined;
}): ResponseHandler<APICallError> {
  return async ({ response, url, requestBodyValues }) => {
    const responseBody = await response.text();
    const responseHeaders = extractResponseHeaders(response);
    return {
      responseHeaders,
      value: createCCAPIAPICallError({
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody,
        modelId: options.modelId,
        apiKey: readApiKeySafely(options.apiKey),
      }),
    };
  };
}
