// Bundles the ESM app with Vite as a server (SSR) build, the way a Vite app's server code is
// built. Vite leaves dependencies external in SSR builds; `ssr.noExternal` inlines our two
// packages, so the provider's lazy chunks go through Vite's own splitting. Prints the chunk
// graph as one JSON line.
import { build } from 'vite';

const outDir = 'vite-out';
const result = await build({
  configFile: false,
  logLevel: 'error',
  ssr: { noExternal: ['@ccapi/ai-sdk-provider', '@ccapi/emulator'] },
  build: { ssr: 'esm-app.js', outDir, emptyOutDir: true },
});

const chunks = {};
let entry;
for (const output of [result].flat().flatMap((bundle) => bundle.output)) {
  if (output.type !== 'chunk') continue;
  if (output.isEntry) entry = output.fileName;
  chunks[output.fileName] = {
    imports: output.imports,
    dynamicImports: output.dynamicImports,
    modules: output.moduleIds,
  };
}
console.log(JSON.stringify({ outDir, entry, chunks }));
