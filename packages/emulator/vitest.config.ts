import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  define: { __PACKAGE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    name: 'emulator',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
