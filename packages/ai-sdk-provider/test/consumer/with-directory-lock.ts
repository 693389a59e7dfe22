import { mkdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A lock older than this was left by a process that died; it is taken over. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * Runs `task` while holding a lock that other processes see: `mkdir` of `lockDir` either creates
 * it or fails, atomically. Vitest runs test files in several workers, and two of them must not
 * rebuild a package's `dist` while a third packs it.
 */
export async function withDirectoryLock<T>(lockDir: string, task: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - lockTime(lockDir) > STALE_AFTER_MS)
        rmSync(lockDir, { force: true, recursive: true });
      else await sleep(200);
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lockDir, { force: true, recursive: true });
  }
}

function lockTime(lockDir: string): number {
  try {
    return statSync(lockDir).mtimeMs;
  } catch {
    return Date.now();
  }
}
