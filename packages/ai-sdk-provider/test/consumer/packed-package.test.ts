import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import type ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReachableTypeNames } from './collect-reachable-type-names';
import { type ConsumerProject, createConsumerProject } from './create-consumer-project';
import { PROVIDER_DIR } from './pack-workspace-package';

// The packed package as users receive it: installed with npm into a fresh ESM app on AI SDK 6
// and one on AI SDK 7, type-checked with each app's own AI SDK types (strict, skipLibCheck off,
// so our .d.ts files are checked too), then run against the emulator. Versions are the ones the
// workspace pins, so a run is reproducible; the registry (or npm's cache) is the only network.

const manifest = JSON.parse(readFileSync(join(PROVIDER_DIR, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const pinned = (spec: string | undefined) => spec?.replace(/^npm:[^@]+(?:\/[^@]+)?@/, '') ?? '';
const ZOD = pinned(manifest.devDependencies.zod);

// `@ai-sdk/provider`'s declarations import `json-schema`, whose types are a separate package the
// AI SDK does not install; with skipLibCheck off an app needs them (ours do not import it).
const AI_SDK_TYPE_DEPENDENCIES = { '@types/json-schema': '7.0.15' };

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: false,
    outDir: 'dist',
    types: ['node'],
  },
  include: ['app.ts'],
});

const appSources = join(PROVIDER_DIR, 'test/consumer/programs');
const apps = [
  {
    name: 'ai-sdk-6',
    dependencies: {
      ai: pinned(manifest.devDependencies['ai-v6']),
      '@ai-sdk/provider': pinned(manifest.dependencies['@ai-sdk/provider-v3']),
      zod: ZOD,
      '@types/node': '20.19.43',
      ...AI_SDK_TYPE_DEPENDENCIES,
    },
    program: 'ai-sdk-6-app.ts',
  },
  {
    name: 'ai-sdk-7',
    dependencies: {
      ai: pinned(manifest.devDependencies.ai),
      '@ai-sdk/provider': pinned(manifest.dependencies['@ai-sdk/provider']),
      zod: ZOD,
      '@types/node': '20.19.43',
      ...AI_SDK_TYPE_DEPENDENCIES,
    },
    program: 'ai-sdk-7-app.ts',
  },
] as const;

let emulator: RunningEmulator;
const projects = new Map<string, ConsumerProject>();
const outputs = new Map<string, Promise<unknown>>();
const programs = new Map<string, ts.Program>();

/** Installs the app, type-checks it (emitting JS) and runs it; resolves to what it printed. */
async function buildAndRun(app: (typeof apps)[number]): Promise<unknown> {
  const project = await createConsumerProject({
    name: app.name,
    dependencies: app.dependencies,
    files: {
      'tsconfig.json': TSCONFIG,
      'app.ts': readFileSync(join(appSources, app.program), 'utf8'),
    },
  });
  projects.set(app.name, project);
  programs.set(app.name, project.compile());
  const stdout = await project.run(process.execPath, ['dist/app.js'], {
    CCAPI_BASE_URL: emulator.baseURL,
    CCAPI_API_KEY: emulator.apiKey,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

beforeAll(async () => {
  emulator = await startEmulator();
  // Both apps install, compile and run side by side; each test awaits its own.
  for (const app of apps) {
    const output = buildAndRun(app);
    output.catch(() => {}); // reported by the test that awaits it
    outputs.set(app.name, output);
  }
});
afterAll(async () => {
  await Promise.allSettled(outputs.values());
  await emulator?.close();
  for (const project of projects.values()) project.dispose();
}, 60_000);

const expectedCommon = {
  thinking: { text: true, reasoning: true },
  loop: {
    text: 'Based on get_weather: {"city":"Paris","temperature":21}.',
    steps: 2,
    partTypes: expect.arrayContaining([
      'reasoning-delta',
      'tool-call',
      'tool-result',
      'text-delta',
    ]),
  },
  structured: { name: expect.any(String), age: expect.any(Number) },
  embedding: 8,
  images: ['image/png', 'image/png'],
  audio: 'audio/wav',
  taskFailed: true,
};

/** The AI SDK 6 app's program and the import of the /ai-sdk-6 entry, for the type walk. */
const aiSdk6Entry = () => ({
  program: programs.get('ai-sdk-6') as ts.Program,
  entryFile: join((projects.get('ai-sdk-6') as ConsumerProject).dir, 'app.ts'),
  moduleName: '@ccapi/ai-sdk-provider/ai-sdk-6',
});

describe('the packed package in a fresh app', () => {
  it('AI SDK 6: /ai-sdk-6 type-checks with the app’s @ai-sdk/provider@3 types and runs', async () => {
    expect(await outputs.get('ai-sdk-6')).toEqual({
      ...expectedCommon,
      specificationVersions: ['v3', 'v3', 'v3', 'v3', 'v3', 'v3', 'v3'],
      rejectedV4: 'v4',
      rejectedV3: 'v3',
      transcript: 'Hello from AI SDK 6.',
      reranked: 'a sunny beach',
      catalogListsDeepSeek: true,
      musicTracks: 2,
    });
  }, 300_000);

  it('AI SDK 7: the main entry type-checks and runs; the AI SDK 6 reasoning spelling still works', async () => {
    expect(await outputs.get('ai-sdk-7')).toEqual({
      ...expectedCommon,
      specificationVersion: 'v4',
      thinkingAsOnAISDK6: true,
      transcript: 'Hello from AI SDK 7.',
    });
  }, 300_000);

  it('AI SDK 6: no AI SDK 7 (V4) type is reachable from any /ai-sdk-6 export', async () => {
    await outputs.get('ai-sdk-6');
    const names = collectReachableTypeNames(aiSdk6Entry());
    // The walk reached the V3 spec types through the provider (so it works) and CCAPI's own
    // features through theirs; nothing of the V4 spec. Music and realtime, which AI SDK 6 has no
    // spec for, use CCAPI's own types of the AI SDK 7 shapes (docs/ai-sdk-6.md).
    expect(names).toContain('LanguageModelV3StreamPart');
    expect(names).toContain('VideoModelV3');
    expect(names).toContain('RerankingModelV3');
    expect(names).toContain('CCAPIWarning');
    expect(names).toContain('CCAPIRealtimeClientEvent');
    expect(names).toContain('CCAPIRealtimeServerEvent');
    expect([...names].filter((name) => /V4/.test(name)).sort()).toEqual([]);
  }, 300_000);
});
