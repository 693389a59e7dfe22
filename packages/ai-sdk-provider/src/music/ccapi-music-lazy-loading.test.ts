import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every source file reachable from `entry` through static imports (`import … from`, `export … from`). */
function staticImportGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
      if (/^import\s+type\s|^export\s+type\s/.test(match[0])) continue;
      visit(`${resolve(dirname(file), match[1] as string)}.ts`);
    }
  };
  visit(entry);
  return seen;
}

describe('music is loaded lazily', () => {
  it('is not loaded by importing the package: only the thin model and functions are', () => {
    const reachable = [...staticImportGraph(join(sourceRoot, 'index.ts'))]
      .map((file) => relative(sourceRoot, file))
      .filter((file) => file.startsWith('music/'))
      .sort();
    expect(reachable).toEqual([
      'music/ccapi-music-actions.ts',
      'music/ccapi-music-client.ts',
      'music/ccapi-music-model-id.ts',
      'music/ccapi-music-model.ts',
      'music/ccapi-music-no-result-error.ts',
      'music/generate-lyrics.ts',
      'music/generate-music.ts',
      'music/get-music-status.ts',
      'music/start-music.ts',
      'music/upsample-music-tags.ts',
    ]);
  });

  it('loads the implementation with import() from every music entry point', () => {
    for (const file of [
      'generate-music.ts',
      'start-music.ts',
      'get-music-status.ts',
      'generate-lyrics.ts',
      'upsample-music-tags.ts',
      'ccapi-music-client.ts',
    ]) {
      expect(readFileSync(join(sourceRoot, 'music', file), 'utf8'), file).toContain(
        "await import('./run-ccapi-music')",
      );
    }
  });
});
