import { APICallError } from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';

/**
 * The fetch every CCAPI request goes through, whichever route or official model sends it. It
 * owns the rules that hold for every answer, so no route can forget one:
 *
 * - the user agent ends with our suffix (the AI SDK passes its own `user-agent` as a call header,
 *   which would replace one set in the provider's headers);
 * - the API key never survives in an answer: the key the request carried is removed from the
 *   response headers and body bytes before any code reads them (an upstream or proxy that quotes
 *   the rejected token would otherwise put it into error messages, `data`, `responseBody` and
 *   `cause` chains);
 * - a 2xx HTML page is not an answer: it is the gateway's web UI, served for paths it does not
 *   know, so the base URL is wrong. It fails here with that hint, on every route;
 * - a host that does not exist or does not answer fails naming the base URL; a DNS failure is not
 *   retryable (the AI SDK would otherwise retry it for six seconds).
 */
export function createCCAPIFetch(options: {
  fetch?: FetchFunction;
  userAgentSuffix: string;
  /** The configured base URL, named when nothing answers there. */
  baseURL: string;
}): FetchFunction {
  const { userAgentSuffix } = options;
  return async (input, init) => {
    const { headers, secret } = withOurUserAgent(init?.headers, userAgentSuffix);
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(input, { ...init, headers });
    } catch (error) {
      throw describeUnreachableHost(error, input, init, options.baseURL) ?? error;
    }
    const redacted = secret == null ? response : await redactResponse(response, secret);
    if (redacted.ok && isHtml(redacted)) {
      throw createCCAPIAPICallError({
        url: requestUrl(input),
        requestBodyValues: parseRequestBody(init?.body),
        statusCode: redacted.status,
        responseHeaders: Object.fromEntries(redacted.headers.entries()),
        responseBody: (await redacted.text()).slice(0, 2_000),
      });
    }
    return redacted;
  };
}

/** The typed error for a connection that never reached an HTTP answer, when we know why. */
function describeUnreachableHost(
  error: unknown,
  input: Parameters<FetchFunction>[0],
  init: RequestInit | undefined,
  baseURL: string,
): APICallError | undefined {
  const code = networkErrorCode(error);
  if (code == null) return undefined;
  const url = requestUrl(input);
  const host = new URL(url).host;
  const common = { url, requestBodyValues: parseRequestBody(init?.body), cause: error };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new APICallError({
      ...common,
      message: `Cannot reach CCAPI: the host '${host}' of the base URL ${baseURL} does not resolve (DNS ${code}). Check the baseURL setting (CCAPI's is https://api.ccapi.ai/v1) and your network.`,
      isRetryable: false,
    });
  }
  if (code === 'ECONNREFUSED') {
    return new APICallError({
      ...common,
      message: `Cannot reach CCAPI: nothing answers at ${host} (connection refused), the host of the base URL ${baseURL}. Check the baseURL setting, or start the server (for a local emulator: startEmulator() or npx ccapi-emulator).`,
      isRetryable: true,
    });
  }
  return undefined;
}

/** The system error code anywhere in a fetch error's cause chain (`ENOTFOUND`, …). */
function networkErrorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/** What replaces the key wherever an answer quotes it. */
export const REDACTED = '[redacted]';

/**
 * The request's headers with our user-agent suffix, and the key they authenticate with: CCAPI's
 * `Authorization: Bearer`, the Messages route's `x-api-key`, the Gemini route's `x-goog-api-key`.
 * Keys shorter than 8 characters are not searched for: they would match ordinary text. The AI
 * SDK passes a plain object, which is copied rather than turned into `Headers` (cheaper per call).
 */
function withOurUserAgent(
  raw: HeadersInit | undefined,
  suffix: string,
): { headers: Record<string, string> | Headers; secret: string | undefined } {
  const plain =
    raw == null || (typeof raw === 'object' && !Array.isArray(raw) && !(raw instanceof Headers));
  const headers = plain ? { ...(raw as Record<string, string> | undefined) } : new Headers(raw);
  const read = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    for (const key in headers) if (key.toLowerCase() === name) return headers[key];
    return undefined;
  };
  const userAgent = read('user-agent');
  if (userAgent == null || !userAgent.includes(suffix)) {
    const value = userAgent ? `${userAgent} ${suffix}` : suffix;
    if (headers instanceof Headers) headers.set('user-agent', value);
    else {
      for (const key in headers) if (key.toLowerCase() === 'user-agent') delete headers[key];
      headers['user-agent'] = value;
    }
  }
  const bearer = read('authorization')?.replace(/^Bearer\s+/i, '');
  const secret = bearer || read('x-api-key') || read('x-goog-api-key');
  return { headers, secret: secret != null && secret.length >= 8 ? secret : undefined };
}

/** Removes a secret from text; also its form without the conventional `sk-` prefix. */
export function redactSecret(text: string, secret: string | undefined): string {
  if (secret == null || secret.length < 8) return text;
  let result = text;
  for (const form of secretForms(secret)) result = result.split(form).join(REDACTED);
  return result;
}

// The key as sent, then without `sk-` (an upstream may print either).
function secretForms(secret: string): string[] {
  return secret.startsWith('sk-') && secret.length > 11 ? [secret, secret.slice(3)] : [secret];
}

