/**
 * Splits a decoded server-sent-event stream into event payloads in one pass, without building
 * intermediate streams. Handles `\n`, `\r\n` and `\r` line ends, multi-line `data:` fields,
 * comments (`: keep-alive`), other fields (`event:`, `id:`), and the bare JSON line CCAPI's relay
 * appends after a mid-stream upstream error (`{"error":…}` without `data:` and without a newline).
 */
export class SSEEventSplitter {
  /** The unfinished last line. */
  private pending = '';
  /**
   * Reads that hold no line end, kept apart until one arrives: joining and rescanning the pending
   * line on every read would make a long line (a base64 image in one delta, a burst of thousands
   * of tool calls) cost time quadratic in its length.
   */
  private readonly held: string[] = [];
  private data: string | undefined;

  constructor(private readonly onEvent: (data: string) => void) {}

  push(text: string): void {
    if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      if (text.length > 0) this.held.push(text);
      return;
    }
    if (this.held.length > 0) {
      this.pending += this.held.join('');
      this.held.length = 0;
    }
    let input = this.pending.length > 0 ? this.pending + text : text;
    if (input.indexOf('\r') !== -1) {
      // Rare: CR or CRLF line ends. Keep a trailing CR, its LF may be in the next chunk.
      const trailingCarriage = input.endsWith('\r');
      if (trailingCarriage) input = input.slice(0, -1);
      input = input.replace(/\r\n?/g, '\n');
      if (trailingCarriage) {
        this.pending = '';
        this.split(input);
        this.pending += '\r';
        return;
      }
    }
    this.split(input);
  }

  private split(input: string): void {
    let start = 0;
    for (;;) {
      const end = input.indexOf('\n', start);
      if (end === -1) break;
      this.line(input, start, end);
      start = end + 1;
    }
    this.pending = start === 0 ? input : input.slice(start);
  }

  /** Ends the stream: a last line without a newline and a pending event are dispatched. */
  end(): void {
    if (this.held.length > 0) {
      this.pending += this.held.join('');
      this.held.length = 0;
    }
    if (this.pending.length > 0) {
      const rest = this.pending;
      this.pending = '';
      const line = rest.replace(/\r\n?/g, '\n').split('\n');
      for (const part of line) this.line(part, 0, part.length);
    }
    this.dispatch();
  }

  private line(input: string, start: number, end: number): void {
    if (end === start) {
      this.dispatch();
      return;
    }
    const first = input.charCodeAt(start);
    // `data:` — by far the most common line.
    if (first === 100 /* d */ && input.startsWith('data:', start)) {
      const valueStart = input.charCodeAt(start + 5) === 32 ? start + 6 : start + 5;
      const value = input.slice(valueStart, end);
      this.data = this.data == null ? value : `${this.data}\n${value}`;
      return;
    }
    if (first === 58 /* : */) return; // comment
    if (first === 123 /* { */) {
      // A bare JSON object line (the relay's appended error): its own event.
      this.dispatch();
      this.onEvent(input.slice(start, end));
      return;
    }
    // `event:`, `id:`, `retry:` and unknown fields carry nothing we use.
  }

  private dispatch(): void {
    if (this.data == null) return;
    const data = this.data;
    this.data = undefined;
    this.onEvent(data);
  }
}
