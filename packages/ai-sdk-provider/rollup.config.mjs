import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

// The package's JavaScript: ESM only, like the AI SDK 7 packages it builds on (CommonJS apps
// load it with `require()` of an ES module, Node 20.19+). Rollup rather than esbuild's
// splitting: code the entry loads stays in one chunk, and the chunks loaded on first use
// (native routes, brand adapters, media models, the task engine) import it from there, so
// `import()` of the package reads two files instead of one per shared piece (esbuild's split
// made 16, which cost about 10 ms of cold start). Types come from `tsup --dts-only`.
// No source maps: the output is unminified with the source's names, and maps with their
// sources would double the download.
const { version, dependencies, peerDependencies } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
);
const externals = [...Object.keys(dependencies), ...Object.keys(peerDependencies)];

/** Resolves the source's extensionless imports and strips TypeScript with esbuild. */
const typescript = {
  name: 'typescript',
  resolveId(source, importer) {
    if (importer == null || !source.startsWith('.')) return null;
    const base = resolve(dirname(importer), source);
    for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
      if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
    }
    return null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const result = await transform(code, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: id,
      define: { __PACKAGE_VERSION__: JSON.stringify(version) },
    });
    return { code: result.code, map: null };
  },
};

let upFront;
/** The modules `src/index.ts` imports statically, directly or not (not through `import()`). */
function loadedUpFront(getModuleInfo) {
  if (upFront != null) return upFront;
  upFront = new Set();
  const entry = resolve('src/index.ts');
  const visit = (id) => {
    if (upFront.has(id)) return;
    upFront.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(entry);
  return upFront;
}

export default {
  input: { index: 'src/index.ts', 'ai-sdk-6/index': 'src/ai-sdk-6/index.ts' },
  external: (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)),
  plugins: [typescript],
  treeshake: { moduleSideEffects: false },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    generatedCode: 'es2015',
    hoistTransitiveImports: false,
    // Everything the entry loads, in one chunk beside a thin `index.js`.
    manualChunks(id, { getModuleInfo }) {
      if (id.endsWith('/src/index.ts')) return undefined;
      return loadedUpFront(getModuleInfo).has(id) ? 'ccapi-core' : undefined;
    },
  },
};
