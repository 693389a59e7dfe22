/**
 * The chunks a bundler wrote, as the consumer's build scripts print them
 * (`programs/build-with-*.mjs`): file names relative to `outDir`; `imports` and `dynamicImports`
 * name other chunks or external modules; `modules` are the inputs whose code a chunk holds.
 */
export interface BundleChunkGraph {
  outDir: string;
  entry: string;
  chunks: Record<string, { imports: string[]; dynamicImports: string[]; modules: string[] }>;
}

/**
 * What running the entry loads before any `import()` runs: the modules of every chunk it reaches
 * through static imports, and the external modules those chunks import statically.
 */
export function loadedUpFront(graph: BundleChunkGraph): Set<string> {
  const loaded = new Set<string>();
  const pending = [graph.entry];
  for (let file = pending.pop(); file != null; file = pending.pop()) {
    if (loaded.has(file)) continue;
    loaded.add(file);
    const chunk = graph.chunks[file];
    if (chunk == null) continue; // an external module
    for (const module of chunk.modules) loaded.add(module);
    pending.push(...chunk.imports);
  }
  return loaded;
}

/** Every module the bundle holds. */
export function bundledModules(graph: BundleChunkGraph): Set<string> {
  return new Set(Object.values(graph.chunks).flatMap((chunk) => chunk.modules));
}

/**
 * The provider's files among `modules`, without Rollup's content hash
 * (`dist/chunks/poll-ccapi-task.js`), sorted.
 */
export function providerFiles(modules: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const module of modules) {
    const match = /@ccapi[\\/]ai-sdk-provider[\\/](.+)$/.exec(module);
    if (match?.[1] != null)
      files.add(match[1].replaceAll('\\', '/').replace(/-[\w-]{8}\.js$/, '.js'));
  }
  return [...files].sort();
}
