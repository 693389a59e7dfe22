import type { ServerResponse } from 'node:http';
import { relayOverloadedError } from '../chat/chat-stream-errors';
import type { EmulatorFault } from '../faults/emulator-fault';
import { sendJson } from '../http/send-response';
import { delay } from '../http/sse-writer';

export interface SendNativeJsonOptions {
  fault: EmulatorFault | undefined;
  /** The route's error body for `stream-error` (new-api returns an upstream 200 error as 200). */
  errorBody: unknown;
  stallMs: number;
  signal: AbortSignal;
}

/**
 * Sends a non-streamed native answer, giving the stream faults a non-stream meaning as the chat
 * route does: `drop-mid-stream` destroys the socket, `stall` holds the answer, `malformed-chunk`
 * cuts the JSON in half, `stream-error` / `stream-error-bare` answer 200 with an error body.
 */
export async function sendNativeJson(
  res: ServerResponse,
  body: unknown,
  options: SendNativeJsonOptions,
): Promise<void> {
  switch (options.fault) {
    case 'drop-mid-stream':
      res.socket?.destroy();
      return;
    case 'stall':
      await delay(options.stallMs, options.signal);
      if (!options.signal.aborted) sendJson(res, 200, body);
      return;
    case 'malformed-chunk': {
      const text = JSON.stringify(body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text.slice(0, Math.floor(text.length / 2)));
      return;
    }
    case 'stream-error':
      sendJson(res, 200, options.errorBody);
      return;
    case 'stream-error-bare':
      sendJson(res, 200, relayOverloadedError());
      return;
    default:
      sendJson(res, 200, body);
  }
}
