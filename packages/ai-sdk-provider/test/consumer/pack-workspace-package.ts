import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withDirectoryLock } from './with-directory-lock';

const execFileAsync = promisify(execFile);

export const PROVIDER_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EMULATOR_DIR = resolve(PROVIDER_DIR, '../emulator');

/** The packages users install, with the files whose build time says whether `dist` is current. */
const WORKSPACE_PACKAGES = {
  '@ccapi/ai-sdk-provider': {
    dir: PROVIDER_DIR,
    builtFiles: ['dist/index.js', 'dist/ai-sdk-6/index.js'],
  },
  '@ccapi/emulator': { dir: EMULATOR_DIR, builtFiles: ['dist/index.js', 'dist/cli.js'] },
} as const;

export type WorkspacePackageName = keyof typeof WORKSPACE_PACKAGES;

const packed = new Map<WorkspacePackageName, Promise<string>>();

/**
 * Packs a workspace package with `pnpm pack`, as it would be published (`publishConfig` applied),
 * once per test process, and resolves to the tarball's path. `dist` is rebuilt first when it is
 * missing or older than the sources (CI builds before testing, so there it is used as it is).
 */
export function packWorkspacePackage(name: WorkspacePackageName): Promise<string> {
  let tarball = packed.get(name);
  if (tarball == null) {
    tarball = pack(WORKSPACE_PACKAGES[name]);
    packed.set(name, tarball);
  }
  return tarball;
}

async function pack(workspacePackage: {
  dir: string;
  builtFiles: readonly string[];
}): Promise<string> {
  const { dir } = workspacePackage;
  // Other test files pack in other workers: one rebuilds or packs at a time.
  return withDirectoryLock(join(dir, 'node_modules', '.ccapi-pack.lock'), async () => {
    if (newestMtime(join(dir, 'src')) > oldestMtime(dir, workspacePackage.builtFiles)) {
      await execFileAsync('pnpm', ['run', 'build'], { cwd: dir });
    }
    const destination = mkdtempSync(join(tmpdir(), 'ccapi-pack-'));
    await execFileAsync('pnpm', ['pack', '--pack-destination', destination], { cwd: dir });
    const [tarball] = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
    if (tarball == null) throw new Error(`pnpm pack wrote no tarball to ${destination}`);
    return join(destination, tarball);
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The build time of the oldest of `files`; 0 when one is missing. */
function oldestMtime(dir: string, files: readonly string[]): number {
  try {
    return Math.min(...files.map((file) => statSync(join(dir, file)).mtimeMs));
  } catch {
    return 0;
  }
}
