import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type FetchFunction } from '@ai-sdk/provider-utils';
import {
  createCCAPIAPICallError,
  createCCAPIInBandAPICallError,
} from '../errors/create-ccapi-api-call-error';
import { readCCAPIInBandError } from '../errors/read-ccapi-error';
import { isRecord } from '../utils/json-record';

/** What the fetch learns during one call, for the model wrapper to report. */
export interface CCAPINativeCallState {
  /** new-api's request id (`X-Oneapi-Request-Id`), the handle CCAPI support asks for. */
  requestId?: string;
  /**
   * The bare `{"error":…}` line new-api appends (without `data:`) to a stream it aborts. SSE
   * parsers skip such a line, so the fetch lifts it out here.
   */
  streamError?: APICallError;
  /** Errors this fetch built; the wrapper passes them through untouched. */
  readonly ownErrors: WeakSet<object>;
  /** Resolves when CCAPI answered with a 2xx event stream (`settled` turns true then). */
  readonly streamOpened: Promise<undefined> & { settled: boolean };
  /** The headers of that answer. */
  responseHeaders?: Record<string, string>;
  /** The JSON body of the last request, as sent. */
  requestBody?: unknown;
  /** Marks the stream as opened. */
  openStream(responseHeaders: Record<string, string>): void;
}

export function createCCAPINativeCallState(): CCAPINativeCallState {
  let resolve: () => void = () => {};
  const streamOpened = Object.assign(
    new Promise<undefined>((done) => {
      resolve = () => done(undefined);
    }),
    { settled: false },
  );
  const state: CCAPINativeCallState = {
    ownErrors: new WeakSet(),
    streamOpened,
    openStream(responseHeaders) {
      state.responseHeaders = responseHeaders;
      streamOpened.settled = true;
      resolve();
    },
  };
  return state;
}

/**
 * Wraps the provider's fetch for an official AI SDK model so that every CCAPI failure becomes our
 * typed `APICallError` before the official error handler sees it:
 * - non-2xx answers (OpenAI-shaped, Anthropic-shaped or plain) via `createCCAPIAPICallError`;
 * - a 2xx non-JSON body where JSON was expected (a proxy or a wrong base URL);
 * - a 2xx JSON body that only carries an error (new-api forwards upstream 200 errors as 200);
 * - the bare error line new-api appends to an aborted stream (recorded in `state`).
 * Redaction and HTML pages are handled below, by the provider's fetch.
 */
export function createCCAPINativeFetch(options: {
  fetch: FetchFunction | undefined;
  modelId: string;
  state: CCAPINativeCallState;
}): FetchFunction {
  const { modelId, state } = options;

  return async (input, init) => {
    const response = await (options.fetch ?? globalThis.fetch)(input, init);
    const url = requestUrl(input);
    const requestBodyValues = parseRequestBody(init?.body);
    state.requestBody = requestBodyValues;
    const responseHeaders = extractResponseHeaders(response);
    state.requestId = response.headers.get('x-oneapi-request-id') ?? state.requestId;
    const answer = { url, requestBodyValues, responseHeaders, modelId };

    const fail = (error: APICallError): never => {
      state.ownErrors.add(error);
      throw error;
    };

    if (!response.ok) {
      fail(
        createCCAPIAPICallError({
          ...answer,
          statusCode: response.status,
          responseBody: await response.text(),
        }),
      );
    }

    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/event-stream') && response.body != null) {
      state.openStream(responseHeaders);
      const body = response.body.pipeThrough(
        liftErrorLines((line, error) => {
          state.streamError ??= createCCAPIInBandAPICallError(error, {
            ...answer,
            responseBody: line,
            inStream: true,
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
    if (parsed === undefined) {
      fail(
        new APICallError({
          message: `CCAPI answered with a non-JSON body (status ${response.status}, content-type '${contentType || 'none'}') where JSON was expected. A proxy or a wrong base URL is in the way: use https://api.ccapi.ai/v1.`,
          url,
          requestBodyValues,
          statusCode: response.status,
          responseHeaders,
          responseBody: text.slice(0, 2_000),
          isRetryable: false,
        }),
      );
    }
    const inBandError = readCCAPIInBandError(parsed, response.status);
    if (inBandError != null) {
      fail(createCCAPIInBandAPICallError(inBandError, { ...answer, responseBody: text }));
    }
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * Passes SSE through line by line, removing error lines and reporting them: bare JSON objects
 * (new-api's appended `{"error":…}`, no `data:`), and `data:` frames that are only an
 * `{"error":…}` envelope (Google's in-stream error, which the Gemini parser skips). Typed error
 * events (`{"type":"error",…}` on Anthropic and Responses streams) stay for the official parser.
 * A bare line may arrive without a trailing newline, so the tail is checked too.
 */
function liftErrorLines(
  onErrorLine: (line: string, error: NonNullable<ReturnType<typeof readCCAPIInBandError>>) => void,
): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  const emit = (line: string, controller: TransformStreamDefaultController<Uint8Array>) => {
    const payload = errorPayloadOfLine(line.trim());
    const error = payload == null ? undefined : readCCAPIInBandError(parseJson(payload));
    if (payload != null && error != null) onErrorLine(payload, error);
    else controller.enqueue(encoder.encode(line));
  };
  return new TransformStream({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true });
      let start = 0;
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        emit(pending.slice(start, newline + 1), controller);
        start = newline + 1;
        newline = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
    },
    flush(controller) {
      pending += decoder.decode();
      if (pending.length > 0) emit(pending, controller);
    },
  });
}

/** The JSON of a line that may be an error: a bare object, or a `data:` frame without `type`. */
function errorPayloadOfLine(line: string): string | undefined {
  if (line.startsWith('{')) return line;
  if (!line.startsWith('data:')) return undefined;
  const payload = line.slice(5).trim();
  if (!payload.startsWith('{') || !payload.includes('"error"')) return undefined;
  const parsed = parseJson(payload);
  return isRecord(parsed) && parsed.type == null ? payload : undefined;
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
