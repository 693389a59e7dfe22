import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ccapiDocsUrl } from './ccapi-docs-url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const DOCS = fileURLToPath(new URL('../../../../docs', import.meta.url));
const PUBLISHED = ccapiDocsUrl('');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    anchors.add(
      heading!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  return anchors;
}

const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter(
    (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'),
  )
  .map((entry) => join(entry.parentPath, entry.name));

describe('links to the docs from the package', () => {
  it('no error message or TSDoc points at a docs/ path the npm package does not contain', () => {
    const relative: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      // Doc comments and string literals; `//` notes for contributors may name repo paths.
      for (const match of text.matchAll(/(\/\*\*[\s\S]*?\*\/|`[^`]*`|'[^'\n]*')/g)) {
        if (/(?<![\w/.])docs\/[\w./-]+\.md/.test(match[0])) {
          relative.push(`${file}: ${match[0].slice(0, 80)}`);
        }
      }
    }
    expect(relative).toEqual([]);
  });

  it('every published docs link names a page and heading that exist', () => {
    const links = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const [, page] of text.matchAll(/ccapiDocsUrl\('([^']+)'\)/g)) links.add(page!);
      for (const [, page] of text.matchAll(
        /https:\/\/github\.com\/ccapi-ai\/ccapi-ai\/blob\/main\/docs\/([\w./#-]+[\w-])/g,
      )) {
        links.add(page!);
      }
    }
    expect(links.size).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const link of links) {
      const [page, anchor] = link.split('#') as [string, string | undefined];
      const path = join(DOCS, page);
      if (!existsSync(path)) broken.push(`${link}: no docs/${page}`);
      else if (anchor != null && !anchorsOf(readFileSync(path, 'utf8')).has(anchor)) {
        broken.push(`${link}: no heading #${anchor} in docs/${page}`);
      }
    }
    expect(broken).toEqual([]);
    expect(PUBLISHED).toBe('https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/');
  });
});
