import type { ContentToolCallParser, ContentToolCallSegment } from '../chat/ccapi-brand-adapter';

/** The tags around one leaked tool-call block. */
export interface MarkupBlockTags {
  open: string;
  close: string;
}

export interface ParsedMarkupToolCall {
  name: string;
  /** The arguments as a JSON object string. */
  input: string;
}

/**
 * The brand-neutral part of a leaked-markup parser: finds `open … close` blocks in streamed text
 * and hands each whole block body to the brand's `parseBlock`. Text passes through with one
 * `indexOf('<')` per fragment; only a `<` that may start an open tag is held back (at a fragment
 * end), and only a block is buffered. A block `parseBlock` rejects (returns no call), and a block
 * still open when the response ends, come out as the text they were.
 */
export class MarkupToolCallParser implements ContentToolCallParser {
  /** Outside a block: a held partial open tag. Inside: the block body so far. */
  private pending = '';
  private block: MarkupBlockTags | undefined;
  /** Where to resume looking for the close tag in `pending`. */
  private closeSearchFrom = 0;

  constructor(
    private readonly tags: readonly MarkupBlockTags[],
    private readonly parseBlock: (body: string) => ParsedMarkupToolCall[] | undefined,
  ) {}

  push(text: string): ContentToolCallSegment[] {
    if (this.block === undefined && this.pending.length === 0 && text.indexOf('<') === -1) {
      return text.length > 0 ? [{ kind: 'text', text }] : [];
    }
    this.pending += text;
    const segments: ContentToolCallSegment[] = [];
    this.drain(segments, false);
    return segments;
  }

  flush(): ContentToolCallSegment[] {
    const segments: ContentToolCallSegment[] = [];
    this.drain(segments, true);
    this.pending = '';
    this.block = undefined;
    this.closeSearchFrom = 0;
    return segments;
  }

  private drain(segments: ContentToolCallSegment[], final: boolean): void {
    for (;;) {
      const block = this.block;
      const buffer = this.pending;
      if (block === undefined) {
        let at = buffer.indexOf('<');
        let opened: MarkupBlockTags | undefined;
        let held = false;
        while (at !== -1) {
          const match = this.matchOpenTag(buffer, at);
          if (match === 'partial') {
            held = !final;
            break;
          }
          if (match !== undefined) {
            opened = match;
            break;
          }
          at = buffer.indexOf('<', at + 1);
        }
        const textEnd = opened !== undefined || held ? at : buffer.length;
        if (textEnd > 0) segments.push({ kind: 'text', text: buffer.slice(0, textEnd) });
        if (opened === undefined) {
          this.pending = held ? buffer.slice(at) : '';
          return;
        }
        this.block = opened;
        this.pending = buffer.slice(at + opened.open.length);
        this.closeSearchFrom = 0;
        continue;
      }

      const closeAt = buffer.indexOf(block.close, this.closeSearchFrom);
      if (closeAt === -1) {
        if (final) {
          segments.push({ kind: 'text', text: block.open + buffer });
          this.block = undefined;
          this.pending = '';
          return;
        }
        this.closeSearchFrom = Math.max(0, buffer.length - block.close.length + 1);
        return;
      }
      const body = buffer.slice(0, closeAt);
      const calls = this.parseBlock(body);
      if (calls === undefined || calls.length === 0) {
        segments.push({ kind: 'text', text: block.open + body + block.close });
      } else {
        for (const call of calls) segments.push({ kind: 'tool-call', ...call });
      }
      this.block = undefined;
      this.pending = buffer.slice(closeAt + block.close.length);
      this.closeSearchFrom = 0;
      if (this.pending.length === 0) return;
    }
  }

  /** The block whose open tag starts at `at`, `'partial'` when the buffer ends inside one. */
  private matchOpenTag(buffer: string, at: number): MarkupBlockTags | 'partial' | undefined {
    let partial = false;
    const rest = buffer.length - at;
    for (const tags of this.tags) {
      if (rest >= tags.open.length) {
        if (buffer.startsWith(tags.open, at)) return tags;
      } else if (!partial && tags.open.startsWith(buffer.slice(at))) {
        partial = true;
      }
    }
    return partial ? 'partial' : undefined;
  }
}

/**
 * Reads a block body made of `invoke` elements holding `parameter` elements (the shape DeepSeek's
 * DSML and MiniMax's XML share), e.g. `<invoke name="f"><parameter name="a">1</parameter></invoke>`.
 * `invoke` and `parameter` match one element each (global regexes: group 1 the attributes, group
 * 2 the content); `readValue` turns a parameter into its value. Anything but whitespace between
 * elements, or a missing name, rejects the block (it then stays text).
 */
export function parseInvokeMarkup(
  body: string,
  elements: {
    invoke: RegExp;
    parameter: RegExp;
    readValue: (attributes: string, content: string) => unknown;
  },
): ParsedMarkupToolCall[] | undefined {
  const calls: ParsedMarkupToolCall[] = [];
  const invokes = readElements(body, elements.invoke);
  if (invokes === undefined) return undefined;
  for (const invoke of invokes) {
    const name = readMarkupAttribute(invoke.attributes, 'name');
    if (name == null || name.length === 0) return undefined;
    const parameters = readElements(invoke.content, elements.parameter);
    if (parameters === undefined) return undefined;
    const input: Record<string, unknown> = {};
    for (const parameter of parameters) {
      const parameterName = readMarkupAttribute(parameter.attributes, 'name');
      if (parameterName == null || parameterName.length === 0) return undefined;
      input[parameterName] = elements.readValue(parameter.attributes, parameter.content);
    }
    calls.push({ name, input: JSON.stringify(input) });
  }
  return calls;
}

/** Every match of `element` in `text`; undefined when non-whitespace text lies between them. */
function readElements(
  text: string,
  element: RegExp,
): Array<{ attributes: string; content: string }> | undefined {
  const elements: Array<{ attributes: string; content: string }> = [];
  let end = 0;
  for (const match of text.matchAll(element)) {
    if (text.slice(end, match.index).trim().length > 0) return undefined;
    end = match.index + match[0].length;
    elements.push({ attributes: match[1] ?? '', content: match[2] ?? '' });
  }
  if (text.slice(end).trim().length > 0) return undefined;
  return elements;
}

/** The value of attribute `name` in a tag's attribute text (`name="x"`, `name='x'` or `name=x`). */
export function readMarkupAttribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`).exec(
    attributes,
  );
  if (match == null) return undefined;
  return match[1] ?? match[2] ?? match[3];
}

/** JSON.parse, or the text itself when it is not JSON. */
export function parseJsonOrString(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
