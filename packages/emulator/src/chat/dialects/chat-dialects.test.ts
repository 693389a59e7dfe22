import { describe, expect, it } from 'vitest';
import { CHAT_DIALECTS, resolveChatDialect } from './chat-dialects';
import { detectModelBrand } from './detect-model-brand';

describe('detectModelBrand', () => {
  it.each([
    ['gpt-5', 'openai'],
    ['openai/gpt-4o-mini', 'openai'],
    ['o3', 'openai'],
    ['o4-mini', 'openai'],
    ['chatgpt-4o-latest', 'openai'],
    ['deepseek-v3.2', 'deepseek'],
    ['deepseek/deepseek-chat', 'deepseek'],
    ['ccapi/deepseek/deepseek-chat', 'deepseek'],
    ['MiniMax-M2.5', 'minimax'],
    ['openrouter/minimax-m2.5', 'minimax'],
    ['claude-sonnet-4-6', 'claude'],
    ['anthropic/claude-opus-4-6', 'claude'],
    ['gemini-3-pro-preview', 'gemini'],
    ['google/nano-banana', 'gemini'],
    ['glm-5', 'glm'],
    ['zhipu/glm-5', 'glm'],
  ])('%s → %s', (modelId, brand) => {
    expect(detectModelBrand(modelId)).toBe(brand);
  });

  it.each(['qwen3.5-plus', 'moonshot/kimi-k2.5', 'omni-moderation-latest', 'o-series'])(
    '%s → no brand',
    (modelId) => {
      expect(detectModelBrand(modelId)).toBeUndefined();
    },
  );
});

describe('resolveChatDialect', () => {
  it('picks the openai dialect for OpenAI models and the generic one for unknown models', () => {
    expect(resolveChatDialect('gpt-5').name).toBe('openai');
    expect(resolveChatDialect('qwen3.5-plus').name).toBe('generic');
  });

  it('has registered dialects with unique names that each claim their own brand', () => {
    const names = CHAT_DIALECTS.map((dialect) => dialect.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('generic');
    for (const dialect of CHAT_DIALECTS) {
      expect(dialect.matches('qwen3.5-plus')).toBe(false);
    }
  });
});
