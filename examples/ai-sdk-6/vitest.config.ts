import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@ccapi/source'] },
  ssr: { resolve: { conditions: ['@ccapi/source'] } },
  test: { name: 'ai-sdk-6', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
