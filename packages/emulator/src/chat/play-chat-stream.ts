import type { EmulatorFault } from '../faults/emulator-fault';
import { delay, type SSEWriter } from '../http/sse-writer';
import type { ChatPlan } from './chat-plan';
import { relayOverloadedError, upstreamStreamError } from './chat-stream-errors';
import type { ChatStreamFrame } from './dialects/chat-dialect';
import { openAIUsageChunk } from './dialects/openai-chat-envelope';

export interface PlayChatStreamOptions {
  fault: EmulatorFault | undefined;
  /** `stream_options.include_usage`; new-api treats an absent value as true. */
  includeUsage: boolean;
  stallMs: number;
  signal: AbortSignal;
}

// How many content frames a cut-short stream gets before its fault: enough for a client to have
// started a text or tool-call part, never the finish.
const FRAMES_BEFORE_FAULT = 2;

// A frame cut off in the middle of its JSON (the `malformed-chunk` fault).
const MALFORMED_FRAME = 'data: {"choices":[{"delt\n\n';

/**
 * Writes a dialect's frames as new-api relays them, then `data: [DONE]`, playing out the stream
 * faults on the way. Usage frames are dropped when the client sent `include_usage: false`.
 */
export async function playChatStream(
  writer: SSEWriter,
  plan: ChatPlan,
  frames: ChatStreamFrame[],
  options: PlayChatStreamOptions,
): Promise<void> {
  const visible = options.includeUsage ? frames : frames.filter((f) => phaseOf(f) !== 'usage');

  switch (options.fault) {
    case 'drop-mid-stream':
      await writeFrames(writer, leadingContent(visible));
      await flushSocket();
      writer.destroy();
      return;

    case 'malformed-chunk':
      await writeFrames(writer, visible.slice(0, 1));
      await writer.raw(MALFORMED_FRAME);
      await writeFrames(writer, visible.slice(1));
      break;

    case 'stream-error': {
      // Pass-through channel: the upstream error frame, then the gateway's usage chunk (its own
      // synthetic one when the brand's stream had none) and `[DONE]`.
      await writeFrames(writer, leadingContent(visible));
      await writer.data(upstreamStreamError());
      const usage = visible.filter((f) => phaseOf(f) === 'usage');
      if (usage.length > 0) await writeFrames(writer, usage);
      else if (options.includeUsage) {
        await writer.data(openAIUsageChunk(plan, { systemFingerprint: '' }));
      }
      break;
    }

    case 'stream-error-bare':
      await writeFrames(writer, leadingContent(visible));
      await writer.raw(JSON.stringify(relayOverloadedError()));
      writer.end();
      return;

    case 'no-finish':
      await writeFrames(
        writer,
        visible.filter((f) => phaseOf(f) === 'content'),
      );
      break;

    case 'stall':
      await writeFrames(writer, visible.slice(0, 1));
      await delay(options.stallMs, options.signal);
      // new-api ends an idle stream with its own `[DONE]` (STREAMING_TIMEOUT), no finish reason.
      break;

    default:
      await writeFrames(writer, visible);
  }
  await writer.done();
  writer.end();
}

function phaseOf(frame: ChatStreamFrame): string {
  return frame.kind === 'comment' ? 'content' : frame.phase;
}

/** The first content frames (comments ride along), stopping before any finish or usage frame. */
function leadingContent(frames: ChatStreamFrame[]): ChatStreamFrame[] {
  const result: ChatStreamFrame[] = [];
  let counted = 0;
  for (const frame of frames) {
    if (phaseOf(frame) !== 'content' || counted === FRAMES_BEFORE_FAULT) break;
    result.push(frame);
    if (frame.kind !== 'comment') counted += 1;
  }
  return result;
}

async function writeFrames(writer: SSEWriter, frames: ChatStreamFrame[]): Promise<void> {
  for (const frame of frames) {
    if (writer.isClosed) return;
    if (frame.kind === 'data') await writer.data(frame.payload);
    else if (frame.kind === 'comment') await writer.comment(frame.text);
    else await writer.raw(frame.text);
  }
}

/**
 * Gives written frames a moment to reach the client before the socket is destroyed, so the
 * client sees a stream that started and then broke (not a connection that never answered).
 */
async function flushSocket(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
