import { defineProject } from 'vitest/config';

export default defineProject({
  // Run blocks import the workspace packages from source, as users' apps would import the build.
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  define: { __PACKAGE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    name: 'docs-check',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
