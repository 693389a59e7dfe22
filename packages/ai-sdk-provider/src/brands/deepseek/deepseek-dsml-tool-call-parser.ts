import type { ContentToolCallParser } from '../../chat/ccapi-brand-adapter';
import {
  type MarkupBlockTags,
  MarkupToolCallParser,
  type ParsedMarkupToolCall,
  parseInvokeMarkup,
  parseJsonOrString,
  readMarkupAttribute,
} from '../markup-tool-call-parser';

// The separator around `DSML`: fullwidth `｜` (U+FF5C), doubled, or `‖` (U+2016), as reported.
const SEPARATORS = ['｜', '｜｜', '‖'];
const BLOCK_NAMES = ['function_calls', 'tool_calls'];

const DSML_BLOCK_TAGS: readonly MarkupBlockTags[] = SEPARATORS.flatMap((separator) =>
  BLOCK_NAMES.map((name) => ({
    open: `<${separator}DSML${separator}${name}>`,
    close: `</${separator}DSML${separator}${name}>`,
  })),
);

const SEPARATOR = '(?:｜｜|｜|‖)';
const INVOKE = new RegExp(
  `<${SEPARATOR}DSML${SEPARATOR}invoke\\b([^>]*)>([\\s\\S]*?)</${SEPARATOR}DSML${SEPARATOR}invoke>`,
  'g',
);
const PARAMETER = new RegExp(
  `<${SEPARATOR}DSML${SEPARATOR}parameter\\b([^>]*)>([\\s\\S]*?)</${SEPARATOR}DSML${SEPARATOR}parameter>`,
  'g',
);

/**
 * DeepSeek V3.2/V4's own tool-call markup ("DSML") leaked into `content` (2026-12-03-wire-rules.md#deepseek):
 *
 * ```text
 * <｜DSML｜function_calls>
 * <｜DSML｜invoke name="get_weather">
 * <｜DSML｜parameter name="city" string="true">Paris</｜DSML｜parameter>
 * </｜DSML｜invoke>
 * </｜DSML｜function_calls>
 * ```
 *
 * `string="true"` marks a raw string value; any other value is JSON (a value that does not parse
 * stays a string). `‖` or `｜｜` may replace `｜`, and `tool_calls` may name the block. Several
 * invokes in one block are parallel calls. A block that does not read as invokes stays text.
 */
export function createDeepSeekToolCallParser(): ContentToolCallParser {
  return new MarkupToolCallParser(DSML_BLOCK_TAGS, parseDsmlBlock);
}

export function parseDsmlBlock(body: string): ParsedMarkupToolCall[] | undefined {
  return parseInvokeMarkup(body, {
    invoke: INVOKE,
    parameter: PARAMETER,
    readValue: readDsmlValue,
  });
}

function readDsmlValue(attributes: string, content: string): unknown {
  return readMarkupAttribute(attributes, 'string') === 'true'
    ? content
    : parseJsonOrString(content);
}
