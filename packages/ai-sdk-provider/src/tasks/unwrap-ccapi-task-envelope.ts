import { APICallError } from '@ai-sdk/provider';
import { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
import { readCCAPIInBandError } from '../errors/read-ccapi-error';
import { isRecord } from '../utils/json-record';

/** Envelope codes that mean success: new-api's `"success"`, the numeric `0` of CCAPI's older docs. */
const SUCCESS_CODES = new Set(['success', '0', '200']);

export interface UnwrapCCAPITaskEnvelopeContext {
  url: string;
  requestBodyValues: unknown;
  responseHeaders?: Record<string, string>;
  modelId?: string;
  /** Extra codes that mean success on this route (Volcengine's `10000` for Jimeng). */
  successCodes?: ReadonlyArray<string | number>;
}

/**
 * Returns the payload of a CCAPI task answer, whichever envelope it came in:
 *
 * - `{"code":"success","message":"","data":…}` (new-api task routes) → `data`;
 * - `{"code":0,"message":"…","data":…}` (numeric code; Kling native) → `data`;
 * - anything without a `code` (the OpenAI video object, a Midjourney task) → the value itself.
 *
 * An HTTP-200 answer is still a failure when its `code` is anything else, or when it carries an
 * OpenAI-style `error` object (new-api answers some lookups that way). Those become an
 * `APICallError` that keeps the upstream message, never the API key.
 */
export function unwrapCCAPITaskEnvelope(
  value: unknown,
  context: UnwrapCCAPITaskEnvelopeContext,
): unknown {
  if (!isRecord(value)) return value;

  // `{"error":{…}}` alone is an error body, even with HTTP 200. A task object that carries an
  // `error` next to its status (a failed OpenAI video object) is not: polling reads it.
  if (!('code' in value) && readCCAPIInBandError(value) != null) {
    throw createEnvelopeError(value, undefined, context);
  }

  if (!('code' in value) || !('data' in value || 'message' in value || 'msg' in value)) {
    return value;
  }

  const code = value.code;
  const successCodes = new Set([...SUCCESS_CODES, ...(context.successCodes ?? []).map(String)]);
  if ((typeof code === 'string' || typeof code === 'number') && successCodes.has(String(code))) {
    return value.data;
  }
  throw createEnvelopeError(value, code, context);
}

function createEnvelopeError(
  body: Record<string, unknown>,
  code: unknown,
  context: UnwrapCCAPITaskEnvelopeContext,
): APICallError {
  const base = createCCAPIAPICallError({
    url: context.url,
    requestBodyValues: context.requestBodyValues,
    statusCode: 200,
    responseHeaders: context.responseHeaders,
    responseBody: JSON.stringify(body),
    modelId: context.modelId,
  });
  const codeText = code == null ? '' : ` (code ${JSON.stringify(code)})`;
  return new APICallError({
    message: `CCAPI answered HTTP 200 but refused the task${codeText}: ${base.message} Check the model id and the request fields; the message above comes from CCAPI or the upstream provider.`,
    url: base.url,
    requestBodyValues: base.requestBodyValues,
    statusCode: base.statusCode,
    responseHeaders: base.responseHeaders,
    responseBody: base.responseBody,
    isRetryable: false,
    data: base.data,
  });
}
