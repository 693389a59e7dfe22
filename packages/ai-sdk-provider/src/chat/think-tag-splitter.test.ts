import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ThinkSegment, ThinkTagSplitter } from './think-tag-splitter';

// MiniMax-M2.7's inline-think stream (fx:minimax, GoModel prod capture): the content deltas joined.
const inlineFixture = new URL(
  '../brands/minimax/__fixtures__/minimax-m2.7_openai-compat_no-reasoning_split__think-tags-inline-in-content__ends-with-usage-only-chunk.sse',
  import.meta.url,
).pathname;
const FIXTURE_CONTENT = readFileSync(inlineFixture, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('data: '))
  .map((line) => JSON.parse(line.slice('data: '.length)))
  .map((chunk) => chunk.choices[0]?.delta?.content ?? '')
  .join('');
const FIXTURE_REASONING =
  "The user wants a proof that the sum of two odd numbers is even. I'll keep this straightforward and concise.";
const FIXTURE_THINK_BLOCK = `<think>\n${FIXTURE_REASONING}\n</think>\n\n`;

interface Split {
  reasoning: string;
  text: string;
  thinkBlocks: string[];
  /** Segment kinds in order, consecutive duplicates merged. */
  order: string[];
}

function run(fragments: string[]): Split {
  const splitter = new ThinkTagSplitter();
  const segments: ThinkSegment[] = [];
  for (const fragment of fragments) segments.push(...splitter.push(fragment));
  segments.push(...splitter.flush());
  const order: string[] = [];
  for (const segment of segments) {
    if (order[order.length - 1] !== segment.kind) order.push(segment.kind);
  }
  return {
    reasoning: segments.map((s) => (s.kind === 'reasoning' ? s.text : '')).join(''),
    text: segments.map((s) => (s.kind === 'text' ? s.text : '')).join(''),
    thinkBlocks: segments.flatMap((s) => (s.kind === 'reasoning-end' ? [s.thinkBlock] : [])),
    order,
  };
}

describe('ThinkTagSplitter', () => {
  it('splits the MiniMax fixture content into reasoning, the raw block and text', () => {
    expect(FIXTURE_CONTENT.startsWith(FIXTURE_THINK_BLOCK)).toBe(true);
    const result = run([FIXTURE_CONTENT]);
    expect(result.reasoning).toBe(FIXTURE_REASONING);
    expect(result.thinkBlocks).toEqual([FIXTURE_THINK_BLOCK]);
    expect(result.text).toBe(FIXTURE_CONTENT.slice(FIXTURE_THINK_BLOCK.length));
    expect(result.order).toEqual(['reasoning', 'reasoning-end', 'text']);
    // Block + text is the content byte for byte: what MiniMax needs back in a tool loop.
    expect(result.thinkBlocks[0] + result.text).toBe(FIXTURE_CONTENT);
  });

  it('gives the same result for a split at every position of the fixture content', () => {
    const expected = run([FIXTURE_CONTENT]);
    for (let at = 1; at < FIXTURE_CONTENT.length; at++) {
      const result = run([FIXTURE_CONTENT.slice(0, at), FIXTURE_CONTENT.slice(at)]);
      expect(result, `split at ${at}`).toEqual(expected);
    }
  });

  it('gives the same result for every pair of split positions around both tags', () => {
    const content = '<think>\nab </think> c\n</think>\n\ncd';
    // The first close tag ends the block: reasoning may not hold a literal `</think>`.
    const expected = run([content]);
    expect(expected.reasoning).toBe('ab');
    expect(expected.text).toBe(' c\n</think>\n\ncd'.trimStart());
    for (let i = 1; i < content.length; i++) {
      for (let j = i + 1; j < content.length; j++) {
        const result = run([content.slice(0, i), content.slice(i, j), content.slice(j)]);
        expect(result, `split at ${i}, ${j}`).toEqual(expected);
      }
    }
  });

  it('survives one character per fragment, emoji and CJK included', () => {
    const content = '<think>\n思考一下 🙂 ok\n</think>\n\n答案：😀🎉 done';
    const expected = run([content]);
    expect(expected.reasoning).toBe('思考一下 🙂 ok');
    expect(expected.text).toBe('答案：😀🎉 done');
    // Split by UTF-16 code unit, so surrogate pairs are cut too: joined text must be whole again.
    const result = run(content.split(''));
    expect(result).toEqual(expected);
    expect(result.text).not.toContain('\uFFFD');
  });

  it('closes on `</mm:think>` and opens on `<mm:think>`', () => {
    expect(run(['<think>\nplan\n</mm:think>\n\nanswer'])).toMatchObject({
      reasoning: 'plan',
      text: 'answer',
      thinkBlocks: ['<think>\nplan\n</mm:think>\n\n'],
    });
    expect(run(['<mm:think>plan</mm:think>answer'])).toMatchObject({
      reasoning: 'plan',
      text: 'answer',
      thinkBlocks: ['<mm:think>plan</mm:think>'],
    });
    const split = '<think>\nplan\n</mm:think>\n\nanswer';
    for (let at = 1; at < split.length; at++) {
      expect(run([split.slice(0, at), split.slice(at)]).text, `split at ${at}`).toBe('answer');
    }
  });

  it('keeps a block cut off by the token limit as reasoning, with the raw unclosed block', () => {
    const content = '<think>\nThe user asks how many primes are below 30. Then we';
    for (const fragments of [[content], content.split('')]) {
      const result = run(fragments);
      expect(result.reasoning).toBe('The user asks how many primes are below 30. Then we');
      expect(result.text).toBe('');
      expect(result.thinkBlocks).toEqual([content]);
    }
  });

  it('keeps the closing tag and trailing newline of a block that ends the output', () => {
    // fx:minimax/minimax-m2_…finish-length-mid-thinking: content ends right after `</think>\n`.
    const content = '<think>\nThen we\n</think>\n';
    const result = run(content.split(''));
    expect(result).toEqual({
      reasoning: 'Then we',
      text: '',
      thinkBlocks: [content],
      order: ['reasoning', 'reasoning-end'],
    });
  });

  it('keeps whitespace before the open tag in the raw block', () => {
    const result = run(['\n', ' <think>x</think>', 'y']);
    expect(result.thinkBlocks).toEqual(['\n <think>x</think>']);
    expect(result.text).toBe('y');
  });

  it('passes text without a leading tag through unchanged, even when it starts like one', () => {
    for (const content of ['<thing> is text', '<th', 'plain </think> text', '  ']) {
      const result = run(content.split(''));
      expect(result.reasoning, content).toBe('');
      expect(result.thinkBlocks, content).toEqual([]);
      expect(result.text, content).toBe(content);
    }
    const splitter = new ThinkTagSplitter();
    splitter.push('Hello');
    expect(splitter.isPassthrough).toBe(true);
  });
});
