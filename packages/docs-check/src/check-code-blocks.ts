import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  type CodeBlock,
  type CodeBlockMode,
  extractCodeBlocks,
  readCodeBlockMode,
  TYPESCRIPT_LANGUAGES,
} from './extract-code-blocks';
import { rewriteAISDK6Imports } from './rewrite-ai-sdk-6-imports';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(PACKAGE_ROOT, '../..');
/** Where blocks are written as `.ts` files (gitignored). Inside this package, so `ai`, `zod` and the workspace packages resolve from its node_modules. */
export const GENERATED_DIR = join(PACKAGE_ROOT, '.generated');

export interface DocBlock extends CodeBlock {
  mode: CodeBlockMode;
  /** Absolute path of the generated `.ts` file. */
  generatedPath: string;
}

export interface DocBlockProblem {
  /** `docs/tools.md:42` */
  location: string;
  message: string;
}

export interface CollectedBlocks {
  /** Every TypeScript block with a valid mode (checked, run or opted out). */
  blocks: DocBlock[];
  /** Blocks whose info string is wrong (unknown tag, `no-check` without a reason). */
  problems: DocBlockProblem[];
  /** Markdown files read, relative to the repository root. */
  files: string[];
  /** Fenced blocks in other languages (shell, json, text…), skipped. */
  skipped: number;
  /** The folder the modules were written to; remove it when done. */
  generatedDir: string;
}

/** `docs/**\/*.md`, `README.md` and `packages/*\/README.md`, relative to the repo root, sorted. */
export function findMarkdownFiles(root = REPO_ROOT): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(relative(root, path));
    }
  };
  walk(join(root, 'docs'));
  const readme = (path: string) => {
    try {
      readFileSync(join(root, path));
      files.push(path);
    } catch {
      // no README here
    }
  };
  readme('README.md');
  let packages: string[] = [];
  try {
    packages = readdirSync(join(root, 'packages'));
  } catch {
    // no packages folder
  }
  for (const name of packages) readme(join('packages', name, 'README.md'));
  return files.map((file) => file.split('\\').join('/')).sort();
}

/**
 * A fresh folder for this run's modules: several people (and their test runs) share one working
 * tree, so runs never write into each other's folder. Folders of runs that died over an hour ago
 * are removed.
 */
