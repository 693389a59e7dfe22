import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type FetchFunction } from '@ai-sdk/provider-utils';
import { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
import { isRecord } from '../utils/json-record';
import { redactSecret } from '../utils/redact-secret';

/** What the fetch learns during one call, for the model wrapper to report. */
export interface CCAPINativeCallState {
  /** new-api's request id (`X-Oneapi-Request-Id`), the handle CCAPI support asks for. */
  requestId?: string;
  /**
   * The bare `{"error":…}` line new-api appends (without `data:`) to a stream it aborts
   * (new-api-relay.md §1d). SSE parsers skip such a line, so the fetch lifts it out here.
   */
  streamError?: APICallError;
  /** Errors this fetch built; the wrapper passes them through untouched. */
  readonly ownErrors: WeakSet<object>;
}

export function createCCAPINativeCallState(): CCAPINativeCallState {
  return { ownErrors: new WeakSet() };
}

/**
 * Wraps the user's fetch for an official AI SDK model so that every CCAPI failure becomes our
 * typed `APICallError` before the official error handler sees it:
 * - non-2xx answers (OpenAI-shaped, Anthropic-shaped or plain) via `createCCAPIAPICallError`;
 * - a 2xx HTML page or other non-JSON body where JSON was expected (a wrong base URL: new-api
 *   serves its web UI for unknown paths such as `//v1/messages`);
 * - a 2xx JSON body that only carries an error (new-api forwards upstream 200 errors as 200);
 * - the bare error line new-api appends to an aborted stream (recorded in `state`).
 */
export function createCCAPINativeFetch(options: {
  fetch: FetchFunction | undefined;
  modelId: string;
  apiKey: string;
  state: CCAPINativeCallState;
}): FetchFunction {
  const { modelId, apiKey, state } = options;

  return async (input, init) => {
    const baseFetch = options.fetch ?? globalThis.fetch;
    const response = await baseFetch(input, init);
    const url = requestUrl(input);
    const requestBodyValues = parseRequestBody(init?.body);
    const responseHeaders = extractResponseHeaders(response);
    state.requestId = response.headers.get('x-oneapi-request-id') ?? state.requestId;

    const fail = (error: APICallError): never => {
      state.ownErrors.add(error);
      throw error;
    };

    if (!response.ok) {
      fail(
        createCCAPINativeAPICallError({
          url,
          requestBodyValues,
          statusCode: response.status,
          responseHeaders,
          responseBody: await response.text(),
          modelId,
          apiKey,
        }),
      );
    }

    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/event-stream') && response.body != null) {
      const body = response.body.pipeThrough(
        liftBareErrorLines((line) => {
          state.streamError ??= createCCAPINativeAPICallError({
            url,
            requestBodyValues,
            statusCode: statusOfStreamError(line),
            responseHeaders,
            responseBody: line,
            modelId,
            apiKey,
          });
        }),
      );
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }

    const text = await response.text();
    const parsed = parseJson(text);
    const common = { url, requestBodyValues, responseHeaders, modelId, apiKey };
    if (parsed === undefined) {
      fail(
        /^\s*</.test(text)
          ? createCCAPIAPICallError({ ...common, statusCode: response.status, responseBody: text })
          : new APICallError({
              message: `CCAPI answered with a non-JSON body (status ${response.status}, content-type '${contentType || 'none'}') where JSON was expected. The base URL is probably wrong: use https://api.ccapi.ai/v1 (no doubled slashes, no /api prefix).`,
              url,
              requestBodyValues,
              statusCode: response.status,
              responseHeaders,
              responseBody: redactSecret(text.slice(0, 2_000), apiKey),
              isRetryable: false,
            }),
      );
    }
    if (isErrorEnvelope(parsed)) {
      fail(
        createCCAPINativeAPICallError({
          ...common,
          statusCode: response.status,
          responseBody: text,
        }),
      );
    }
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

// Anthropic's own error types; any other `error.type` on `/v1/messages` is a new-api code
// (new-api copies its error code into that field, e.g. `model_not_found`).
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

/**
 * `createCCAPIAPICallError` for bodies of every native route. The `/v1/messages` route wraps
 * gateway errors as `{"type":"error","error":{"type":"<new-api code>","message"}}`; the code is
 * lifted into `error.code` so quota and model-not-found errors read the same as on `/v1/*`,
 * while the error keeps the body exactly as received.
 */
export function createCCAPINativeAPICallError(options: {
  url: string;
  requestBodyValues: unknown;
  statusCode: number;
  responseHeaders?: Record<string, string>;
  responseBody: string;
  modelId: string;
  apiKey: string;
  cause?: unknown;
}): APICallError {
  const codeAwareBody = liftAnthropicErrorCode(options.responseBody);
  const error = createCCAPIAPICallError({ ...options, responseBody: codeAwareBody });
  if (codeAwareBody === options.responseBody) return error;
  return new APICallError({
    message: error.message,
    url: error.url,
    requestBodyValues: error.requestBodyValues,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: redactSecret(options.responseBody, options.apiKey),
    cause: options.cause,
    isRetryable: error.isRetryable,
    data: error.data,
  });
}

function liftAnthropicErrorCode(body: string): string {
  const parsed = parseJson(body);
  if (!isRecord(parsed) || parsed.type !== 'error' || !isRecord(parsed.error)) return body;
  const { type, message } = parsed.error;
  if (typeof type !== 'string' || ANTHROPIC_ERROR_TYPES.has(type)) return body;
  return JSON.stringify({ error: { message, type, code: type } });
}

function isErrorEnvelope(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value.type === 'error' && isRecord(value.error)) return true;
  // A Responses object carries `error` too (null, or set on a failed response): not an envelope.
  return (
    isRecord(value.error) &&
    value.id == null &&
    value.object == null &&
    value.candidates == null &&
    value.choices == null &&
    value.content == null
  );
}

function statusOfStreamError(line: string): number {
  const parsed = parseJson(line);
  const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
  if (typeof error?.code === 'number' && error.code >= 400) return error.code;
  const kind = `${String(error?.type ?? '')} ${String(error?.code ?? '')}`;
  if (kind.includes('rate_limit')) return 429;
  if (kind.includes('overloaded')) return 529;
  return 500;
}

/**
 * Passes SSE through line by line, removing error lines and reporting them: bare JSON objects
 * (new-api's appended `{"error":…}`, no `data:`), and `data:` frames that are only an
 * `{"error":…}` envelope (Google's in-stream error, which the Gemini parser skips). Typed error
 * events (`{"type":"error",…}` on Anthropic and Responses streams) stay for the official parser.
 * A bare line may arrive without a trailing newline, so the tail is checked too.
 */
function liftBareErrorLines(
  onBareLine: (line: string) => void,
): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  const emit = (line: string, controller: TransformStreamDefaultController<Uint8Array>) => {
    const error = errorOfLine(line.trim());
    if (error != null) onBareLine(error);
    else controller.enqueue(encoder.encode(line));
  };
  return new TransformStream({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true });
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        emit(pending.slice(0, newline + 1), controller);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    },
    flush(controller) {
      pending += decoder.decode();
      if (pending.length > 0) emit(pending, controller);
    },
  });
}

function errorOfLine(line: string): string | undefined {
  if (line.startsWith('{')) return line;
  if (!line.startsWith('data:')) return undefined;
  const payload = line.slice(5).trim();
  const parsed = parseJson(payload);
  return isRecord(parsed) && parsed.type == null && isErrorEnvelope(parsed) ? payload : undefined;
}

function requestUrl(input: Parameters<FetchFunction>[0]): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

function parseRequestBody(body: unknown): unknown {
  return typeof body === 'string' ? parseJson(body) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
