import { defineConfig } from 'tsup';

// Types only (`tsup --dts-only`); rollup.config.mjs builds the JavaScript.
export default defineConfig({
  entry: { index: 'src/index.ts', 'ai-sdk-6/index': 'src/ai-sdk-6/index.ts' },
  format: ['esm'],
  dts: true,
  target: 'es2022',
});
