import { relayOverloadedError } from '../chat/chat-stream-errors';
import type { EmulatorFault } from '../faults/emulator-fault';
import { delay, type SSEWriter } from '../http/sse-writer';

/**
 * One SSE frame of a native route: `event: <event>\ndata: <json>` on the Anthropic and Responses
 * routes, bare `data: <json>` on the Gemini and completions routes. `finish` marks the frames a
 * cut-short stream must not reach (stop reason, usage, the closing event).
 */
export interface NativeStreamFrame {
  event?: string;
  data: unknown;
  phase: 'content' | 'finish';
}

export interface PlayNativeStreamOptions {
  fault: EmulatorFault | undefined;
  /** The route's own mid-stream error frame (`stream-error`): Anthropic `error` event, … */
  errorFrame: NativeStreamFrame;
  /** The completions route ends with `data: [DONE]`; the other native routes do not. */
  done?: boolean;
  stallMs: number;
  signal: AbortSignal;
}

// Enough content for a client to have started a part, never the finish.
const FRAMES_BEFORE_FAULT = 2;

/**
 * Writes a native route's frames as new-api relays them (no `[DONE]` except on completions),
 * playing the stream faults:
 * - `drop-mid-stream`: two content frames, then the socket is destroyed;
 * - `stream-error-bare`: two content frames, then new-api's bare `{"error":…}` line (no `data:`,
 *   no newline), which is how it ends a Claude/Gemini stream whose upstream failed (§1d);
 * - `stream-error`: two content frames, then the route's own error frame;
 * - `malformed-chunk`: a frame whose JSON is cut off after the first frame;
 * - `no-finish`: the content frames only;
 * - `stall`: one frame, then silence until `stallMs` passes or the client aborts.
 */
export async function playNativeStream(
  writer: SSEWriter,
  frames: NativeStreamFrame[],
  options: PlayNativeStreamOptions,
): Promise<void> {
  const content = frames.filter((frame) => frame.phase === 'content');
  const leading = content.slice(0, FRAMES_BEFORE_FAULT);

  switch (options.fault) {
    case 'drop-mid-stream':
      await writeFrames(writer, leading);
      // Let the frames reach the client so it sees a stream that started, then broke.
      await new Promise((resolve) => setTimeout(resolve, 10));
      writer.destroy();
      return;
    case 'stream-error-bare':
      await writeFrames(writer, leading);
      await writer.raw(JSON.stringify(relayOverloadedError()));
      writer.end();
      return;
    case 'stream-error':
      await writeFrames(writer, [...leading, options.errorFrame]);
      break;
    case 'malformed-chunk':
      await writeFrames(writer, frames.slice(0, 1));
      await writer.raw(
        `${frames[1]?.event ? `event: ${frames[1].event}\n` : ''}data: {"type":"\n\n`,
      );
      await writeFrames(writer, frames.slice(1));
      break;
    case 'no-finish':
      await writeFrames(writer, content);
      break;
    case 'stall':
      await writeFrames(writer, frames.slice(0, 1));
      await delay(options.stallMs, options.signal);
      break;
    default:
      await writeFrames(writer, frames);
  }
  if (options.done) await writer.done();
  writer.end();
}

async function writeFrames(writer: SSEWriter, frames: NativeStreamFrame[]): Promise<void> {
  for (const frame of frames) {
    if (writer.isClosed) return;
    await writer.data(frame.data, frame.event);
  }
}
