import { describe, expect, it } from 'vitest';
import type { ContentToolCallSegment } from '../../chat/ccapi-brand-adapter';
import { createMiniMaxToolCallParser } from './minimax-xml-tool-call-parser';

// MiniMax's native tool-call XML leaked into `content` (2026-12-03-wire-rules.md#minimax), in the layout of
// MiniMax-M2's tool_calling_guide.md.
const BLOCK =
  '<minimax:tool_call>\n<invoke name="get_weather">\n<parameter name="city">Paris</parameter>\n<parameter name="days">3</parameter>\n</invoke>\n</minimax:tool_call>';
const WEATHER_CALL = { kind: 'tool-call', name: 'get_weather', input: '{"city":"Paris","days":3}' };

function run(fragments: string[]): { text: string; segments: ContentToolCallSegment[] } {
  const parser = createMiniMaxToolCallParser();
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

describe('MiniMax tool-call XML parser', () => {
  it('turns a whole block into a tool call and keeps the text around it', () => {
    const { text, segments } = run([`I will look it up.\n${BLOCK}\nThanks`]);
    expect(text).toBe('I will look it up.\n\nThanks');
    expect(calls(segments)).toEqual([WEATHER_CALL]);
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'tool-call', 'text']);
  });

  it('gives the same result for a split at every character position', () => {
    const whole = `a < b ${BLOCK} <end>`;
    for (let at = 0; at <= whole.length; at++) {
      const { text, segments } = run([whole.slice(0, at), whole.slice(at)]);
      expect({ at, text, calls: calls(segments) }).toEqual({
        at,
        text: 'a < b  <end>',
        calls: [WEATHER_CALL],
      });
    }
  });

  it('gives the same result one character at a time', () => {
    const { text, segments } = run([...`A${BLOCK}B`]);
    expect(text).toBe('AB');
    expect(calls(segments)).toEqual([WEATHER_CALL]);
  });

  it('reads several invokes in one block as parallel calls, in order', () => {
    const block =
      '<minimax:tool_call>\n<invoke name="get_weather">\n<parameter name="city">Paris</parameter>\n</invoke>\n<invoke name="get_time">\n<parameter name="zone">Europe/Berlin</parameter>\n</invoke>\n</minimax:tool_call>';
    expect(calls(run([block]).segments)).toEqual([
      { kind: 'tool-call', name: 'get_weather', input: '{"city":"Paris"}' },
      { kind: 'tool-call', name: 'get_time', input: '{"zone":"Europe/Berlin"}' },
    ]);
  });

  it('parses values that are JSON and keeps the rest as strings (one newline around dropped)', () => {
    const parameter = (name: string, value: string) =>
      `<parameter name="${name}">${value}</parameter>`;
    const block = `<minimax:tool_call><invoke name="f">${[
      parameter('number', '42'),
      parameter('flag', 'true'),
      parameter('list', '["a", "b"]'),
      parameter('object', '\n{"a": 1}\n'),
      parameter('text', 'Paris, France'),
      parameter('code', '\nif (a < b) return;\n'),
    ].join('\n')}</invoke></minimax:tool_call>`;
    const [call] = calls(run([block]).segments);
    expect(call?.kind === 'tool-call' && JSON.parse(call.input)).toEqual({
      number: 42,
      flag: true,
      list: ['a', 'b'],
      object: { a: 1 },
      text: 'Paris, France',
      code: 'if (a < b) return;',
    });
  });

  it('passes a < that starts no tag through as text', () => {
    for (const fragments of [['a < b'], ['a <', ' b'], ['<minimax:', 'think>'], ['<b>bold</b>']]) {
      const { text, segments } = run(fragments);
      expect(text).toBe(fragments.join(''));
      expect(calls(segments)).toEqual([]);
    }
  });

  it('holds back only a possible tag start at a fragment end', () => {
    const parser = createMiniMaxToolCallParser();
    expect(parser.push('Hi')).toEqual([{ kind: 'text', text: 'Hi' }]);
    expect(parser.push(' there <mini')).toEqual([{ kind: 'text', text: ' there ' }]);
    expect(parser.push('mal')).toEqual([{ kind: 'text', text: '<minimal' }]);
  });

  it('emits a block still open at the end of the stream as text, not a broken call', () => {
    const cut = `Sure.${BLOCK.slice(0, -5)}`;
    const { text, segments } = run([cut]);
    expect(text).toBe(cut);
    expect(calls(segments)).toEqual([]);
  });

  it('leaves a block that does not read as invokes as text', () => {
    const block = '<minimax:tool_call><invoke>no name</invoke></minimax:tool_call>';
    expect(run([block]).text).toBe(block);
  });
});
