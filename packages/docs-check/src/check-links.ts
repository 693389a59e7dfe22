import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { extractCodeBlocks } from './extract-code-blocks';

export interface BrokenLink {
  /** `docs/tools.md:12` */
  location: string;
  target: string;
  reason: string;
}

/**
 * Relative links of a Markdown file that point nowhere: a missing file or folder, or a `#anchor`
 * that no heading of the target produces (GitHub's heading ids). External links are not checked.
 */
export function findBrokenLinks(file: string, root: string): BrokenLink[] {
  const markdown = readFileSync(join(root, file), 'utf8');
  const lines = withoutCode(markdown).split('\n');
  const broken: BrokenLink[] = [];
  const link = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
  lines.forEach((line, index) => {
    for (const match of line.replace(/`[^`]*`/g, '').matchAll(link)) {
      const target = match[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
      const reason = checkTarget(file, target, root);
      if (reason != null) broken.push({ location: `${file}:${index + 1}`, target, reason });
    }
  });
  return broken;
}

function checkTarget(file: string, target: string, root: string): string | undefined {
  const [pathPart = '', anchor] = target.split('#', 2);
  const targetFile =
    pathPart.length === 0 ? file : normalize(join(dirname(file), decodeURIComponent(pathPart)));
  const absolute = join(root, targetFile);
  if (relative(root, absolute).startsWith('..')) return 'points outside the repository';
  if (!existsSync(absolute)) return 'no such file or folder';
  if (anchor == null || anchor.length === 0) return undefined;
  if (statSync(absolute).isDirectory() || !targetFile.endsWith('.md')) return undefined;
  const ids = headingIds(readFileSync(absolute, 'utf8'));
  return ids.has(anchor.toLowerCase()) ? undefined : `no heading with id '${anchor}'`;
}

/** GitHub's heading ids: lower case, punctuation removed, spaces to hyphens, `-1`… for repeats. */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading == null) continue;
    const base = (heading[1] ?? '')
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

/** The Markdown with fenced code blocks blanked (line numbers kept). */
function withoutCode(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  for (const block of extractCodeBlocks(markdown, '')) {
    const codeLines = block.code.length === 0 ? 0 : block.code.split('\n').length;
    // The opening fence is the line before `block.line`; the closing fence follows the code.
    for (let index = block.line - 2; index <= block.line - 1 + codeLines; index++) {
      if (index >= 0 && index < lines.length) lines[index] = '';
    }
  }
  return lines.join('\n');
}
