import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const appDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(appDir, '..', '..');

// The workspace packages are compiled from their TypeScript source (their `@ccapi/source` export),
// so the example builds from a clean clone without building them first and always runs the
// provider as it is in the repo. Turbopack has no custom export conditions, hence the aliases.
// In your own app, install `@ccapi/ai-sdk-provider` from npm and drop all of this.
const workspaceSources = {
  '@ccapi/ai-sdk-provider': './../../packages/ai-sdk-provider/src/index.ts',
  '@ccapi/emulator': './../../packages/emulator/src/index.ts',
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
};

export default nextConfig;