// Binary answers (audio, images, video) never carry an error message; scanning them would only
// cost time and could, in theory, alter bytes.
const BINARY_TYPE = /^(audio|image|video)\/|^application\/(octet-stream|zip|pdf)/i;

async function redactResponse(response: Response, secret: string): Promise<Response> {
  const forms = secretForms(secret);
  let headers: Headers | undefined;
  for (const [name, value] of response.headers) {
    if (!forms.some((form) => value.includes(form))) continue;
    headers ??= new Headers(response.headers);
    headers.set(name, redactSecret(value, secret));
  }
  const contentType = response.headers.get('content-type') ?? '';
  const scanBody =
    response.body != null &&
    !BINARY_TYPE.test(contentType) &&
    !(response.status >= 300 && response.status < 400);
  if (!scanBody && headers == null) return response;
  const init = {
    status: response.status,
    statusText: response.statusText,
    headers: headers ?? response.headers,
  };
  if (!scanBody) return new Response(response.body, init);
  // A stream is redacted as it flows; any other answer is read whole anyway (JSON, an error
  // page), and one string replace is cheaper than a stream per small answer.
  if (contentType.includes('text/event-stream') || headers != null) {
    return new Response(redactBody(response.body!, secret), init);
  }
  return withRedactedReaders(response, secret);
}

/**
 * A whole-body answer (JSON, text) keeps its `Response` object: a second `Response` per call costs
 * more than the redaction itself on small answers. Every way to read the body is given the
 * redaction instead: `text()`, `json()`, `arrayBuffer()`, `bytes()`, `blob()` and `body`.
 */
function withRedactedReaders(response: Response, secret: string): Response {
  const readText = response.text.bind(response);
  let redacted: Promise<string> | undefined;
  const text = () => (redacted ??= readText().then((value) => redactSecret(value, secret)));
  const bytes = async () => new TextEncoder().encode(await text());
  Object.defineProperties(response, {
    text: { value: text },
    json: { value: async () => JSON.parse(await text()) },
    bytes: { value: bytes },
    arrayBuffer: { value: async () => (await bytes()).buffer },
    blob: {
      value: async () =>
        new Blob([await text()], { type: response.headers.get('content-type') ?? '' }),
    },
    body: {
      get: () =>
        new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(await bytes());
            controller.close();
          },
        }),
    },
  });
  return response;
}

/**
 * The body with every form of the secret replaced. Chunks are passed on as they arrive, except a
 * chunk's tail that could be the start of the key: that tail (never a whole SSE event, as keys
 * hold no newline) waits for the next chunk. This sits on every stream, so it is built for speed:
 * one pull-through stream (cheaper than a TransformStream), and the search runs as a native
 * string search over a one-char-per-byte decoding of the chunk.
 */
function redactBody(body: ReadableStream<Uint8Array>, secret: string): ReadableStream<Uint8Array> {
  const forms = secretForms(secret);
  const full = forms[0] ?? secret;
  const bare = forms[1] ?? full;
  const replacement = new TextEncoder().encode(REDACTED);
  // windows-1252 maps every byte to one UTF-16 unit, so string offsets are byte offsets, and the
  // ASCII key reads the same in it.
  const decoder = new TextDecoder('latin1');
  const reader = body.getReader();
  let pending: Uint8Array | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          if (pending != null) controller.enqueue(pending);
          controller.close();
          return;
        }
        const bytes = pending == null ? value : concat(pending, value);
        pending = undefined;
        const text = decoder.decode(bytes);
        const output = replaceSecret(bytes, text, full, bare, replacement);
        const held = heldTail(text, full, bare);
        const ready = held > 0 ? output.subarray(0, output.length - held) : output;
        if (held > 0) pending = output.subarray(output.length - held);
        if (ready.length > 0) {
          controller.enqueue(ready);
          return;
        }
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** `bytes` with each occurrence of the key (`full`, or `bare` without `sk-`) replaced. */
function replaceSecret(
  bytes: Uint8Array,
  text: string,
  full: string,
  bare: string,
  replacement: Uint8Array,
): Uint8Array {
  let at = text.indexOf(bare);
  if (at === -1) return bytes;
  const prefix = full.length - bare.length;
  const parts: Uint8Array[] = [];
  let start = 0;
  while (at !== -1) {
    const from =
      prefix > 0 && at - prefix >= start && text.startsWith(full, at - prefix) ? at - prefix : at;
    parts.push(bytes.subarray(start, from), replacement);
    start = at + bare.length;
    at = text.indexOf(bare, start);
  }
  parts.push(bytes.subarray(start));
  return concat(...parts);
}

/**
 * How many bytes at the end may begin the key continued in the next chunk: the longest tail that
 * is a prefix of `full` or of `bare`. Replacements never end in a key prefix, so measuring on the
 * text before replacement is the same as after.
 */
function heldTail(text: string, full: string, bare: string): number {
  let held = 0;
  for (const form of full === bare ? [full] : [full, bare]) {
    const from = Math.max(0, text.length - form.length + 1);
    for (let at = text.indexOf(form[0]!, from); at !== -1; at = text.indexOf(form[0]!, at + 1)) {
      if (form.startsWith(text.slice(at))) {
        held = Math.max(held, text.length - at);
        break;
      }
    }
  }
  return held;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const result = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function isHtml(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').toLowerCase().includes('text/html');
}

function requestUrl(input: Parameters<FetchFunction>[0]): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

function parseRequestBody(body: unknown): unknown {
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
