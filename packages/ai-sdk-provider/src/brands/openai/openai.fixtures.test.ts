import { expect } from 'vitest';
import { replayBrandFixtures } from '../../../test/fixtures/replay-brand-fixtures';

// OpenAI's own captures (vercel/ai, GoModel, fantasy): the baseline every other brand's wire is
// compared with.
replayBrandFixtures({
  brand: 'openai',
  fixtures: new URL('./__fixtures__/', import.meta.url),
  cases: {
    'openai_o3-mini_reasoning_tokens-no-reasoning-text__nonstream.json': {
      expect: ({ steps, recorded }) => {
        // Reasoning tokens without reasoning text: text tokens are what is left.
        const usage = recorded[0]?.usage as Record<string, any>;
        expect(steps[0].usage.outputTokenDetails).toMatchObject({
          textTokens: usage.completion_tokens - usage.completion_tokens_details.reasoning_tokens,
        });
        expect(steps[0].reasoningText).toBeUndefined();
      },
    },
    'openai_reasoning-model__max_tokens-unsupported__error-400-body.json': {
      modelId: 'o3',
      expect: ({ error }) => {
        expect((error as Error).message).toContain("'max_tokens' is not supported");
      },
    },
    'openai_gpt-5_text_stream': {
      expect: ({ sent }) => {
        // gpt-5 is a reasoning model: max_completion_tokens, never max_tokens.
        expect(sent[0].max_completion_tokens).toBe(4000);
        expect(sent[0]).not.toHaveProperty('max_tokens');
      },
    },
  },
});
