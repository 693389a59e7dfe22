import type { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
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
        apiKey: safeKey(options.apiKey),
      }),
    };
  };
}

function safeKey(read: (() => string | undefined) | undefined): string | undefined {
  try {
    return read?.();
  } catch {
    return undefined;
  }
}
