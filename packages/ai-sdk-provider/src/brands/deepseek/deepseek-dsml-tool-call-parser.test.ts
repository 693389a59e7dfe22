import { describe, expect, it } from 'vitest';
import type { ContentToolCallSegment } from '../../chat/ccapi-brand-adapter';
import { createDeepSeekToolCallParser } from './deepseek-dsml-tool-call-parser';

// DeepSeek's DSML leaked into `content` (2026-12-03-wire-rules.md#deepseek), in the shape of the reports.
const BLOCK =
  '<｜DSML｜function_calls>\n<｜DSML｜invoke name="get_weather">\n<｜DSML｜parameter name="city" string="true">Paris</｜DSML｜parameter>\n<｜DSML｜parameter name="days" string="false">3</｜DSML｜parameter>\n</｜DSML｜invoke>\n</｜DSML｜function_calls>';
const WEATHER_CALL = { kind: 'tool-call', name: 'get_weather', input: '{"city":"Paris","days":3}' };

function run(fragments: string[]): { text: string; segments: ContentToolCallSegment[] } {
  const parser = createDeepSeekToolCallParser();
  const segments: ContentToolCallSegment[] = [];
  for (const fragment of fragments) segments.push(...parser.push(fragment));
  segments.push(...parser.flush());
  return {
    text: segments.map((segment) => (segment.kind === 'text' ? segment.text : '')).join(''),
    segments,
  };
}

const calls = (segments: ContentToolCallSegment[]) =>
  segments.filter((segment) => segment.kind === 'tool-call');

describe('DeepSeek DSML tool-call parser', () => {
  it('turns a whole block into a tool call and keeps the text around it', () => {
    const { text, segments } = run([`Let me check.\n\n${BLOCK}\nDone.`]);
    expect(text).toBe('Let me check.\n\n\nDone.');
    expect(calls(segments)).toEqual([WEATHER_CALL]);
    // Text before the call comes before it, text after after it.
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'tool-call', 'text']);
  });

  it('gives the same result for a split at every character position', () => {
    const whole = `Before <${BLOCK}> after`;
    for (let at = 0; at <= whole.length; at++) {
      const { text, segments } = run([whole.slice(0, at), whole.slice(at)]);
      expect({ at, text, calls: calls(segments) }).toEqual({
        at,
        text: 'Before <> after',
        calls: [WEATHER_CALL],
      });
    }
  });

  it('gives the same result one character at a time', () => {
    const { text, segments } = run([...`A${BLOCK}B`]);
    expect(text).toBe('AB');
    expect(calls(segments)).toEqual([WEATHER_CALL]);
  });

  it.each([
    ['‖', 'function_calls'],
    ['｜｜', 'function_calls'],
    ['｜', 'tool_calls'],
    ['‖', 'tool_calls'],
  ])('reads the %s separator with %s as the block name', (separator, blockName) => {
    const block = BLOCK.replaceAll('｜', separator).replaceAll('function_calls', blockName);
    const whole = `x${block}y`;
    for (let at = 0; at <= whole.length; at++) {
      const { text, segments } = run([whole.slice(0, at), whole.slice(at)]);
      expect({ at, text, calls: calls(segments) }).toEqual({
        at,
        text: 'xy',
        calls: [WEATHER_CALL],
      });
    }
  });

  it('reads several invokes in one block as parallel calls, in order', () => {
    const block =
      '<｜DSML｜function_calls><｜DSML｜invoke name="get_weather"><｜DSML｜parameter name="city" string="true">Paris</｜DSML｜parameter></｜DSML｜invoke>\n<｜DSML｜invoke name="get_time"><｜DSML｜parameter name="zone" string="true">Europe/Berlin</｜DSML｜parameter></｜DSML｜invoke></｜DSML｜function_calls>';
    expect(calls(run([block]).segments)).toEqual([
      { kind: 'tool-call', name: 'get_weather', input: '{"city":"Paris"}' },
      { kind: 'tool-call', name: 'get_time', input: '{"zone":"Europe/Berlin"}' },
    ]);
  });

  it('keeps string="true" values raw and parses the others as JSON', () => {
    const parameter = (name: string, string: string | undefined, value: string) =>
      `<｜DSML｜parameter name="${name}"${string == null ? '' : ` string="${string}"`}>${value}</｜DSML｜parameter>`;
    const block = `<｜DSML｜function_calls><｜DSML｜invoke name="f">${[
      parameter('raw', 'true', '42'),
      parameter('quoted', 'true', '{"a": 1} < b'),
      parameter('number', 'false', '42'),
      parameter('object', 'false', '{"a": [1, true, null]}'),
      parameter('bare', undefined, 'false'),
      parameter('notJson', 'false', 'Paris'),
    ].join('\n')}</｜DSML｜invoke></｜DSML｜function_calls>`;
    const [call] = calls(run([block]).segments);
    expect(call?.kind === 'tool-call' && JSON.parse(call.input)).toEqual({
      raw: '42',
      quoted: '{"a": 1} < b',
      number: 42,
      object: { a: [1, true, null] },
      bare: false,
      notJson: 'Paris',
    });
  });

  it('gives an invoke without parameters an empty input', () => {
    const block =
      '<｜DSML｜function_calls><｜DSML｜invoke name="now"></｜DSML｜invoke></｜DSML｜function_calls>';
    expect(calls(run([block]).segments)).toEqual([{ kind: 'tool-call', name: 'now', input: '{}' }]);
  });

  it('passes a < that starts no tag through as text', () => {
    for (const fragments of [
      ['a < b'],
      ['a <', ' b'],
      ['a <', '', 'b'],
      ['x <｜D', 'SM'],
      ['1<2<3'],
    ]) {
      const { text, segments } = run(fragments);
      expect(text).toBe(fragments.join(''));
      expect(calls(segments)).toEqual([]);
    }
  });

  it('passes text without < straight through, holding back only a possible tag start', () => {
    const parser = createDeepSeekToolCallParser();
    expect(parser.push('Hello')).toEqual([{ kind: 'text', text: 'Hello' }]);
    expect(parser.push(' world <｜DS')).toEqual([{ kind: 'text', text: ' world ' }]);
    expect(parser.push('L is a tag')).toEqual([{ kind: 'text', text: '<｜DSL is a tag' }]);
    expect(parser.push('<')).toEqual([]);
    expect(parser.flush()).toEqual([{ kind: 'text', text: '<' }]);
  });

  it('emits a block still open at the end of the stream as text, not a broken call', () => {
    const cut = `Sure.${BLOCK.slice(0, BLOCK.indexOf('</｜DSML｜invoke>'))}`;
    const { text, segments } = run([cut.slice(0, 30), cut.slice(30)]);
    expect(text).toBe(cut);
    expect(calls(segments)).toEqual([]);
  });

  it('leaves a block that holds no invokes as text', () => {
    const block = '<｜DSML｜function_calls>just words</｜DSML｜function_calls>';
    const { text, segments } = run([`a${block}b`]);
    expect(text).toBe(`a${block}b`);
    expect(calls(segments)).toEqual([]);
  });

  it('reads a second block after the first', () => {
    const { text, segments } = run([`${BLOCK} and ${BLOCK.replaceAll('Paris', 'Rome')}`]);
    expect(text).toBe(' and ');
    expect(calls(segments).map((call) => call.kind === 'tool-call' && call.input)).toEqual([
      '{"city":"Paris","days":3}',
      '{"city":"Rome","days":3}',
    ]);
  });
});
