import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module a file loads eagerly: static value imports, followed through relative paths. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(file, 'utf8');
  // `import type` and `import { type X }`-only lines load nothing at run time.
  for (const match of source.matchAll(/^import\s+(?!type\s)([\s\S]*?)\s+from\s+'([^']+)';/gm)) {
    const [, bindings = '', specifier = ''] = match;
    const names = bindings
      .replace(/[{}\s]/g, '')
      .split(',')
      .filter(Boolean);
    if (names.length > 0 && names.every((name) => name.startsWith('type'))) continue;
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    const target = `${resolve(dirname(file), specifier)}.ts`;
    if (seen.has(target)) continue;
    seen.add(target);
    staticImports(target, seen);
  }
  return seen;
}

// What the provider references for reranking and realtime must stay small (lazy loading):
// the request code, the official OpenAI package and WebSocket clients load on first use.
describe('lazy model entries', () => {
  it.each([
    ['reranking/ccapi-reranking-model.ts', ['do-ccapi-rerank']],
    [
      'realtime/ccapi-realtime-model.ts',
      [
        '@ai-sdk/openai',
        'ws',
        'ccapi-realtime-model-implementation',
        'connect-ccapi-realtime',
        'relay-ccapi-realtime',
      ],
    ],
  ])('%s loads none of its implementation eagerly', (entry, heavy) => {
    const loaded = [...staticImports(resolve(here, entry))];
    for (const name of heavy) {
      expect(loaded.filter((module) => module === name || module.includes(`/${name}.ts`))).toEqual(
        [],
      );
    }
  });

  it('the walker sees what an implementation file loads (so the checks above can fail)', () => {
    const loaded = staticImports(resolve(here, 'realtime/ccapi-realtime-model-implementation.ts'));
    expect(loaded.has('@ai-sdk/openai')).toBe(true);
  });
});
