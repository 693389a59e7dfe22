import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const appDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(appDir, '..', '..');

// The provider is compiled from its TypeScript source (what its `@ccapi/source` export points at),
// so the example builds from a clean clone without building the workspace packages first and
// always runs the provider as it is in the repo. Turbopack has no custom export conditions, hence
// the alias. In your own app, install `@ccapi/ai-sdk-provider` from npm and drop all of this.
const workspaceSources = {
  '@ccapi/ai-sdk-provider': './../../packages/ai-sdk-provider/src/index.ts',
};

const nextConfig: NextConfig = {
  // The browser tests build into their own folder (gitignored) so they never race a `next build`
  // or `next dev` someone runs in this folder. `next start` must see the same value.
  distDir: process.env.NEXT_CHAT_DIST_DIR || '.next',
  transpilePackages: Object.keys(workspaceSources),
  turbopack: {
    root: repoRoot,
    resolveAlias: workspaceSources,
  },
  outputFileTracingRoot: repoRoot,
  // `pnpm dev` may be opened as http://127.0.0.1:3000 as well as http://localhost:3000.
  allowedDevOrigins: ['127.0.0.1'],
};

export default nextConfig;
