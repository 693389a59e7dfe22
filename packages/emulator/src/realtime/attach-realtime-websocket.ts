import { type IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { EmulatorRoute, EmulatorState, RecordedRequest } from '../emulator-types';
import { applyStatusFault } from '../faults/apply-status-fault';
import { FAULT_HEADER, isEmulatorFault, splitModelFault } from '../faults/emulator-fault';
import { currentRequestId, withRequestId } from '../http/request-id';
import { sendCCAPIError } from '../http/send-response';
import { EMULATOR_MODELS } from '../models/emulator-model-catalog';
import { EmulatorRealtimeSession } from './emulator-realtime-session';

const REALTIME_PATH = '/v1/realtime';
const KEY_PROTOCOL_PREFIX = 'openai-insecure-api-key.';
// For the status faults, which take the route they answer for.
const REALTIME_ROUTE: EmulatorRoute = {
  method: 'GET',
  path: REALTIME_PATH,
  auth: 'bearer',
  handle: () => {},
};

/**
 * Serves `GET /v1/realtime?model=…` WebSocket upgrades on the emulator's HTTP server, the way
 * new-api does (2026-12-03-wire-rules.md#realtime):
 * - the key comes from `Authorization` (`Bearer <key>` or raw) or from the subprotocol
 *   `openai-insecure-api-key.<key>` (browsers); the handshake then selects `realtime`;
 * - refusals happen before the upgrade, as an HTTP status with the OpenAI error JSON: 401 for a
 *   bad key, 400 without `model`, 503 `model_not_found` for a model that is not a realtime
 *   model, and the status faults (`model~fault:rate-limit`, header `x-emulator-fault`);
 * - after the upgrade, `EmulatorRealtimeSession` speaks the OpenAI Realtime protocol.
 * Returns a function that closes every open realtime socket.
 */
export function attachRealtimeWebSocket(server: Server, state: EmulatorState): () => void {
  const sockets = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : false),
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
    withRequestId(() => handleUpgrade(req, socket, head)),
  );

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(`http://emulator.local${req.url ?? '/'}`);
    const protocols = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((protocol) => protocol.trim())
      .filter((protocol) => protocol.length > 0);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      rawBody: Buffer.alloc(0),
    };
    state.requests.push(request);
    if (state.options.log) process.stderr.write(`[ccapi-emulator] UPGRADE ${url.pathname}\n`);

    const refuse = (answer: (res: ServerResponse) => void) => answer(createRefusal(req, socket));

    if (url.pathname !== REALTIME_PATH) {
      refuse((res) =>
        sendCCAPIError(res, 404, {
          message: `Invalid URL (GET ${url.pathname})`,
          type: 'invalid_request_error',
        }),
      );
      return;
    }
    const key = readRealtimeKey(req, protocols);
    if (key !== state.options.apiKey) {
      refuse((res) =>
        sendCCAPIError(res, 401, { message: `Invalid token (request id: ${currentRequestId()})` }),
      );
      return;
    }
    const requested = url.searchParams.get('model') ?? '';
    const { model, fault: modelFault } = splitModelFault(requested);
    if (model.length === 0) {
      refuse((res) =>
        sendCCAPIError(res, 400, {
          message: `Model name not specified, model name cannot be empty (request id: ${currentRequestId()})`,
          code: 'invalid_request',
        }),
      );
      return;
    }
    const header = req.headers[FAULT_HEADER];
    const headerFault = Array.isArray(header) ? header[0] : header;
    const fault = headerFault && isEmulatorFault(headerFault) ? headerFault : modelFault;
    if (fault != null) {
      const res = createRefusal(req, socket);
      if (applyStatusFault(res, fault, REALTIME_ROUTE, { model })) return;
      // A stream fault (`stream-error`, `drop-mid-stream`) plays out after the upgrade.
      res.detachSocket(socket as Socket);
    }
    if (!isRealtimeModel(model)) {
      refuse((res) =>
        sendCCAPIError(res, 503, {
          message: `No available channel for model ${model} under group default (distributor) (request id: ${currentRequestId()})`,
          code: 'model_not_found',
        }),
      );
      return;
    }

    sockets.handleUpgrade(req, socket, head, (webSocket) => {
      new EmulatorRealtimeSession(webSocket, { model, fault, state });
    });
  }

  return () => {
    for (const client of sockets.clients) client.terminate();
    sockets.close();
  };
}

/** The key from `Authorization` (with or without `Bearer `) or the key subprotocol. */
function readRealtimeKey(req: IncomingMessage, protocols: string[]): string | undefined {
  const fromProtocol = protocols.find((protocol) => protocol.startsWith(KEY_PROTOCOL_PREFIX));
  if (fromProtocol != null) return fromProtocol.slice(KEY_PROTOCOL_PREFIX.length);
  const authorization = req.headers.authorization;
  if (!authorization) return undefined;
  return authorization.replace(/^bearer\s+/i, '').trim();
}

/** An HTTP answer on the socket of an upgrade request that is refused. */
function createRefusal(req: IncomingMessage, socket: Duplex): ServerResponse {
  const res = new ServerResponse(req);
  res.assignSocket(socket as Socket);
  res.shouldKeepAlive = false;
  res.setHeader('x-oneapi-request-id', currentRequestId());
  res.on('finish', () => socket.destroy());
  return res;
}

/** A realtime id from the catalog, bare or vendor-prefixed, or a dated snapshot of one. */
function isRealtimeModel(model: string): boolean {
  const bare = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  return EMULATOR_MODELS.some(
    (entry) =>
      entry.id.includes('realtime') && (bare === entry.id || bare.startsWith(`${entry.id}-`)),
  );
}
