import type { ServerResponse } from 'node:http';
import type { EmulatorAuthStyle } from '../emulator-types';
import { currentRequestId } from './request-id';

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

/**
 * An error new-api's middleware makes before any relay runs (auth, distributor): `type`
 * `new_api_error`, no `param` key, the request id appended to the message. The Anthropic route
 * wraps it in Anthropic's envelope, whose `type` carries the code (new-api's `ToClaudeError`).
 */
export function sendGatewayError(
  res: ServerResponse,
  auth: EmulatorAuthStyle,
  status: number,
  error: { message: string; code: string },
): void {
  const message = `${error.message} (request id: ${currentRequestId()})`;
  if (auth === 'anthropic') {
    const type = error.code === '' ? 'new_api_error' : error.code;
    sendJson(res, status, { type: 'error', error: { type, message } });
    return;
  }
  sendJson(res, status, { error: { message, type: 'new_api_error', code: error.code } });
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
