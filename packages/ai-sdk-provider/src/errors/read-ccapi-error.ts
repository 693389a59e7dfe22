import { isRecord } from '../utils/json-record';

/**
 * `APICallError.data` of every error this provider raises for a CCAPI answer: what the error
 * body said, as far as it says it. Read it with `APICallError.isInstance(error)` and
 * `error.data as CCAPIErrorData`.
 */
export interface CCAPIErrorData {
  /** new-api's or the upstream's error code: `model_not_found`, `insufficient_user_quota`, `1301`, … */
  code?: string;
  /** The error type: `new_api_error`, `invalid_request_error`, `upstream_error`, … */
  type?: string;
  /** The request field the error is about, when the body names one. */
  param?: string;
  /** The upstream message. */
  message?: string;
  /** new-api's request id (`X-Oneapi-Request-Id`): quote it to CCAPI support. */
  requestId?: string;
}

/** An error carried inside a 2xx answer or a stream event, with an HTTP-equivalent status. */
export interface CCAPIInBandError extends CCAPIErrorData {
  message: string;
  /** Decides `isRetryable` and the wording of the error. */
  statusCode: number;
}

/**
 * Reads the error fields of any error body CCAPI (new-api) or an upstream brand sends:
 * - OpenAI / new-api relay: `{"error":{"message","type","param","code"}}` (code string or number);
 * - Anthropic route: `{"type":"error","error":{"type","message"}}`;
 * - task routes: `{"code":"<not success>","message":"…","data":null}`;
 * - Midjourney: `{"code":4,"description":"…"}`;
 * - MiniMax: `{"base_resp":{"status_code":1008,"status_msg":"…"}}`.
 */
export function readCCAPIErrorFields(value: unknown): CCAPIErrorData {
  if (!isRecord(value)) return {};
  const error = value.error;
  if (isRecord(error)) {
    const type = asString(error.type);
    return compact({
      message: asString(error.message) ?? asString(error.msg),
      // On `/v1/messages` new-api wraps its own errors Anthropic-style and puts its code in
      // `error.type` (`model_not_found`); lift it so quota and model errors read as on `/v1/*`.
      code:
        asCode(error.code) ??
        (value.type === 'error' && type != null && !ANTHROPIC_ERROR_TYPES.has(type)
          ? type
          : undefined),
      type,
      param: asString(error.param),
    });
  }
  if (typeof error === 'string' && error.length > 0) return { message: error };
  const baseResp = value.base_resp;
  if (
    isRecord(baseResp) &&
    typeof baseResp.status_code === 'number' &&
    baseResp.status_code !== 0
  ) {
    return compact({ message: asString(baseResp.status_msg), code: String(baseResp.status_code) });
  }
  return compact({
    message: asString(value.message) ?? asString(value.msg) ?? asString(value.description),
    code: asCode(value.code),
    type: asString(value.type),
  });
}

// Anthropic's own error types; any other `error.type` in an Anthropic-style body is new-api's code.
const ANTHROPIC_ERROR_TYPES = new Set([
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'request_too_large',
  'rate_limit_error',
  'api_error',
  'overloaded_error',
  'billing_error',
  '<nil>',
]);

export interface CCAPIErrorBody extends CCAPIErrorData {
  /** True when the body is an HTML page: the gateway's web UI, so the base URL is wrong. */
  isHtml: boolean;
}

/** Reads an error body as received (JSON, plain text, an HTML page or nothing). */
export function readCCAPIErrorBody(text: string | undefined, contentType = ''): CCAPIErrorBody {
  const trimmed = text?.trim() ?? '';
  if (
    contentType.toLowerCase().includes('text/html') ||
    /^<!doctype html|^<html[\s>]/i.test(trimmed)
  )
    return { isHtml: true };
  if (trimmed.length === 0) return { isHtml: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { message: trimmed.length > 500 ? `${trimmed.slice(0, 500)}…` : trimmed, isHtml: false };
  }
  return { ...readCCAPIErrorFields(parsed), isHtml: false };
}

// Fields that make a 2xx value a real answer even if it has an `error` key: a failed Responses
// object, a task that failed, a chat completion. Their own parsers read that `error`.
const PAYLOAD_KEYS = [
  'choices',
  'candidates',
  'content',
  'output',
  'object',
  'id',
  'status',
  'task_id',
  'data',
] as const;

/**
 * The one reader of errors inside 2xx answers, for every route: a bare `{"error":…}` (new-api
 * forwards upstream failures with status 200, and appends such a line to a stream it aborts) or
 * an Anthropic-style `{"type":"error","error":…}`. Undefined for anything else.
 *
 * @param fallbackStatus the HTTP status of the answer, used when the body names no status.
 */
export function readCCAPIInBandError(
  value: unknown,
  fallbackStatus?: number,
): CCAPIInBandError | undefined {
  if (!isRecord(value) || value.error == null) return undefined;
  const typedError = value.type === 'error' && isRecord(value.error);
  if (!typedError && PAYLOAD_KEYS.some((key) => value[key] != null)) return undefined;
  const fields = readCCAPIErrorFields(value);
  return {
    ...fields,
    message: fields.message ?? 'CCAPI reported an error without a message.',
    statusCode: statusOfCCAPIError(fields, fallbackStatus),
  };
}

/**
 * The HTTP-equivalent status of an error body: a numeric code in 400–599 (new-api and several
 * upstreams put the status there), 429 for rate limits, 529 for Anthropic-style overload, else
 * the answer's own status when it is an error status, else 500.
 */
export function statusOfCCAPIError(fields: CCAPIErrorData, fallbackStatus?: number): number {
  const numeric = Number(fields.code);
  if (Number.isInteger(numeric) && numeric >= 400 && numeric < 600) return numeric;
  const kind = `${fields.type ?? ''} ${fields.code ?? ''}`;
  if (kind.includes('rate_limit')) return 429;
  if (kind.includes('overloaded')) return 529;
  return fallbackStatus != null && fallbackStatus >= 400 ? fallbackStatus : 500;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function asCode(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return asString(value);
}

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
