import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
import { type CCAPIErrorData, type CCAPIInBandError, readCCAPIErrorBody } from './read-ccapi-error';

export interface CreateCCAPIAPICallErrorOptions {
  url: string;
  requestBodyValues: unknown;
  statusCode: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  /** The model id, so `model_not_found` can name it. */
  modelId?: string;
  cause?: unknown;
  /**
   * Set when a 2xx answer could not be read as JSON: the message then says so instead of quoting
   * the body as if it were an upstream error.
   */
  unreadableBody?: boolean;
  /** Set for an error that arrived inside a stream, after the answer had started. */
  inStream?: boolean;
}

/**
 * Turns a failed CCAPI answer into an `APICallError` whose message says what happened, why, and
 * how to fix it, keeping the upstream message and status; `data` is a `CCAPIErrorData`.
 * The body has already lost the API key (`createCCAPIFetch`).
 *
 * Retryable: 408, 409, 429 and 5xx (core `maxRetries` does the retrying; we never retry here).
 */
export function createCCAPIAPICallError(options: CreateCCAPIAPICallErrorOptions): APICallError {
  const body = readCCAPIErrorBody(options.responseBody, options.responseHeaders?.['content-type']);
  const { isHtml, ...fields } = body;
  return buildError(options, fields, isHtml);
}

/** The `APICallError` for an error read from a 2xx answer or a stream event. */
export function createCCAPIInBandAPICallError(
  error: CCAPIInBandError,
  context: Omit<CreateCCAPIAPICallErrorOptions, 'statusCode'>,
): APICallError {
  const { statusCode, ...fields } = error;
  return buildError({ ...context, statusCode }, fields, false);
}

function buildError(
  options: CreateCCAPIAPICallErrorOptions,
  fields: CCAPIErrorData,
  isHtml: boolean,
): APICallError {
  const { statusCode, responseBody, responseHeaders } = options;
  const requestId = responseHeaders?.['x-oneapi-request-id'];
  const data: CCAPIErrorData = requestId != null ? { ...fields, requestId } : fields;
  let message: string;
  if (options.inStream) {
    // Mid-stream the request cannot be retried or fixed up front: say what the upstream said.
    message = `CCAPI reported an error during the response${data.code ? ` (${data.code})` : ''}: ${data.message ?? `status ${statusCode}`}`;
  } else if (options.unreadableBody && !isHtml) {
    message = `CCAPI answered status ${statusCode} with a body that is not valid JSON, so the response could not be read. This usually means a proxy or a wrong base URL is in the way. The body began: ${(responseBody ?? '').slice(0, 200)}`;
  } else {
    message = describe({ statusCode, data, modelId: options.modelId, isHtml, url: options.url });
  }
  return new APICallError({
    message,
    url: options.url,
    requestBodyValues: options.requestBodyValues,
    statusCode,
    responseHeaders,
    responseBody,
    cause: options.cause,
    isRetryable: isRetryableStatus(statusCode),
    data,
  });
}

/** A `ResponseHandler` for non-2xx answers on every CCAPI route. */
export function createCCAPIFailedResponseHandler(options: {
  modelId?: string;
}): ResponseHandler<APICallError> {
  return async ({ response, url, requestBodyValues }) => {
    const responseHeaders = extractResponseHeaders(response);
    return {
      responseHeaders,
      value: createCCAPIAPICallError({
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody: await response.text(),
        modelId: options.modelId,
      }),
    };
  };
}

export function isRetryableStatus(statusCode: number): boolean {
  return statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500;
}

// Routes that live outside `/v1` on purpose.
const ROOT_ROUTE = /^\/(v1beta|suno|producer|mj|kling|jimeng)(\/|$)/;

/** Whether a URL was built from a base URL that lacks `/v1`. */
function missesV1(url: string): boolean {
  try {
    const { pathname } = new URL(url);
    return !/\/v1(\/|$)/.test(pathname) && !ROOT_ROUTE.test(pathname);
  } catch {
    return false;
  }
}

function describe(input: {
  statusCode: number;
  data: CCAPIErrorData;
  modelId?: string;
  isHtml: boolean;
  url: string;
}): string {
  const { statusCode, data, modelId, isHtml } = input;
  const { code, message: upstream } = data;
  const suffix = upstream != null ? ` Upstream said: ${upstream}` : '';
  if (isHtml) {
    return `CCAPI answered with an HTML page (status ${statusCode}) instead of JSON. The base URL is probably wrong: use https://api.ccapi.ai/v1 (no doubled slashes, no /api prefix).`;
  }
  if (statusCode === 401) {
    return `CCAPI rejected the API key (401). Check that CCAPI_API_KEY (or the apiKey setting) holds a valid, unexpired CCAPI key.${suffix}`;
  }
  if (
    statusCode === 402 ||
    code === 'insufficient_user_quota' ||
    code === 'insufficient_funds' ||
    code === 'pre_consume_token_quota_failed'
  ) {
    return `CCAPI balance is insufficient for this request (${statusCode}${code ? ` ${code}` : ''}). Top up the account or raise the key's quota, then retry.${suffix}`;
  }
  if (code === 'model_not_found') {
    return `CCAPI has no available channel for model '${modelId ?? 'unknown'}' (${statusCode} model_not_found). Check the model id (bare like 'deepseek-v3.2' or prefixed like 'deepseek/deepseek-v3.2') and that your key's group may use it.${suffix}`;
  }
  if (statusCode === 429) {
    return `CCAPI rate limit reached (429). The AI SDK retries this automatically (maxRetries); lower concurrency if it persists.${suffix}`;
  }
  if (statusCode === 403) {
    return `CCAPI refused the request (403${code ? ` ${code}` : ''}). The key may not have access to this model or route.${suffix}`;
  }
  if (statusCode === 404 && missesV1(input.url)) {
    return `CCAPI answered 404 for ${input.url}: the base URL has no /v1, under which CCAPI's model routes live. Add /v1 to the baseURL setting (CCAPI's is https://api.ccapi.ai/v1).${suffix}`;
  }
  if (statusCode === 404) {
    return `CCAPI answered 404 for this route${modelId ? ` (model '${modelId}')` : ''}. Check the base URL and the model id.${suffix}`;
  }
  if (statusCode >= 500) {
    return `CCAPI or the upstream provider failed (${statusCode}${code ? ` ${code}` : ''}). This is usually temporary: retry (AI SDK calls do so themselves, up to maxRetries).${suffix}`;
  }
  return upstream ?? `CCAPI request failed with status ${statusCode}.`;
}
