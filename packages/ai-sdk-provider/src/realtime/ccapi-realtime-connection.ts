import type { CCAPIRealtimeClientEvent } from './ccapi-realtime-client-event';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';

/** The fields of WebSocket events the realtime code reads (`message`: data; `close`: code). */
export interface CCAPIWebSocketEvent {
  type?: string;
  data?: unknown;
  code?: number;
  reason?: string;
}

/** The part of a WebSocket the realtime code uses: `ws`'s and the WHATWG one both fit. */
export interface CCAPIWebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(
    type: 'open' | 'message' | 'close' | 'error',
    listener: (event: CCAPIWebSocketEvent) => void,
  ): void;
}

/**
 * A WebSocket class. With `auth: 'header'` (the default for a class you pass) it must accept
 * `{ headers }` as its third argument, as `ws` does; use `auth: 'subprotocol'` for a standard
 * WebSocket, which cannot send headers.
 */
export type CCAPIWebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
  options?: { headers?: Record<string, string> },
) => CCAPIWebSocketLike;

export interface CCAPIRealtimeConnectOptions {
  /**
   * The WebSocket client. Default: the `ws` package when it is installed (Node 20 has no global
   * WebSocket; `ws` also reports the HTTP status of a refused upgrade), else `globalThis.WebSocket`
   * (Node 22+, Bun, Deno, edge runtimes).
   */
  WebSocket?: CCAPIWebSocketConstructor;
  /**
   * How the key travels: `header` (`Authorization: Bearer`, server-side only) or `subprotocol`
   * (`openai-insecure-api-key.<key>`). Default: `header`, or `subprotocol` for
   * `globalThis.WebSocket`, which cannot send headers.
   */
  auth?: 'header' | 'subprotocol';
  /** Extra headers for the upgrade request (with `auth: 'header'`). */
  headers?: Record<string, string>;
  /** Cancels connecting; after `connect()` resolves, use `close()`. */
  abortSignal?: AbortSignal;
  /** How long to wait for `session.created` after the upgrade. Default: 30 000 ms. */
  startupTimeoutMs?: number;
}

/**
 * A server-side realtime session with CCAPI. Iterate it for the server events (normalized like
 * the AI SDK's, each with the wire event in `raw`); the iteration ends when the socket closes
 * normally and throws `CCAPIRealtimeError` (`connection-closed`) when it closes abnormally, e.g.
 * in the middle of a response. `error` events do not end it: they carry `event.error`.
 */
export interface CCAPIRealtimeConnection extends AsyncIterable<CCAPIRealtimeServerEvent> {
  readonly modelId: string;
  /** The WebSocket URL (it never contains the key). */
  readonly url: string;
  /** The id from `session.created`. */
  readonly sessionId: string | undefined;
  /** Sends a normalized client event (`session-update`, `conversation-item-create`, …). */
  send(event: CCAPIRealtimeClientEvent): Promise<void>;
  /** Sends a wire event as is (a JSON string, or a value to stringify), e.g. from a relay. */
  sendRaw(event: unknown): void;
  /** Closes the socket normally (code 1000). */
  close(): void;
}
