import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';

type DeltaPart = Extract<
  LanguageModelV4StreamPart,
  { type: 'text-delta' | 'reasoning-delta' | 'tool-input-delta' }
>;

/** More parts than this stay in our own queue until the consumer has read the stream's. */
const MAX_QUEUED_PER_PULL = 1024;

/**
 * Sits between the chunk mapper and the stream controller, for two costs users feel:
 *
 * - **Fewer, larger parts.** `streamText` spends about the same time on every part, whatever its
 *   size, so consecutive deltas of one kind and id that arrive in the same network read become one
 *   part (`endOfRead()` passes the merged delta on: nothing waits for more bytes). A part with its
 *   own provider metadata, or any other part in between (a raw chunk, a signature, another id),
 *   ends the run, so the concatenated text, reasoning and tool input are unchanged.
 * - **No quadratic queue.** One read can produce hundreds of thousands of parts (a burst of tool
 *   calls at finish); a web stream's queue gets slower the longer it grows, so past
 *   `MAX_QUEUED_PER_PULL` parts wait here and move over on the next pulls.
 */
export class StreamPartQueue {
  private pending: DeltaPart | undefined;
  private readonly waiting: LanguageModelV4StreamPart[] = [];
  private waitingHead = 0;
  private queued = 0;
  private closed = false;

  constructor(
    private readonly controller: ReadableStreamDefaultController<LanguageModelV4StreamPart>,
  ) {}

  push(part: LanguageModelV4StreamPart): void {
    const pending = this.pending;
    if (pending !== undefined) {
      if (
        part.type === pending.type &&
        (part as DeltaPart).id === pending.id &&
        (part as DeltaPart).providerMetadata === undefined
      ) {
        pending.delta += (part as DeltaPart).delta;
        return;
      }
      this.pending = undefined;
      this.enqueue(pending);
    }
    if (
      (part.type === 'text-delta' ||
        part.type === 'reasoning-delta' ||
        part.type === 'tool-input-delta') &&
      part.providerMetadata === undefined
    ) {
      // The mapper makes a new part for every delta, so this one can grow in place.
      this.pending = part;
      return;
    }
    this.enqueue(part);
  }

  /** The network read is processed: the merged delta goes out now. */
  endOfRead(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    this.enqueue(pending);
  }

  /**
   * Called at the start of every pull: moves waiting parts into the stream. Returns true when
   * parts still wait (the pull should return and read no further bytes yet).
   */
  refill(): boolean {
    this.queued = 0;
    const waiting = this.waiting;
    while (this.waitingHead < waiting.length && this.queued < MAX_QUEUED_PER_PULL) {
      this.queued++;
      this.controller.enqueue(waiting[this.waitingHead++]!);
    }
    if (this.waitingHead < waiting.length) return true;
    waiting.length = 0;
    this.waitingHead = 0;
    if (this.closed) {
      this.closed = false;
      this.controller.close();
      return true;
    }
    return false;
  }

  /** The stream is complete: it closes once every waiting part was handed over. */
  close(): void {
    this.endOfRead();
    if (this.waitingHead < this.waiting.length) this.closed = true;
    else this.controller.close();
  }

  private enqueue(part: LanguageModelV4StreamPart): void {
    if (this.waitingHead < this.waiting.length || this.queued >= MAX_QUEUED_PER_PULL) {
      this.waiting.push(part);
      return;
    }
    this.queued++;
    this.controller.enqueue(part);
  }
}
