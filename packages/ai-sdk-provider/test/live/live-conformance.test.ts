import { describe, it } from 'vitest';
import { runChatConformance } from '../conformance/run-chat-conformance';

// `pnpm test:live`: the conformance cases against the real CCAPI. Never part of `pnpm test` or CI.
const hasKey = Boolean(process.env.CCAPI_API_KEY);

if (!hasKey) {
  describe('live conformance', () => {
    it.skip('skipped: set CCAPI_API_KEY to run the live suite', () => {});
  });
} else {
  const brands = [
    { brand: 'openai', modelId: 'gpt-5', thinking: { reasoning: 'low' }, expectReasoning: false },
    {
      brand: 'deepseek',
      modelId: 'deepseek-v3.2',
      thinking: { reasoning: 'high' },
      expectReasoning: true,
    },
    { brand: 'glm', modelId: 'glm-5', thinking: { reasoning: 'high' }, expectReasoning: true },
    { brand: 'minimax', modelId: 'minimax-m2.5', thinking: {}, expectReasoning: true },
    {
      brand: 'gemini',
      modelId: 'gemini-2.5-flash',
      thinking: { reasoning: 'medium' },
      expectReasoning: true,
    },
    { brand: 'claude', modelId: 'claude-sonnet-4-6', thinking: {}, expectReasoning: false },
  ] as const;
  for (const options of brands) {
    runChatConformance({ ...options, target: 'live' });
  }
}
