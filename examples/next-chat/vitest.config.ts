import { defineProject } from 'vitest/config';

// Browser tests for the example: build the app once (e2e/global-setup.ts), then drive Debian's
// Chromium against `next start` and an in-process @ccapi/emulator. See e2e/next-chat.test.ts.
export default defineProject({
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  define: { __PACKAGE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    name: 'next-chat',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // One app, one emulator, one browser per file; files never run in parallel on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    // `next build` runs in the global setup; starting the server and the browser stays well under.
    hookTimeout: 60_000,
  },
});
