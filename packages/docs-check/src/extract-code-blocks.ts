/**
 * Finds the fenced code blocks of a Markdown file, with the line each one starts on, so a
 * failing block can be reported as `docs/tools.md:42`.
 */

/** How a TypeScript block is treated, from the words after the language in its info string. */
export type CodeBlockMode = 'check' | 'run' | 'no-check';

export interface CodeBlock {
  /** The Markdown file, relative to the repository root (`docs/tools.md`). */
  file: string;
  /** 1-based line of the first line of code (the line after the opening fence). */
  line: number;
  /** Lower-cased language of the info string (`ts`, `sh`, `` for none). */
  language: string;
  /** The words after the language (`['run']`). */
  tags: string[];
  /** The code, with the fence's indentation removed. */
  code: string;
}

/** Languages whose blocks are TypeScript and therefore checked. */
export const TYPESCRIPT_LANGUAGES = new Set(['ts', 'typescript', 'mts']);

/** Tags a TypeScript block may carry. */
export const TYPESCRIPT_TAGS = new Set(['run', 'no-check']);

// Any indentation: fences inside (nested) list items are indented by the list's width.
const FENCE = /^( *)(`{3,}|~{3,})\s*([^`\s]*)\s*(.*)$/;

export function extractCodeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const opening = parseFence(lines[index] ?? '');
    if (opening == null) {
      index++;
      continue;
    }
    const body: string[] = [];
    let closed = false;
    let cursor = index + 1;
    for (; cursor < lines.length; cursor++) {
      const line = lines[cursor] ?? '';
      if (isClosingFence(line, opening.fence)) {
        closed = true;
        break;
      }
      body.push(stripIndent(line, opening.indent));
    }
    blocks.push({
      file,
      line: index + 2,
      language: opening.language,
      tags: opening.tags,
      code: body.join('\n'),
    });
    // An unclosed fence runs to the end of the file, as CommonMark reads it.
    index = closed ? cursor + 1 : lines.length;
  }
  return blocks;
}

/** A block's mode, or an error message when its info string is not one this checker knows. */
export function readCodeBlockMode(block: CodeBlock): CodeBlockMode | { error: string } {
  const unknown = block.tags.filter((tag) => !TYPESCRIPT_TAGS.has(tag));
  if (unknown.length > 0) {
    return {
      error: `unknown tag(s) ${unknown.map((tag) => `'${tag}'`).join(', ')} on a \`${block.language}\` block; use \`ts\`, \`ts run\` or \`ts no-check\` (docs/contributing-docs.md).`,
    };
  }
  if (block.tags.includes('run') && block.tags.includes('no-check')) {
    return { error: 'a block cannot be both `run` and `no-check`.' };
  }
  if (block.tags.includes('no-check')) {
    const firstLine = block.code.split('\n').find((line) => line.trim().length > 0) ?? '';
    if (!/^\s*\/\/\s*no-check:\s*\S/.test(firstLine)) {
      return {
        error:
          'a `ts no-check` block must start with a comment giving the reason: `// no-check: <why this block cannot be checked>`.',
      };
    }
    return 'no-check';
  }
  return block.tags.includes('run') ? 'run' : 'check';
}

function parseFence(
  line: string,
): { indent: number; fence: string; language: string; tags: string[] } | undefined {
  const match = FENCE.exec(line);
  if (match == null) return undefined;
  const [, indent = '', fence = '', language = '', rest = ''] = match;
  // A backtick fence's info string may not contain backticks (CommonMark).
  if (fence.startsWith('`') && rest.includes('`')) return undefined;
  return {
    indent: indent.length,
    fence,
    language: language.toLowerCase(),
    tags: rest
      .trim()
      .split(/\s+/)
      .filter((tag) => tag.length > 0)
      .map((tag) => tag.toLowerCase()),
  };
}

function isClosingFence(line: string, fence: string): boolean {
  const match = /^ *(`{3,}|~{3,})\s*$/.exec(line);
  const closing = match?.[1];
  return closing != null && closing[0] === fence[0] && closing.length >= fence.length;
}

function stripIndent(line: string, indent: number): string {
  let removed = 0;
  while (removed < indent && line[removed] === ' ') removed++;
  return line.slice(removed);
}
