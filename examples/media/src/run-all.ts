import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `pnpm --filter @example/media start`: runs every example script in this folder (each exports
 * `main()`), one after another. Without CCAPI_API_KEY each script starts its own emulator, so
 * the whole tour runs offline; with it, every script calls the live CCAPI (and spends credits).
 * A failing script is reported and the others still run; the exit code says whether all passed.
 */
const folder = dirname(fileURLToPath(import.meta.url));
const scripts = (await readdir(folder))
  .filter((name) => name.endsWith('.ts') && name !== 'run-all.ts' && !name.endsWith('.test.ts'))
  .sort();

console.log(
  process.env.CCAPI_API_KEY
    ? 'CCAPI_API_KEY is set: running against the live CCAPI.'
    : 'CCAPI_API_KEY is not set: every script runs on a local emulator.',
);

const failed: string[] = [];
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const module = (await import(pathToFileURL(`${folder}/${script}`).href)) as {
    main?: () => Promise<void>;
  };
  if (typeof module.main !== 'function') {
    console.log('(no main(); skipped)');
    continue;
  }
  try {
    await module.main();
  } catch (error) {
    failed.push(script);
    console.error(`${script} failed:`, error);
  }
}

console.log(
  failed.length === 0
    ? `\nAll ${scripts.length} example scripts finished.`
    : `\n${failed.length} of ${scripts.length} example scripts failed: ${failed.join(', ')}`,
);
if (failed.length > 0) process.exitCode = 1;
