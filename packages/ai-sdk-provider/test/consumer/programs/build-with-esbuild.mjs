// Bundles the ESM app with esbuild as a Node app with code splitting, the way a server build
// does: everything inlined except zod, so the provider's lazy chunks and its official packages
// go through esbuild's own splitting. Prints the chunk graph as one JSON line.
import { build } from 'esbuild';

const APP = 'esm-app.js';
const outDir = 'esbuild-out';
const { metafile } = await build({
  entryPoints: [APP],
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  outdir: outDir,
  external: ['zod'],
  // esbuild's recipe for CommonJS dependencies in an ESM bundle (the AI SDK's @vercel/oidc and
  // the emulator's ws are CommonJS and require Node built-ins). Our packages need none of it:
  // the unbundled ESM apps, where `require` does not exist, run the same code.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'error',
});

const inOutDir = (path) => path.slice(outDir.length + 1);
const chunks = {};
let entry;
for (const [path, output] of Object.entries(metafile.outputs)) {
  if (!path.endsWith('.js')) continue;
  // Chunks loaded by import() have an entryPoint too: the app's is the one asked for.
  if (output.entryPoint === APP) entry = inOutDir(path);
  const imports = (kind) =>
    output.imports
      .filter((imported) => imported.kind === kind)
      .map((imported) => (imported.external ? imported.path : inOutDir(imported.path)));
  chunks[inOutDir(path)] = {
    imports: imports('import-statement'),
    dynamicImports: imports('dynamic-import'),
    modules: Object.keys(output.inputs),
  };
}
console.log(JSON.stringify({ outDir, entry, chunks }));
