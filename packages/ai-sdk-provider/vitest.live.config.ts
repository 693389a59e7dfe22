import { defineConfig } from 'vitest/config';

// The live suite (`pnpm test:live`): real CCAPI calls, only with CCAPI_API_KEY, never in CI.
export default defineConfig({
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  test: {
    name: 'live',
    root: new URL('.', import.meta.url).pathname,
    include: ['test/live/**/*.test.ts'],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
