import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  define: { __PACKAGE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    name: 'ai-sdk-provider',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/live/**'],
    environment: 'node',
    setupFiles: ['./test/vitest-setup.ts'],
    testTimeout: 20_000,
  },
});
