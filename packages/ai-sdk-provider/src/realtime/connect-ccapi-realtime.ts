import type { IncomingMessage } from 'node:http';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
import { redactSecret } from '../utils/create-ccapi-fetch';
import type { CCAPIRealtimeClientEvent } from './ccapi-realtime-client-event';
import type {
  CCAPIRealtimeConnection,
  CCAPIRealtimeConnectOptions,
} from './ccapi-realtime-connection';
import { CCAPIRealtimeError } from './ccapi-realtime-error';
import type { CCAPIRealtimeImplementation } from './ccapi-realtime-model-implementation';
import { ccapiRealtimeKeyProtocols } from './ccapi-realtime-protocol';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';
import { readCCAPIRealtimeApiKey } from './read-ccapi-realtime-api-key';
import { resolveCCAPIWebSocket } from './resolve-ccapi-websocket';

const OPEN = 1;

/** `ws` adds this event for a refused upgrade; a standard WebSocket has no equivalent. */
interface WsUpgradeEvents {
  on(
    event: 'unexpected-response',
    listener: (request: { destroy(): void }, response: IncomingMessage) => void,
  ): void;
  terminate(): void;
}

/** Opens the socket, waits for `session.created`, and wraps the socket as a connection. */
export async function connectCCAPIRealtime(input: {
  modelId: string;
  config: CCAPIConfig;
  implementation: CCAPIRealtimeImplementation;
  options: CCAPIRealtimeConnectOptions;
}): Promise<CCAPIRealtimeConnection> {
  const { modelId, config, implementation, options } = input;
  options.abortSignal?.throwIfAborted();
  // Throws LoadAPIKeyError naming CCAPI_API_KEY when no key is configured.
  const server = await implementation.getServerWebSocketConfig();
  const apiKey = readCCAPIRealtimeApiKey(config);
  const { WebSocket, auth } = await resolveCCAPIWebSocket(options);
  const headers = { ...server.headers, ...options.headers };
  const socket =
    auth === 'header'
      ? new WebSocket(server.url, [], { headers })
      : new WebSocket(server.url, ccapiRealtimeKeyProtocols(apiKey ?? ''));
  const redact = (text: string) => redactSecret(text, apiKey);

  const queue: CCAPIRealtimeServerEvent[] = [];
  let waiting: (() => void) | undefined;
  let ended: { error?: unknown } | undefined;
  let sessionId: string | undefined;
  let responding = false;
  const wake = () => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.();
  };

  const ready = new Promise<void>((resolve, reject) => {
    let opened = false;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.abortSignal?.removeEventListener('abort', onAbort);
      if (error == null) resolve();
      else {
        reject(error);
        if (socket.readyState <= OPEN) socket.close();
      }
    };
    const timeoutMs = options.startupTimeoutMs ?? 30_000;
    const timer = setTimeout(
      () =>
        settle(
          new CCAPIRealtimeError({
            reason: 'startup-timeout',
            message: `CCAPI accepted the realtime connection for model '${modelId}' but sent no session.created within ${timeoutMs} ms. Retry; if it persists, the upstream realtime service is not answering.`,
            isRetryable: true,
          }),
        ),
      timeoutMs,
    );
    const onAbort = () => settle(options.abortSignal?.reason);
    options.abortSignal?.addEventListener('abort', onAbort, { once: true });

    const wsEvents = socket as Partial<WsUpgradeEvents>;
    wsEvents.on?.('unexpected-response', (request, response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => {
        settle(
          createCCAPIAPICallError({
            url: server.url,
            requestBodyValues: undefined,
            statusCode: response.statusCode ?? 0,
            responseHeaders: readHeaders(response, redact),
            responseBody: redact(body),
            modelId,
          }),
        );
        request.destroy();
        wsEvents.terminate?.();
      });
    });

    socket.addEventListener('open', () => {
      opened = true;
    });
    socket.addEventListener('message', (event) => {
      const parsedEvent = parseMessage(event.data, implementation);
      if (parsedEvent.type === 'session-created') {
        sessionId = parsedEvent.sessionId;
        queue.push(parsedEvent);
        settle();
        return;
      }
      if (parsedEvent.type === 'error' && !settled) {
        settle(parsedEvent.error);
        return;
      }
      if (parsedEvent.type === 'response-created') responding = true;
      if (parsedEvent.type === 'response-done') responding = false;
      queue.push(parsedEvent);
      wake();
    });
    socket.addEventListener('close', (event) => {
      const code = event.code ?? 1006;
      const reason = redact(String(event.reason ?? ''));
      const normal = code === 1000;
      if (!settled) {
        settle(
          new CCAPIRealtimeError({
            reason: opened ? 'connection-closed' : 'connect-failed',
            closeCode: code,
            isRetryable: true,
            message: opened
              ? `CCAPI closed the realtime connection for model '${modelId}' before the session started (code ${code}${reason ? `: ${reason}` : ''}).`
              : `Could not open the CCAPI realtime connection for model '${modelId}' (code ${code}). The gateway refused the upgrade or could not be reached; with the \`ws\` package installed the error would carry CCAPI's status and message (a wrong key, an unknown model or no balance).`,
          }),
        );
      }
      ended = normal
        ? {}
        : {
            error: new CCAPIRealtimeError({
              reason: 'connection-closed',
              closeCode: code,
              isRetryable: true,
              message: `The CCAPI realtime connection for model '${modelId}' closed unexpectedly (code ${code}${reason ? `: ${reason}` : ''})${responding ? ' in the middle of a response, which is incomplete' : ''}. Reconnect and send the turn again.`,
            }),
          };
      wake();
    });
    socket.addEventListener('error', () => {
      // The close event that follows says what happened.
    });
  });
  await ready;

  const send = (data: string) => {
    if (socket.readyState !== OPEN) {
      throw new CCAPIRealtimeError({
        reason: 'connection-closed',
        message: `The CCAPI realtime connection for model '${modelId}' is closed; connect again to send events.`,
      });
    }
    socket.send(data);
  };

  return {
    modelId,
    url: server.url,
    get sessionId() {
      return sessionId;
    },
    async send(event: CCAPIRealtimeClientEvent) {
      send(JSON.stringify(await implementation.serialize(event)));
    },
    sendRaw(event: unknown) {
      send(typeof event === 'string' ? event : JSON.stringify(event));
    },
    close() {
      if (socket.readyState <= OPEN) socket.close(1000);
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const next = queue.shift();
        if (next != null) {
          yield next;
          continue;
        }
        if (ended != null) {
          if (ended.error != null) throw ended.error;
          return;
        }
        await new Promise<void>((resolve) => {
          waiting = resolve;
        });
      }
    },
  };
}

function parseMessage(
  data: unknown,
  implementation: CCAPIRealtimeImplementation,
): CCAPIRealtimeServerEvent {
  const text =
    typeof data === 'string'
      ? data
      : data instanceof ArrayBuffer || ArrayBuffer.isView(data)
        ? new TextDecoder().decode(data as ArrayBuffer)
        : String(data);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { type: 'custom', rawType: 'invalid-json', raw: text };
  }
  return implementation.parse(raw);
}

function readHeaders(
  response: IncomingMessage,
  redact: (text: string) => string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value != null) headers[name] = redact(Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
