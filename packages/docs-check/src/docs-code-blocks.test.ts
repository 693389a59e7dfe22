import { describe, expect, it } from 'vitest';
import { collectDocBlocks, typeCheckDocBlocks } from './check-code-blocks';
import { runCodeBlock } from './run-code-block';

// Every ```ts block of docs/**/*.md, README.md and packages/*/README.md is type-checked;
// ```ts run blocks also run against a fresh emulator. Conventions: docs/contributing-docs.md.
const collected = collectDocBlocks();
const runBlocks = collected.blocks.filter((block) => block.mode === 'run');
const RUN_TIMEOUT_MS = 15_000;

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

  it('every TypeScript block type-checks (strict, one program)', () => {
    const problems = typeCheckDocBlocks(collected.blocks);
    expect(problems.map(({ location, message }) => `${location}: ${message}`)).toEqual([]);
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
