import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/**
 * `pnpm bench:size`: what a user of the built package pays before the first token, against
 * `@ai-sdk/openai-compatible`, in one run:
 *
 * - the bundle an app loads up front (esbuild, minified, code splitting on as Next.js and Vite
 *   do, zod left out): the entry chunk and what it imports statically, gzipped — for a chat-only
 *   app, and for an app that also uses video, images and embeddings (whose code must load only
 *   when used);
 * - the cold `import()` of the package: median over interleaved fresh Node processes;
 * - the packed tarball and its unpacked size.
 *
 * Run `pnpm build` first (the root `bench:size` script does).
 */
const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..');
const require = createRequire(join(packageRoot, 'package.json'));
const compatibleEntry = require.resolve('@ai-sdk/openai-compatible');
const compatibleRoot = join(dirname(compatibleEntry), '..');
const oursEntry = join(packageRoot, 'dist', 'index.js');
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 21);

const work = mkdtempSync(join(tmpdir(), 'ccapi-size-'));
try {
  const apps = {
    'ccapi, chat only': `import { createCCAPI } from ${JSON.stringify(oursEntry)};
export const model = createCCAPI({ apiKey: 'k' })('deepseek-v3.2');`,
    'ccapi, chat + video + image + embeddings': `import { createCCAPI } from ${JSON.stringify(oursEntry)};
const ccapi = createCCAPI({ apiKey: 'k' });
export const models = [ccapi('deepseek-v3.2'), ccapi.videoModel('kling-v2-1'), ccapi.imageModel('gpt-image-1'), ccapi.embeddingModel('text-embedding-3-small')];`,
    'openai-compatible, chat only': `import { createOpenAICompatible } from ${JSON.stringify(compatibleEntry)};
export const model = createOpenAICompatible({ name: 'x', baseURL: 'https://api.ccapi.ai/v1', apiKey: 'k' }).chatModel('deepseek-v3.2');`,
  } as const;

  const sizes: Record<
    string,
    { upFront: number; byFirstChat: number; lazy: number; chunks: number }
  > = {};
  for (const [name, source] of Object.entries(apps)) sizes[name] = await bundle(name, source);

  const importMs = await measureColdImports();
  const tarball = { ours: packedSize(packageRoot), compatible: packedSize(compatibleRoot) };

  const chatOnly = sizes['ccapi, chat only']!;
  const withMedia = sizes['ccapi, chat + video + image + embeddings']!;
  const compatible = sizes['openai-compatible, chat only']!;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: Array<[string, string, string, string]> = [
    [
      'chat-only app, loaded up front (gzip)',
      kb(chatOnly.upFront),
      kb(compatible.upFront),
      `${(chatOnly.upFront / compatible.upFront).toFixed(2)}x (target ≤ 1.5x)`,
    ],
    [
      'chat-only app, loaded by its first call: + chat wire and brand adapter (gzip)',
      kb(chatOnly.byFirstChat),
      kb(compatible.upFront),
      `${(chatOnly.byFirstChat / compatible.upFront).toFixed(2)}x (the chat wire with one brand's adapter)`,
    ],
    [
      'app with video, image, embeddings, up front (gzip)',
      kb(withMedia.upFront),
      '—',
      `${(withMedia.upFront / compatible.upFront).toFixed(2)}x; loaded on use: ${kb(withMedia.lazy)} in ${withMedia.chunks - 1} chunks`,
    ],
    [
      'cold import() of the package, median',
      `${importMs.ours.toFixed(1)} ms`,
      `${importMs.compatible.toFixed(1)} ms`,
      `${(importMs.ours / importMs.compatible).toFixed(2)}x (target ≤ 1.1x)`,
    ],
    [
      'packed tarball / unpacked',
      `${kb(tarball.ours.packed)} / ${kb(tarball.ours.unpacked)}`,
      `${kb(tarball.compatible.packed)} / ${kb(tarball.compatible.unpacked)}`,
      '',
    ],
  ];
  console.log(
    `bundles: esbuild ${require('esbuild/package.json').version}, minified, splitting, zod external; cold import: median of ${IMPORT_RUNS} interleaved fresh processes`,
  );
  console.log('| what a user sees | ccapi | @ai-sdk/openai-compatible | ratio |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Bundles one app and sums the gzip size of what loads up front and of what loads on use. */
async function bundle(name: string, source: string) {
  const dir = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'app.mjs');
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'node',
    outdir: join(dir, 'out'),
    external: ['zod', 'zod/*'],
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  // Every dynamic import() target is an entry point too: the app's own is the one built from app.mjs.
  const entryOutput = Object.keys(outputs).find((file) =>
    outputs[file]?.entryPoint?.endsWith(`${name.replace(/\W+/g, '-')}/app.mjs`),
  );
  if (entryOutput == null) throw new Error(`no output for the entry of ${name}`);
  const upFront = staticClosure(outputs, entryOutput);
  // What a chat model loads when it is created (its wire and its brand's adapter), so the first
  // call does not wait for it: part of what a chat app has loaded by its first token.
  const byFirstChat = new Set(upFront);
  for (const file of Object.keys(outputs)) {
    const entryPoint = outputs[file]?.entryPoint ?? '';
    if (/ccapi-chat-language-model-implementation|deepseek-brand-adapter/.test(entryPoint)) {
      for (const loaded of staticClosure(outputs, file)) byFirstChat.add(loaded);
    }
  }
  let upFrontBytes = 0;
  let byFirstChatBytes = 0;
  let lazyBytes = 0;
  for (const file of Object.keys(outputs)) {
    if (!file.endsWith('.js')) continue;
    const gzipped = gzipSync(readFileSync(file)).length;
    if (upFront.has(file)) upFrontBytes += gzipped;
    else lazyBytes += gzipped;
    if (byFirstChat.has(file)) byFirstChatBytes += gzipped;
  }
  return {
    upFront: upFrontBytes,
    byFirstChat: byFirstChatBytes,
    lazy: lazyBytes,
    chunks: Object.keys(outputs).filter((f) => f.endsWith('.js')).length,
  };
}

function staticClosure(outputs: Metafile['outputs'], start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(start);
  return seen;
}

/** Median wall time of `await import(entry)` in fresh processes, the two contenders interleaved. */
async function measureColdImports() {
  const script = (entry: string) =>
    `const t=performance.now();await import(${JSON.stringify(entry)});process.stdout.write(String(performance.now()-t))`;
  const samples = { ours: [] as number[], compatible: [] as number[] };
  for (let run = 0; run < IMPORT_RUNS; run++) {
    for (const [name, entry] of [
      ['ours', oursEntry],
      ['compatible', compatibleEntry],
    ] as const) {
      const output = spawnSync(process.execPath, ['--input-type=module', '-e', script(entry)], {
        cwd: packageRoot,
        encoding: 'utf8',
      });
      if (output.status !== 0) throw new Error(output.stderr);
      samples[name].push(Number(output.stdout));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  return { ours: median(samples.ours), compatible: median(samples.compatible) };
}

/** `npm pack --dry-run --json` sizes of a package directory. */
function packedSize(directory: string): { packed: number; unpacked: number } {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: directory,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(output) as Array<{ size: number; unpackedSize: number }>;
  if (info == null) throw new Error(`npm pack gave nothing for ${directory}`);
  return { packed: info.size, unpacked: info.unpackedSize };
}
