import { describe, expect, it } from 'vitest';
import { extractCodeBlocks, readCodeBlockMode } from './extract-code-blocks';

const md = [
  '# Title', // 1
  '', // 2
  '```ts run', // 3
  "const a = 'x';", // 4
  '```', // 5
  '', // 6
  '1. A list item', // 7
  '', // 8
  '   ```ts', // 9
  '   const b = 1;', // 10
  '   ```', // 11
  '', // 12
  '````md', // 13
  '```ts', // 14
  'not a block of its own', // 15
  '```', // 16
  '````', // 17
  '~~~sh', // 18
  'pnpm add x', // 19
  '~~~', // 20
].join('\n');

describe('extractCodeBlocks', () => {
  const blocks = extractCodeBlocks(md, 'docs/x.md');

  it('finds fenced blocks with their first code line, language and tags', () => {
    expect(blocks.map(({ line, language, tags }) => ({ line, language, tags }))).toEqual([
      { line: 4, language: 'ts', tags: ['run'] },
      { line: 10, language: 'ts', tags: [] },
      { line: 14, language: 'md', tags: [] },
      { line: 19, language: 'sh', tags: [] },
    ]);
  });

  it('removes the fence indentation of blocks inside list items', () => {
    expect(blocks[1]?.code).toBe('const b = 1;');
  });

  it('keeps a shorter fence inside a longer one as text', () => {
    expect(blocks[2]?.code).toBe('```ts\nnot a block of its own\n```');
  });
});

describe('readCodeBlockMode', () => {
  const block = (tags: string[], code = 'const a = 1;') => ({
    file: 'docs/x.md',
    line: 2,
    language: 'ts',
    tags,
    code,
  });

  it('reads check, run and no-check', () => {
    expect(readCodeBlockMode(block([]))).toBe('check');
    expect(readCodeBlockMode(block(['run']))).toBe('run');
    expect(readCodeBlockMode(block(['no-check'], '// no-check: pseudo-code\nfoo()'))).toBe(
      'no-check',
    );
  });

  it('rejects unknown tags and no-check without a reason', () => {
    expect(readCodeBlockMode(block(['runn']))).toHaveProperty('error');
    expect(readCodeBlockMode(block(['no-check']))).toHaveProperty('error');
    expect(readCodeBlockMode(block(['run', 'no-check'], '// no-check: x'))).toHaveProperty('error');
  });
});
