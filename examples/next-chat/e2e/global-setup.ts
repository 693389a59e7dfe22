import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_DIR,
  assertChromiumInstalled,
  E2E_DIST_DIR,
  NEXT_BIN,
  nextEnvironment,
  RESULTS_DIR,
  runToCompletion,
} from './next-chat-harness';

const BUILD_TIMEOUT_MS = 5 * 60_000;

// What the e2e build depends on. The provider is compiled from source (next.config.ts aliases),
// so its `src` counts too; the lockfile stands for every installed dependency.
const BUILD_INPUTS = [
  'app',
  'lib',
  'next.config.ts',
  'package.json',
  'tsconfig.json',
  '../../packages/ai-sdk-provider/src',
  '../../packages/ai-sdk-provider/package.json',
  '../../pnpm-lock.yaml',
  '../../tsconfig.base.json',
];

/**
 * Builds the app once per test run into `test-results/next-build` (its own distDir), unless that
 * build is newer than every input, e.g. on a second local run. `NEXT_CHAT_E2E_BUILD=always`
 * forces a build. Works from a clean clone: nothing has to be built beforehand, not even the
 * workspace packages.
 */
export default async function setup(): Promise<void> {
  assertChromiumInstalled();

  const buildId = join(APP_DIR, E2E_DIST_DIR, 'BUILD_ID');
  const force = process.env.NEXT_CHAT_E2E_BUILD === 'always';
  if (!force && existsSync(buildId) && statSync(buildId).mtimeMs > newestInputMtime()) return;

  // `next build` rewrites next-env.d.ts to point at its distDir's types; put the developer's back.
  const nextEnvPath = join(APP_DIR, 'next-env.d.ts');
  const nextEnvBefore = existsSync(nextEnvPath) ? readFileSync(nextEnvPath, 'utf8') : undefined;
  try {
    await runToCompletion({
      args: [NEXT_BIN, 'build'],
      env: nextEnvironment({}),
      logFile: join(RESULTS_DIR, 'next-build.log'),
      timeoutMs: BUILD_TIMEOUT_MS,
    });
  } finally {
    if (nextEnvBefore === undefined) rmSync(nextEnvPath, { force: true });
    else writeFileSync(nextEnvPath, nextEnvBefore);
  }
}

function newestInputMtime(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    newest = Math.max(newest, stats.mtimeMs);
    if (!stats.isDirectory()) return;
    for (const entry of readdirSync(path)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      visit(join(path, entry));
    }
  };
  for (const input of BUILD_INPUTS) visit(join(APP_DIR, input));
  return newest;
}
