import type {
  CCAPIRealtimeConnectOptions,
  CCAPIWebSocketConstructor,
} from './ccapi-realtime-connection';
import { CCAPIRealtimeError } from './ccapi-realtime-error';

export interface ResolvedCCAPIWebSocket {
  WebSocket: CCAPIWebSocketConstructor;
  auth: 'header' | 'subprotocol';
}

/**
 * The WebSocket client for a server-side connection: the one passed in; else the `ws` package
 * (an optional peer dependency: Node 20 has no global WebSocket, and only `ws` can send the
 * `Authorization` header and read the status of a refused upgrade); else the runtime's global
 * WebSocket, which authenticates with the key subprotocol.
 */
export async function resolveCCAPIWebSocket(
  options: CCAPIRealtimeConnectOptions,
): Promise<ResolvedCCAPIWebSocket> {
  if (options.WebSocket != null) {
    return { WebSocket: options.WebSocket, auth: options.auth ?? 'header' };
  }
  const fromWs = await importWs();
  if (fromWs != null) return { WebSocket: fromWs, auth: options.auth ?? 'header' };
  const global = (globalThis as { WebSocket?: CCAPIWebSocketConstructor }).WebSocket;
  if (global != null) return { WebSocket: global, auth: options.auth ?? 'subprotocol' };
  throw new CCAPIRealtimeError({
    reason: 'no-websocket',
    message:
      'No WebSocket client is available for the CCAPI realtime connection. On Node 20 install the `ws` package (npm install ws), or pass a WebSocket class as the `WebSocket` option.',
  });
}

async function importWs(): Promise<CCAPIWebSocketConstructor | undefined> {
  try {
    // Not bundled for browsers: the server-side connection is the only user of `ws`.
    const module = (await import(/* webpackIgnore: true */ /* @vite-ignore */ 'ws')) as {
      WebSocket?: CCAPIWebSocketConstructor;
      default?: CCAPIWebSocketConstructor;
    };
    return module.WebSocket ?? module.default;
  } catch {
    return undefined;
  }
}
