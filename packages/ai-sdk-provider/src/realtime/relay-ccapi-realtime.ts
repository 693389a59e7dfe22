import { APICallError } from '@ai-sdk/provider';
import type { CCAPIRealtimeConnection, CCAPIWebSocketLike } from './ccapi-realtime-connection';
import { CCAPIRealtimeError } from './ccapi-realtime-error';

const OPEN = 1;

/**
 * Pipes a client WebSocket (a browser behind your server) to a CCAPI realtime connection, both
 * ways, frame by frame. Events the client sends while the upstream connects are queued (the AI
 * SDK sends `session.update` as soon as its socket opens). Upstream events are forwarded as their
 * wire JSON (`raw`), which for `error` events has the key removed. When the upstream cannot be
 * opened or breaks, the client gets an `error` event saying why, then close code 1011.
 */
export async function relayCCAPIRealtime(input: {
  client: CCAPIWebSocketLike;
  connect: () => Promise<CCAPIRealtimeConnection>;
}): Promise<void> {
  const { client } = input;
  const pending: string[] = [];
  let upstream: CCAPIRealtimeConnection | undefined;
  let clientClosed = false;

  client.addEventListener('message', (event) => {
    const text = frameText(event.data);
    if (upstream == null) pending.push(text);
    else forwardToUpstream(upstream, text);
  });
  const clientGone = new Promise<void>((resolve) => {
    client.addEventListener('close', () => {
      clientClosed = true;
      upstream?.close();
      resolve();
    });
  });

  const fail = (error: unknown) => {
    if (clientClosed || client.readyState !== OPEN) return;
    client.send(JSON.stringify(relayErrorEvent(error)));
    client.close(1011, 'CCAPI realtime upstream failed');
  };

  try {
    upstream = await input.connect();
  } catch (error) {
    fail(error);
    await clientGone;
    return;
  }
  if (clientClosed) {
    upstream.close();
    return;
  }
  for (const text of pending.splice(0)) forwardToUpstream(upstream, text);

  try {
    for await (const event of upstream) {
      if (client.readyState !== OPEN) break;
      client.send(typeof event.raw === 'string' ? event.raw : JSON.stringify(event.raw));
    }
    if (client.readyState === OPEN) client.close(1000);
  } catch (error) {
    fail(error);
  }
  upstream.close();
  await clientGone;
}

function forwardToUpstream(upstream: CCAPIRealtimeConnection, text: string): void {
  try {
    upstream.sendRaw(text);
  } catch {
    // The upstream closed; the iteration above reports it to the client.
  }
}

/** An OpenAI-shaped `error` event the AI SDK session shows through `onError`. */
function relayErrorEvent(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const code = APICallError.isInstance(error)
    ? (readCode(error.data) ?? `http_${error.statusCode ?? 'error'}`)
    : CCAPIRealtimeError.isInstance(error)
      ? (error.code ?? error.reason)
      : 'relay_error';
  return {
    type: 'error',
    event_id: 'evt_relay',
    error: { type: 'relay_error', code, message, param: null, event_id: null },
  };
}

function readCode(data: unknown): string | undefined {
  const code = (data as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.length > 0 ? code : undefined;
}

function frameText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    return new TextDecoder().decode(data as ArrayBuffer);
  }
  return String(data);
}
