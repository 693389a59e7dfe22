import type { ServerResponse } from 'node:http';
import type { EmulatorFault } from '../faults/emulator-fault';
import { sendJson } from '../http/send-response';
import { delay } from '../http/sse-writer';
import { relayOverloadedError, upstreamStreamError } from './chat-stream-errors';

export interface SendChatNonStreamOptions {
  fault: EmulatorFault | undefined;
  stallMs: number;
  signal: AbortSignal;
  headers: Record<string, string>;
}

/**
 * Sends a `stream: false` answer, with the stream faults given a non-stream meaning:
 * - `drop-mid-stream`: the socket is destroyed before any response;
 * - `stall`: the answer is held for `stallMs` (or until the client aborts);
 * - `malformed-chunk`: status 200 with the JSON body cut in half;
 * - `stream-error` / `stream-error-bare`: status 200 carrying `{"error":…}`, as new-api returns
 *   an upstream 200 error body (2026-12-03-wire-rules.md#errors-and-stream-endings);
 * - `no-finish`: `finish_reason: null` on every choice.
 */
export async function sendChatNonStream(
  res: ServerResponse,
  body: unknown,
  options: SendChatNonStreamOptions,
): Promise<void> {
  switch (options.fault) {
    case 'drop-mid-stream':
      res.socket?.destroy();
      return;
    case 'stall':
      await delay(options.stallMs, options.signal);
      if (options.signal.aborted) return;
      sendJson(res, 200, body, options.headers);
      return;
    case 'malformed-chunk': {
      const text = JSON.stringify(body);
      res.writeHead(200, { 'content-type': 'application/json', ...options.headers });
      res.end(text.slice(0, Math.floor(text.length / 2)));
      return;
    }
    case 'stream-error':
      sendJson(res, 200, upstreamStreamError(), options.headers);
      return;
    case 'stream-error-bare':
      sendJson(res, 200, relayOverloadedError(), options.headers);
      return;
    case 'no-finish':
      sendJson(res, 200, withoutFinishReason(body), options.headers);
      return;
    default:
      sendJson(res, 200, body, options.headers);
  }
}

function withoutFinishReason(body: unknown): unknown {
  const choices = (body as { choices?: unknown } | undefined)?.choices;
  if (!Array.isArray(choices)) return body;
  return {
    ...(body as object),
    choices: choices.map((choice) => ({ ...(choice as object), finish_reason: null })),
  };
}
