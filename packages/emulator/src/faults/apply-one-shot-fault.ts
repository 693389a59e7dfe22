import type { EmulatorContext } from '../emulator-types';
import { delay } from '../http/sse-writer';
import type { EmulatorFault } from './emulator-fault';

/**
 * Plays the connection faults of a route that answers in one piece (embeddings, moderation,
 * speech, transcription): `drop-mid-stream` closes the socket; `stall` holds the request until
 * `stallMs` passes or the client aborts (abort tests). Returns true when the request is over and
 * the route must not answer. Status faults are answered earlier by `applyStatusFault`.
 */
export async function applyOneShotFault(
  context: EmulatorContext,
  fault: EmulatorFault | undefined = context.fault,
): Promise<boolean> {
  if (fault === 'drop-mid-stream') {
    context.res.socket?.destroy();
    return true;
  }
  if (fault === 'stall') {
    await delay(context.state.options.stallMs, context.signal);
    return context.signal.aborted;
  }
  return false;
}
