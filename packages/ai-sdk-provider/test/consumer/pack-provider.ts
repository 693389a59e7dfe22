import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROVIDER_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));

let packed: string | undefined;

/**
 * Packs `@ccapi/ai-sdk-provider` with `pnpm pack`, as it would be published, once per test
 * process, and returns the tarball's path. `dist` is rebuilt first when it is missing or older
 * than the sources (CI builds before testing, so there it is used as it is).
 */
export function packProvider(): string {
  if (packed != null) return packed;
  if (newestMtime(join(PROVIDER_DIR, 'src')) > oldestDistMtime()) {
    execFileSync('pnpm', ['run', 'build'], { cwd: PROVIDER_DIR, stdio: 'pipe' });
  }
  const destination = mkdtempSync(join(tmpdir(), 'ccapi-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', destination], {
    cwd: PROVIDER_DIR,
    stdio: 'pipe',
  });
  const [tarball] = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
  if (tarball == null) throw new Error(`pnpm pack wrote no tarball to ${destination}`);
  packed = join(destination, tarball);
  return packed;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The build time of the entry files; 0 when one is missing. */
function oldestDistMtime(): number {
  const entries = ['dist/index.js', 'dist/ai-sdk-6/index.js'];
  try {
    return Math.min(...entries.map((entry) => statSync(join(PROVIDER_DIR, entry)).mtimeMs));
  } catch {
    return 0;
  }
}
