import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { billingRoutes } from './billing/billing-routes';
import { chatRoutes } from './chat/chat-routes';
import { readApiKey } from './check-auth';
import type {
  EmulatorContext,
  EmulatorOptions,
  EmulatorRoute,
  EmulatorState,
  RecordedRequest,
  ResolvedEmulatorOptions,
} from './emulator-types';
import { applyStatusFault } from './faults/apply-status-fault';
import {
  type EmulatorFault,
  FAULT_HEADER,
  isEmulatorFault,
  splitModelFault,
} from './faults/emulator-fault';
import { currentRequestId, withRequestId } from './http/request-id';
import { sendCCAPIError, sendGatewayError } from './http/send-response';
import { mediaRoutes } from './media/media-routes';
import { modelsRoutes } from './models/models-routes';
import { rejectUnknownModel } from './models/reject-unknown-model';
import { nativeRoutes } from './native/native-routes';
import { attachRealtimeWebSocket } from './realtime/attach-realtime-websocket';

/** The key the emulator accepts unless another is configured. */
export const EMULATOR_API_KEY = 'sk-ccapi-emulator';

export interface RunningEmulator {
  /** Origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The `/v1` base URL to give `createCCAPI({ baseURL })`. */
  baseURL: string;
  /** The API key this emulator accepts. */
  apiKey: string;
  port: number;
  /** Every request received, in order. Clear it with `requests.length = 0`. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a local CCAPI on loopback (port 0 = any free port). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const resolved: ResolvedEmulatorOptions = {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    apiKey: options.apiKey ?? EMULATOR_API_KEY,
    chunkDelayMs: options.chunkDelayMs ?? 0,
    taskDurationMs: options.taskDurationMs ?? 30,
    stallMs: options.stallMs ?? 30_000,
    log: options.log ?? false,
    modelsEnvelope: options.modelsEnvelope ?? 'new-api',
    extraModels: options.extraModels ?? [],
    balance: options.balance ?? {},
    acceptUnknownModels: options.acceptUnknownModels ?? false,
    musicDataShape: options.musicDataShape ?? 'auto',
    publicURL: readPublicURL(options.publicURL),
  };
  const state: EmulatorState = { requests: [], stores: new Map(), options: resolved, origin: '' };
  const routes: EmulatorRoute[] = [
    ...chatRoutes,
    ...modelsRoutes,
    ...nativeRoutes,
    ...mediaRoutes,
    ...billingRoutes,
  ];

  const server = createServer((req, res) => {
    withRequestId(() =>
      handleRequest(req, res, routes, state).catch((error: unknown) => {
        if (!res.headersSent) {
          sendCCAPIError(res, 500, {
            message: `Emulator error: ${String(error)}`,
            code: 'emulator_error',
          });
        } else {
          res.destroy();
        }
      }),
    );
  });
  // WebSocket upgrades (`/v1/realtime`) on the same server.
  const closeRealtime = attachRealtimeWebSocket(server, state);
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const origin = `http://${host}:${port}`;
  state.origin = resolved.publicURL ?? origin;

  return {
    url: origin,
    baseURL: `${origin}/v1`,
    apiKey: resolved.apiKey,
    port,
    requests: state.requests,
    close: () =>
      new Promise<void>((resolve) => {
        closeRealtime();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  routes: EmulatorRoute[],
  state: EmulatorState,
): Promise<void> {
  // Prefix the origin rather than resolving against it: `//v1/...` would parse as a host.
  const url = new URL(`http://emulator.local${req.url ?? '/'}`);
  res.setHeader('x-oneapi-request-id', currentRequestId());

  // new-api has no slash merging: `//v1/...` falls through to the web UI (HTML, 200).
  if (url.pathname.includes('//')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html><head><title>New API</title></head><body><div id="root"></div></body></html>',
    );
    return;
  }

  const rawBody = await readBody(req);
  let body: unknown;
  const contentType = String(req.headers['content-type'] ?? '');
  if (rawBody.length > 0 && (contentType.includes('json') || contentType === '')) {
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      body = undefined;
    }
  }

  const request: RecordedRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    rawBody,
  };
  state.requests.push(request);
  if (state.options.log)
    process.stderr.write(`[ccapi-emulator] ${request.method} ${request.path}\n`);

  const match = findRoute(routes, request.method, url.pathname);
  if (match == null) {
    sendCCAPIError(res, 404, {
      message: `Invalid URL (${request.method} ${url.pathname})`,
      type: 'invalid_request_error',
    });
    return;
  }
  const { route, params } = match;

  if (route.auth !== 'none') {
    const key = readApiKey(req, url, route.auth);
    if (key !== state.options.apiKey) {
      sendGatewayError(res, route.auth, 401, { message: 'Invalid token', code: '' });
      return;
    }
  }

  // The distributor runs after auth and before the relay (and so before any injected fault).
  if (
    !state.options.acceptUnknownModels &&
    rejectUnknownModel(res, route, request, params, state.options.extraModels)
  )
    return;

  const fault = readFault(req, body);
  if (fault != null && applyStatusFault(res, fault, route, body)) return;

  const controller = new AbortController();
  res.on('close', () => controller.abort());

  const context: EmulatorContext = {
    req,
    res,
    url,
    params,
    request,
    state,
    fault,
    signal: controller.signal,
  };
  await route.handle(context);
}

/** `publicURL` without a trailing slash; anything but an absolute http(s) URL is refused. */
function readPublicURL(value: string | undefined): string | undefined {
  if (value == null) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`startEmulator: publicURL must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`startEmulator: publicURL must be http(s), got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function readFault(req: IncomingMessage, body: unknown): EmulatorFault | undefined {
  const header = req.headers[FAULT_HEADER];
  const headerValue = Array.isArray(header) ? header[0] : header;
  if (headerValue && isEmulatorFault(headerValue)) return headerValue;
  const model = (body as { model?: unknown } | undefined)?.model;
  if (typeof model === 'string') return splitModelFault(model).fault;
  return undefined;
}

function findRoute(
  routes: EmulatorRoute[],
  method: string,
  pathname: string,
): { route: EmulatorRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, pathname);
    if (params != null) return { route, params };
  }
  return undefined;
}

function matchPath(pattern: string | RegExp, pathname: string): Record<string, string> | undefined {
  if (pattern instanceof RegExp) {
    const result = pattern.exec(pathname);
    return result ? { ...(result.groups ?? {}) } : undefined;
  }
  const patternParts = pattern.split('/');
  const pathParts = pathname.split('/');
  if (patternParts.length !== pathParts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const expected = patternParts[i] as string;
    const actual = pathParts[i] as string;
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(actual);
    else if (expected !== actual) return undefined;
  }
  return params;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
