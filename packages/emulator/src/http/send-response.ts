import type { ServerResponse } from 'node:http';

let requestCounter = 0;

/** new-api's request id format: `<yyyyMMddHHmmss><counter>`; set on every response. */
export function nextRequestId(): string {
  requestCounter += 1;
  const stamp = new Date()
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `${stamp}${String(requestCounter).padStart(8, '0')}`;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The OpenAI-shaped error body new-api writes on `/v1/*` routes. */
export function sendCCAPIError(
  res: ServerResponse,
  status: number,
  error: { message: string; type?: string; code?: string | number | null; param?: string },
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    status,
    {
      error: {
        message: error.message,
        type: error.type ?? 'new_api_error',
        param: error.param ?? '',
        code: error.code ?? '',
      },
    },
    headers,
  );
}

/** A 400 `invalid_request_error`, naming the request field at fault when there is one. */
export function sendInvalidRequest(
  context: { res: ServerResponse },
  message: string,
  param?: string,
): void {
  sendCCAPIError(context.res, 400, { message, type: 'invalid_request_error', param });
}

export function sendBytes(
  res: ServerResponse,
  status: number,
  bytes: Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': bytes.byteLength,
    ...headers,
  });
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
