export type ThinkSegment =
  | { kind: 'reasoning'; text: string }
  | { kind: 'text'; text: string }
  /** The think block closed; `thinkBlock` is its raw text (tags and separators included). */
  | { kind: 'reasoning-end'; thinkBlock: string };

const OPEN_TAGS = ['<think>', '<mm:think>'];
const CLOSE_TAGS = ['</think>', '</mm:think>'];
const LONGEST_CLOSE = Math.max(...CLOSE_TAGS.map((tag) => tag.length));

type State = 'detect' | 'think' | 'after-think' | 'text';

/**
 * Splits a leading `<think>…</think>` block out of streamed `content` (MiniMax's default, and any
 * relay with `thinking_to_content` on). A state machine over fragments: tags may be split at any
 * character across chunks, `</mm:think>` closes too, and the raw block is kept byte for byte so it
 * can be sent back (MiniMax requires the whole content back in tool loops).
 */
export class ThinkTagSplitter {
  private state: State = 'detect';
  private buffer = '';
  private raw = '';
  private reasoningStarted = false;
  /** Trailing whitespace of the reasoning, held until we know whether the block ends. */
  private heldWhitespace = '';

  /** True once the splitter only passes text through; callers may then bypass it. */
  get isPassthrough(): boolean {
    return this.state === 'text' && this.buffer.length === 0;
  }

  push(fragment: string): ThinkSegment[] {
    this.buffer += fragment;
    return this.drain(false);
  }

  /** Ends the stream: whatever is buffered is emitted (a block cut off by `length` stays reasoning). */
  flush(): ThinkSegment[] {
    const segments = this.drain(true);
    if (this.state === 'think' || this.state === 'after-think') {
      segments.push({ kind: 'reasoning-end', thinkBlock: this.raw });
      this.state = 'text';
    }
    return segments;
  }

  private drain(final: boolean): ThinkSegment[] {
    const segments: ThinkSegment[] = [];
    for (;;) {
      switch (this.state) {
        case 'detect': {
          const trimmed = this.buffer.trimStart();
          if (trimmed.length === 0) {
            if (final) this.state = 'text';
            else return segments;
            break;
          }
          const open = OPEN_TAGS.find((tag) => trimmed.startsWith(tag));
          if (open != null) {
            const consumed = this.buffer.length - trimmed.length + open.length;
            this.raw = this.buffer.slice(0, consumed);
            this.buffer = this.buffer.slice(consumed);
            this.state = 'think';
            break;
          }
          if (!final && OPEN_TAGS.some((tag) => tag.startsWith(trimmed))) return segments;
          this.state = 'text';
          break;
        }

        case 'think': {
          let closeAt = -1;
          let closeTag = '';
          for (const tag of CLOSE_TAGS) {
            const at = this.buffer.indexOf(tag);
            if (at !== -1 && (closeAt === -1 || at < closeAt)) {
              closeAt = at;
              closeTag = tag;
            }
          }
          if (closeAt !== -1) {
            const reasoning = this.buffer.slice(0, closeAt);
            this.raw += reasoning + closeTag;
            this.emitReasoning(segments, reasoning, true);
            this.buffer = this.buffer.slice(closeAt + closeTag.length);
            this.state = 'after-think';
            break;
          }
          // Hold back a possible partial close tag at the end.
          const keep = final ? 0 : partialSuffixLength(this.buffer);
          const ready = this.buffer.slice(0, this.buffer.length - keep);
          this.raw += ready;
          this.emitReasoning(segments, ready, final);
          this.buffer = this.buffer.slice(this.buffer.length - keep);
          return segments;
        }

        case 'after-think': {
          const trimmed = this.buffer.trimStart();
          const whitespace = this.buffer.length - trimmed.length;
          this.raw += this.buffer.slice(0, whitespace);
          this.buffer = trimmed;
          if (trimmed.length === 0 && !final) return segments;
          segments.push({ kind: 'reasoning-end', thinkBlock: this.raw });
          this.state = 'text';
          break;
        }

        case 'text': {
          if (this.buffer.length > 0) {
            segments.push({ kind: 'text', text: this.buffer });
            this.buffer = '';
          }
          return segments;
        }
      }
    }
  }

  private emitReasoning(segments: ThinkSegment[], text: string, closing: boolean): void {
    let value = this.heldWhitespace + text;
    this.heldWhitespace = '';
    if (!this.reasoningStarted) {
      value = value.trimStart();
      if (value.length === 0) return;
      this.reasoningStarted = true;
    }
    if (closing) {
      value = value.trimEnd();
    } else {
      const trimmed = value.trimEnd();
      this.heldWhitespace = value.slice(trimmed.length);
      value = trimmed;
    }
    if (value.length > 0) segments.push({ kind: 'reasoning', text: value });
  }
}

/** Length of the longest suffix of `text` that is a proper prefix of a close tag. */
function partialSuffixLength(text: string): number {
  const max = Math.min(text.length, LONGEST_CLOSE - 1);
  for (let length = max; length > 0; length--) {
    const suffix = text.slice(text.length - length);
    if (CLOSE_TAGS.some((tag) => tag.startsWith(suffix))) return length;
  }
  return 0;
}
