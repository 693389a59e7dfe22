import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  test: { name: 'media', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
