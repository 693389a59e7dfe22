import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { collectDocBlocks, type DocBlockProblem, typeCheckDocBlocks } from './check-code-blocks';
import { runCodeBlock } from './run-code-block';

// Every ```ts block of docs/**/*.md, README.md and packages/*/README.md is type-checked;
// ```ts run blocks also run against a fresh emulator. Conventions: docs/contributing-docs.md.
const collected = collectDocBlocks();
const filesWithBlocks = [...new Set(collected.blocks.map((block) => block.file))];
const runBlocks = collected.blocks.filter((block) => block.mode === 'run');
const RUN_TIMEOUT_MS = 15_000;

// One TypeScript program for all blocks, built on first use (one pass over the provider, the AI
// SDK and zod types), then reported per Markdown file.
let typeCheck: DocBlockProblem[] | undefined;
const problemsOf = (file: string) => {
  typeCheck ??= typeCheckDocBlocks(collected.blocks);
  return typeCheck
    .filter((problem) => problem.location.startsWith(`${file}:`))
    .map(({ location, message }) => `${location}: ${message}`);
};

afterAll(() => rmSync(collected.generatedDir, { recursive: true, force: true }));

describe('docs code blocks', () => {
  it('finds the docs and their TypeScript blocks', () => {
    expect(collected.files.length).toBeGreaterThan(0);
    expect(collected.blocks.length).toBeGreaterThan(0);
  });

  it('every TypeScript block has a known info string', () => {
    expect(collected.problems.map(({ location, message }) => `${location}: ${message}`)).toEqual(
      [],
    );
  });

  it('the type-check has no problems outside the blocks (compiler options, globals)', () => {
    typeCheck ??= typeCheckDocBlocks(collected.blocks);
    const outside = typeCheck.filter(
      (problem) => !filesWithBlocks.some((file) => problem.location.startsWith(`${file}:`)),
    );
    expect(outside.map(({ location, message }) => `${location}: ${message}`)).toEqual([]);
  });

  it.each(filesWithBlocks)('%s: every TypeScript block type-checks (strict)', (file) => {
    expect(problemsOf(file)).toEqual([]);
  });

  describe.each(runBlocks.map((block) => [`${block.file}:${block.line - 1}`, block] as const))(
    'ts run %s',
    (_location, block) => {
      it(
        'finishes against the emulator without throwing',
        async () => {
          await runCodeBlock(block.generatedPath, { timeoutMs: RUN_TIMEOUT_MS });
        },
        RUN_TIMEOUT_MS + 5_000,
      );
    },
  );
});
