import type { ContentToolCallParser } from '../../chat/ccapi-brand-adapter';
import {
  MarkupToolCallParser,
  type ParsedMarkupToolCall,
  parseInvokeMarkup,
  parseJsonOrString,
} from '../markup-tool-call-parser';

const MINIMAX_BLOCK_TAGS = [{ open: '<minimax:tool_call>', close: '</minimax:tool_call>' }];
const INVOKE = /<invoke\b([^>]*)>([\s\S]*?)<\/invoke>/g;
const PARAMETER = /<parameter\b([^>]*)>([\s\S]*?)<\/parameter>/g;

/**
 * MiniMax's native tool-call XML leaked into `content` when the server-side parser misses it
 * (2026-12-03-wire-rules.md#minimax; MiniMax-M2 tool_calling_guide.md):
 *
 * ```text
 * <minimax:tool_call>
 * <invoke name="get_weather">
 * <parameter name="city">Paris</parameter>
 * </invoke>
 * </minimax:tool_call>
 * ```
 *
 * Parameter values are text: one newline around them is dropped, then a value that parses as
 * JSON (`3`, `true`, `["a"]`) is used as such and anything else stays a string. Several invokes
 * in one block are parallel calls. A block that does not read as invokes stays text.
 */
export function createMiniMaxToolCallParser(): ContentToolCallParser {
  return new MarkupToolCallParser(MINIMAX_BLOCK_TAGS, parseMiniMaxToolCallBlock);
}

export function parseMiniMaxToolCallBlock(body: string): ParsedMarkupToolCall[] | undefined {
  return parseInvokeMarkup(body, {
    invoke: INVOKE,
    parameter: PARAMETER,
    readValue: (_attributes, content) => parseJsonOrString(stripOneNewline(content)),
  });
}

function stripOneNewline(value: string): string {
  let text = value;
  if (text.startsWith('\n')) text = text.slice(1);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return text;
}
