import { describe, expect, it } from 'vitest';
import { bareModelId, classifyCCAPIModelFamily } from './ccapi-model-family';

describe('classifyCCAPIModelFamily', () => {
  it.each([
    ['claude-sonnet-4-6', 'claude'],
    ['Claude-Opus-4-6', 'claude'],
    ['anthropic/claude-sonnet-4-6', 'claude'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude'],
    ['gemini-3-pro-preview', 'gemini'],
    ['google/gemini-2.5-flash', 'gemini'],
    ['nano-banana-pro', 'gemini'],
    ['gpt-5', 'openai'],
    ['gpt-4o-mini', 'openai'],
    ['o3', 'openai'],
    ['o4-mini', 'openai'],
    ['chatgpt-4o-latest', 'openai'],
    ['openai/gpt-4o', 'openai'],
    ['deepseek-v3.2', 'deepseek'],
    ['deepseek/deepseek-chat', 'deepseek'],
    ['minimax-m2.5', 'minimax'],
    ['glm-5', 'glm'],
    ['zhipu/glm-5', 'glm'],
    ['qwen3-max', 'other'],
    ['omni-model', 'other'],
  ] as const)('%s → %s', (modelId, family) => {
    expect(classifyCCAPIModelFamily(modelId)).toBe(family);
  });

  it('strips provider prefixes for prefix matching', () => {
    expect(bareModelId('Anthropic/Claude-Sonnet-4-6')).toBe('claude-sonnet-4-6');
    expect(bareModelId('gpt-5')).toBe('gpt-5');
  });
});
