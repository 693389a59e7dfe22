import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_DIR } from './pack-workspace-package';

// `pnpm check:package` (scripts/check-package.mjs) on packages built here: one that breaks every
// rule the script enforces, each a mistake our tarballs once shipped, and a tidy one that passes.
// The script runs in the package's folder, as `pnpm check:package` runs it, outside the workspace.

const execFileAsync = promisify(execFile);
const SCRIPT = resolve(PROVIDER_DIR, '../../scripts/check-package.mjs');

/** About 26 KB of module code: above the size from which the script looks for copies. */
const LARGE_MODULE = Array.from(
  { length: 800 },
  (_, index) => `export const value${index} = ${index} * 2;`,
).join('\n');
const LARGE_MODULE_TYPES = Array.from(
  { length: 800 },
  (_, index) => `export declare const value${index}: number;`,
).join('\n');

const BROKEN = {
  'package.json': JSON.stringify({
    name: 'broken-package',
    version: '1.0.0',
    type: 'module',
    main: './dist/gone.js',
    types: './dist/index.d.ts',
    bin: { broken: './bin/broken.js', gone: './bin/gone.js' },
    exports: {
      '.': {
        '@ccapi/source': './src/index.ts',
        types: './dist/index.d.ts',
        default: './dist/index.js',
      },
      './missing': './dist/missing.js',
      './internal': './dist/internal.js',
    },
    files: ['dist', 'bin', 'src/index.ts', 'CHANGELOG.md'],
  }),
  'src/index.ts': 'export const value0 = 0;\n',
  'dist/index.js': LARGE_MODULE,
  'dist/index.d.ts': LARGE_MODULE_TYPES,
  // The same module bundled a second time, as the emulator's CLI once did.
  'dist/copy.js': LARGE_MODULE,
  'dist/internal.js': 'export const internal = 1;\n',
  'dist/internal.d.ts': 'export declare const internal: number;\n',
  // A small map that carries its sources, and a large one that does not.
  'dist/index.js.map': JSON.stringify({
    version: 3,
    sources: ['../src/index.ts'],
    sourcesContent: ['export const value0 = 0;'],
    mappings: 'AAAA',
  }),
  'dist/copy.js.map': JSON.stringify({
    version: 3,
    sources: ['../src/index.ts'],
    mappings: 'AAAA;'.repeat(8_000),
  }),
  'bin/broken.js': "import '../dist/index.js';\n",
};

const TIDY = {
  'package.json': JSON.stringify({
    name: 'tidy-package',
    version: '1.0.0',
    type: 'module',
    types: './dist/index.d.ts',
    bin: { tidy: './bin/tidy.js' },
    exports: {
      './package.json': './package.json',
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    },
    files: ['dist', 'bin'],
  }),
  'dist/index.js': 'export const answer = 42;\n',
  'dist/index.d.ts': 'export declare const answer: number;\n',
  'bin/tidy.js': "#!/usr/bin/env node\nimport '../dist/index.js';\n",
};

const folders: string[] = [];

function writePackage(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccapi-check-package-test-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Runs the script in `dir`; resolves to its exit code and everything it printed. */
async function checkPackage(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [SCRIPT], { cwd: dir });
    return { code: 0, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = '',
    } = error as {
      code?: number;
      stdout?: string;
      stderr?: string;
    };
    return { code: code ?? -1, output: `${stdout}\n${stderr}` };
  }
}

let broken: Promise<{ code: number; output: string }>;
let tidy: Promise<{ code: number; output: string }>;
beforeAll(() => {
  broken = checkPackage(writePackage(BROKEN));
  tidy = checkPackage(writePackage(TIDY));
});
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/check-package.mjs', () => {
  it('fails a package that breaks its rules', async () => {
    const { code, output } = await broken;
    expect(code).toBe(1);
    expect(output).toMatch(/check:package found \d+ problem\(s\)/);
  }, 60_000);

  it.each([
    [
      'a "files" entry that is not in the tarball',
      /"files" lists CHANGELOG\.md, which is not in the tarball/,
    ],
    [
      'a workspace condition left in exports',
      /exports\["\."\] keeps the workspace condition @ccapi\/source \(→ \.\/src\/index\.ts\)/,
    ],
    [
      'an export target that is not shipped',
      /exports\["\.\/missing"\] \(default\) → \.\/dist\/missing\.js is not in the tarball/,
    ],
    ['the ./internal subpath', /exports has \.\/internal: internal code is not a public subpath/],
    ['a "main" that is not shipped', /"main" → \.\/dist\/gone\.js is not in the tarball/],
    ['a bin that is not shipped', /bin gone → \.\/bin\/gone\.js is not in the tarball/],
    ['a bin without a shebang', /bin broken → \.\/bin\/broken\.js has no shebang/],
    ['a source map with its sources', /dist\/index\.js\.map carries its sources/],
    [
      'source maps larger than half the JavaScript',
      /source maps are [\d.]+ KB against [\d.]+ KB of JavaScript: more than half/,
    ],
    ['a module shipped twice', /dist\/copy\.js repeats code from dist\/index\.js/],
    ['publint’s findings', /publint reported problems/],
    ['arethetypeswrong’s findings', /attw reported problems/],
  ])(
    'names %s',
    async (_rule, message) => {
      expect((await broken).output).toMatch(message);
    },
    60_000,
  );

  it('flags only what is wrong: the shipped @ccapi/source target and the map without sources pass', async () => {
    const { output } = await broken;
    expect(output).not.toMatch(/→ \.\/src\/index\.ts is not in the tarball/);
    expect(output).not.toMatch(/copy\.js\.map carries its sources/);
    expect(output).not.toMatch(/internal\.js repeats code/);
  }, 60_000);

  it('passes a tidy ESM package and prints its size', async () => {
    const { code, output } = await tidy;
    expect(output).not.toMatch(/check:package found/);
    expect(code).toBe(0);
    expect(output).toMatch(/tidy-package@1\.0\.0: 4 files, [\d.]+ KB packed/);
  }, 60_000);
});
