import { AISDKError } from '@ai-sdk/provider';

const name = 'AI_CCAPIRealtimeError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/** What went wrong on a realtime connection. */
export type CCAPIRealtimeErrorReason =
  /** CCAPI (or the upstream) sent an `error` event; the connection usually stays open. */
  | 'error-event'
  /** The socket closed abnormally (no close frame, or a close code other than 1000). */
  | 'connection-closed'
  /** The upgrade failed and the WebSocket client could not say why (no HTTP status). */
  | 'connect-failed'
  /** No `session.created` arrived within the startup timeout. */
  | 'startup-timeout'
  /** No WebSocket client is available in this runtime. */
  | 'no-websocket'
  /** A synchronous model method was called before the implementation finished loading. */
  | 'not-ready';

/**
 * An error on a CCAPI realtime (WebSocket) connection after or around the upgrade. Failures the
 * gateway answers with an HTTP status before the upgrade are `APICallError`s instead.
 *
 * The message never contains the API key (a WebSocket does not pass through the provider's
 * fetch, so it is redacted here). Check with `CCAPIRealtimeError.isInstance(error)`.
 */
export class CCAPIRealtimeError extends AISDKError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  readonly reason: CCAPIRealtimeErrorReason;
  /** The error `code` of an `error` event (`invalid_value`, `upstream_error`, …). */
  readonly code: string | undefined;
  /** The error `type` of an `error` event (`invalid_request_error`, `server_error`, …). */
  readonly type: string | undefined;
  /** The `event_id` of the client event the server rejected, when it names one. */
  readonly clientEventId: string | undefined;
  /** The WebSocket close code, for `connection-closed`. */
  readonly closeCode: number | undefined;
  /** Whether reconnecting (or resending) may succeed. */
  readonly isRetryable: boolean;

  constructor(options: {
    reason: CCAPIRealtimeErrorReason;
    message: string;
    code?: string;
    type?: string;
    clientEventId?: string;
    closeCode?: number;
    isRetryable?: boolean;
    cause?: unknown;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.reason = options.reason;
    this.code = options.code;
    this.type = options.type;
    this.clientEventId = options.clientEventId;
    this.closeCode = options.closeCode;
    this.isRetryable = options.isRetryable ?? false;
  }

  static override isInstance(error: unknown): error is CCAPIRealtimeError {
    return AISDKError.hasMarker(error, marker);
  }
}
