/**
 * Which realtime endpoint a session is for. CCAPI's relay serves `conversation` only (it picks a
 * channel by `?model=`); `transcription` is refused with `UnsupportedFunctionalityError`.
 */
export type CCAPIRealtimeSessionIntent = 'conversation' | 'transcription';

/**
 * Where and how a server opens its realtime WebSocket: the URL and the handshake headers, which
 * hold the API key (so this stays on the server). AI SDK 7's
 * `Experimental_RealtimeModelV4ServerConnection` shape.
 */
export type CCAPIRealtimeServerConnection = {
  /** The `ws(s)://` URL with its query (`?model=…`). */
  url: string;
  /** The handshake headers, with `Authorization: Bearer <key>`. */
  headers: Record<string, string>;
  protocols?: string[];
};