export function createRunDir(parent = GENERATED_DIR): string {
  mkdirSync(parent, { recursive: true });
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
  const dir = join(parent, `run-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Extracts the TypeScript blocks of every doc and writes each one to its own module. */
export function collectDocBlocks(root = REPO_ROOT, generatedDir = createRunDir()): CollectedBlocks {
  mkdirSync(generatedDir, { recursive: true });

  const files = findMarkdownFiles(root);
  const blocks: DocBlock[] = [];
  const problems: DocBlockProblem[] = [];
  let skipped = 0;
  for (const file of files) {
    const markdown = readFileSync(join(root, file), 'utf8');
    for (const block of extractCodeBlocks(markdown, file)) {
      if (!TYPESCRIPT_LANGUAGES.has(block.language)) {
        skipped++;
        continue;
      }
      const mode = readCodeBlockMode(block);
      if (typeof mode !== 'string') {
        problems.push({ location: `${file}:${block.line - 1}`, message: mode.error });
        continue;
      }
      // An emulator suffix on the default provider reaches the live API when a reader runs the
      // block (the runner's redirect is test-only), so the block must start its own emulator.
      if (/~(fault|finish|base_resp):/.test(block.code) && !block.code.includes('startEmulator(')) {
        problems.push({
          location: `${file}:${block.line}`,
          message:
            'uses an emulator suffix (~fault:, ~finish:, ~base_resp:) without starting an emulator: as written it calls the live API. Start one in the block (startEmulator(), createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })).',
        });
      }
      const generatedPath = join(
        generatedDir,
        `${file.replace(/\.md$/, '').replace(/[^A-Za-z0-9_-]+/g, '_')}.L${block.line}.ts`,
      );
      // `export {}` on the last line keeps line numbers equal to the Markdown lines and makes
      // every block its own module (top-level await, no name clashes between blocks).
      writeFileSync(generatedPath, `${rewriteAISDK6Imports(block.code)}\nexport {};\n`);
      blocks.push({ ...block, mode, generatedPath });
    }
  }
  return { blocks, problems, files, skipped, generatedDir };
}

/**
 * Compiler options for the blocks: the repo's strict base config, with the workspace packages
 * resolved to their sources (as `@ccapi/source` does for tests).
 */
export function createCompilerOptions(root = REPO_ROOT): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.base.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error != null) {
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  }
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const provider = join(root, 'packages/ai-sdk-provider/src');
  const emulator = join(root, 'packages/emulator/src');
  return {
    ...parsed.options,
    strict: true,
    noEmit: true,
    declaration: false,
    sourceMap: false,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@ccapi/source'],
    types: ['node'],
    typeRoots: [join(PACKAGE_ROOT, 'node_modules/@types')],
    paths: {
      '@ccapi/ai-sdk-provider': [join(provider, 'index.ts')],
      '@ccapi/ai-sdk-provider/ai-sdk-6': [join(provider, 'ai-sdk-6/index.ts')],
      '@ccapi/emulator': [join(emulator, 'index.ts')],
    },
  };
}

/**
 * Type-checks every block with one TypeScript program (one pass over the provider, the AI SDK
 * and zod types for all blocks) and returns the problems, mapped back to Markdown lines.
 * Besides compiler errors it reports uses of `@deprecated` APIs: docs must teach current APIs.
 */
export function typeCheckDocBlocks(blocks: DocBlock[], root = REPO_ROOT): DocBlockProblem[] {
  const checked = blocks.filter((block) => block.mode !== 'no-check');
  if (checked.length === 0) return [];
  const program = ts.createProgram({
    rootNames: checked.map((block) => block.generatedPath),
    options: createCompilerOptions(root),
  });
  const byPath = new Map(checked.map((block) => [resolve(block.generatedPath), block]));
  const problems: DocBlockProblem[] = [];

  for (const diagnostic of program.getOptionsDiagnostics()) {
    problems.push({ location: 'compiler options', message: formatMessage(diagnostic) });
  }
  for (const diagnostic of program.getGlobalDiagnostics()) {
    problems.push({ location: 'global', message: formatMessage(diagnostic) });
  }

  const checker = program.getTypeChecker();
  for (const block of checked) {
    const sourceFile = program.getSourceFile(block.generatedPath);
    if (sourceFile == null) {
      problems.push({ location: `${block.file}:${block.line}`, message: 'block was not compiled' });
      continue;
    }
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    for (const diagnostic of diagnostics) {
      problems.push(toProblem(diagnostic, byPath));
    }
    for (const use of findDeprecatedUses(sourceFile, checker)) {
      const start = use.node.getStart(sourceFile);
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
      problems.push({
        location: `${block.file}:${block.line + line}:${character + 1}`,
        message: `'${use.node.getText(sourceFile)}' is deprecated${use.reason ? `: ${use.reason}` : ''}`,
      });
    }
  }
  return problems;
}

function toProblem(diagnostic: ts.Diagnostic, byPath: Map<string, DocBlock>): DocBlockProblem {
  const message = formatMessage(diagnostic);
  const file = diagnostic.file;
  if (file == null || diagnostic.start == null) return { location: 'unknown', message };
  const block = byPath.get(resolve(file.fileName));
  const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
  if (block == null) {
    return { location: `${relative(REPO_ROOT, file.fileName)}:${line + 1}`, message };
  }
  return { location: `${block.file}:${block.line + line}:${character + 1}`, message };
}

function formatMessage(diagnostic: ts.Diagnostic): string {
  return `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
}

interface DeprecatedUse {
  node: ts.Node;
  reason: string;
}

/** Identifiers in a block whose symbol is `@deprecated` in every declaration. */
function findDeprecatedUses(sourceFile: ts.SourceFile, checker: ts.TypeChecker): DeprecatedUse[] {
  const uses: DeprecatedUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      const reason = deprecationOf(symbolOf(node, checker));
      if (reason != null) uses.push({ node, reason });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

function symbolOf(node: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const parent = node.parent;
  // `{ system: '…' }` passed to a function: the property of the parameter's type.
  if (
    (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) &&
    parent.name === node &&
    ts.isObjectLiteralExpression(parent.parent)
  ) {
    const contextual = checker.getContextualType(parent.parent);
    return contextual?.getProperty(node.text);
  }
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol != null && symbol.flags & ts.SymbolFlags.Alias) {
    try {
      symbol = checker.getAliasedSymbol(symbol);
    } catch {
      // unresolved import: the compiler reports it
    }
  }
  return symbol;
}

function deprecationOf(symbol: ts.Symbol | undefined): string | undefined {
  const declarations = symbol?.declarations;
  if (symbol == null || declarations == null || declarations.length === 0) return undefined;
  let reason = '';
  for (const declaration of declarations) {
    const tag = ts.getJSDocTags(declaration).find((item) => item.tagName.text === 'deprecated');
    if (tag == null) return undefined;
    reason = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
  }
  return reason;
}
