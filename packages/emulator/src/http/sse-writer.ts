import type { ServerResponse } from 'node:http';

/**
 * Writes a server-sent event stream the way new-api does: `data: <json>\n\n` frames (optionally
 * with `event:` lines on the native routes), with an optional delay between frames.
 */
export class SSEWriter {
  private closed = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly options: { chunkDelayMs: number; signal: AbortSignal },
  ) {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    // Send headers now so clients see the stream start before the first frame.
    res.flushHeaders();
    options.signal.addEventListener('abort', () => {
      this.closed = true;
    });
  }

  get isClosed(): boolean {
    return this.closed || this.res.destroyed;
  }

  /** `data: <json>\n\n`, or `event: <name>\ndata: <json>\n\n` when an event name is given. */
  async data(value: unknown, eventName?: string): Promise<void> {
    const payload = typeof value === 'string' ? value : JSON.stringify(value);
    await this.raw(`${eventName ? `event: ${eventName}\n` : ''}data: ${payload}\n\n`);
  }

  /** `data: [DONE]\n\n`. */
  async done(): Promise<void> {
    await this.raw('data: [DONE]\n\n');
  }

  /** An SSE comment such as `: keep-alive`. */
  async comment(text: string): Promise<void> {
    await this.raw(`: ${text}\n\n`);
  }

  /** Writes text as is (malformed frames, bare JSON lines). */
  async raw(text: string): Promise<void> {
    if (this.isClosed) return;
    this.res.write(text);
    if (this.options.chunkDelayMs > 0) await delay(this.options.chunkDelayMs, this.options.signal);
  }

  end(): void {
    if (this.res.writableEnded) return;
    this.closed = true;
    this.res.end();
  }

  /** Kills the socket without a proper end: a dropped connection. */
  destroy(): void {
    this.closed = true;
    this.res.socket?.destroy();
  }
}

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });
}
