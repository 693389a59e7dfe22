import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  type CCAPIRoute,
  type CCAPIRoutes,
  classifyCCAPIModelFamily,
  resolveCCAPIRoute,
  validateCCAPIRoutes,
} from './resolve-ccapi-route';

const route = (modelId: string, routes?: CCAPIRoutes, api?: CCAPIRoute) =>
  resolveCCAPIRoute({ modelId, routes, api });

describe('resolveCCAPIRoute', () => {
  describe('defaults', () => {
    it.each([
      ['claude-sonnet-4-6', 'messages'],
      ['claude-opus-4-6-thinking', 'messages'],
      ['anthropic/claude-sonnet-4-6', 'messages'],
      ['us.anthropic.claude-3-7-sonnet', 'messages'],
      ['gemini-2.5-pro', 'chat'],
      ['google/gemini-3-pro-preview', 'chat'],
      ['gpt-5', 'chat'],
      ['o3-mini', 'chat'],
      ['openai/gpt-4o-mini', 'chat'],
      ['deepseek-v3.2', 'chat'],
      ['glm-5', 'chat'],
      ['some-new-model', 'chat'],
      ['gpt-3.5-turbo-instruct', 'completion'],
      ['openai/davinci-002', 'completion'],
    ] as const)('%s → %s', (modelId, expected) => {
      expect(route(modelId)).toBe(expected);
    });
  });

  it('lets the per-model api win over everything', () => {
    expect(route('claude-sonnet-4-6', { claude: 'messages' }, 'chat')).toBe('chat');
    expect(route('gpt-5', undefined, 'responses')).toBe('responses');
  });

  it('lets a provider override beat the defaults', () => {
    expect(route('claude-sonnet-4-6', { claude: 'chat' })).toBe('chat');
    expect(route('claude-sonnet-4-6', { anthropic: 'chat' })).toBe('chat');
    expect(route('gemini-3-pro-preview', { 'gemini-3': 'gemini' })).toBe('gemini');
    expect(route('gemini-2.5-pro', { 'gemini-3': 'gemini' })).toBe('chat');
    expect(route('gpt-5', { openai: 'responses' })).toBe('responses');
  });

  it('matches prefixes against the id as written and without its provider prefix', () => {
    expect(route('google/gemini-3-pro-preview', { 'gemini-3': 'gemini' })).toBe('gemini');
    expect(route('google/gemini-2.5-flash', { 'google/': 'gemini' })).toBe('gemini');
    expect(route('gemini-2.5-flash', { 'google/': 'gemini' })).toBe('chat');
  });

  it('picks the longest matching prefix; any prefix beats a family', () => {
    const routes: CCAPIRoutes = {
      claude: 'chat',
      'claude-opus': 'messages',
      'claude-opus-4-6': 'chat',
    };
    expect(route('claude-opus-4-6', routes)).toBe('chat');
    expect(route('claude-opus-4-5', routes)).toBe('messages');
    expect(route('claude-haiku-4-5', routes)).toBe('chat');
    expect(route('gemini-3-pro', { gemini: 'chat', gem: 'gemini' })).toBe('gemini');
  });

  it('matches keys case-insensitively and skips undefined entries', () => {
    expect(route('Gemini-3-Pro', { 'GEMINI-3': 'gemini' })).toBe('gemini');
    expect(route('claude-sonnet-4-6', { claude: undefined })).toBe('messages');
  });

  it('keeps the defaults for models an override does not cover', () => {
    expect(route('claude-sonnet-4-6', { gemini: 'gemini' })).toBe('messages');
    expect(route('gpt-3.5-turbo-instruct', { deepseek: 'chat' })).toBe('completion');
  });

  describe('invalid route names', () => {
    it('rejects an unknown api with InvalidArgumentError and the list of routes', () => {
      expect(() => route('gpt-5', undefined, 'completions' as CCAPIRoute)).toThrowError(
        InvalidArgumentError,
      );
      try {
        route('gpt-5', undefined, 'completions' as CCAPIRoute);
      } catch (error) {
        expect(InvalidArgumentError.isInstance(error)).toBe(true);
        expect((error as InvalidArgumentError).argument).toBe('api');
        expect((error as Error).message).toBe(
          "Unknown CCAPI route \"completions\" for model 'gpt-5'. Did you mean 'completion'? Use one of: chat, messages, gemini, responses, completion (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/models-and-routing.md#choosing-a-route-yourself).",
        );
      }
    });

    it('rejects an unknown routes value, naming the key', () => {
      expect(() => route('gpt-5', { claude: 'anthropic' as CCAPIRoute })).toThrowError(
        /Unknown CCAPI route "anthropic" for routes key 'claude'\. Did you mean 'messages'\?/,
      );
      expect(() => validateCCAPIRoutes({ 'gemini-3': 'vertex' as CCAPIRoute })).toThrowError(
        InvalidArgumentError,
      );
    });

    it('rejects a routes setting that is not an object, or an empty key', () => {
      expect(() => validateCCAPIRoutes(['chat'] as unknown as CCAPIRoutes)).toThrowError(
        /must be an object/,
      );
      expect(() => validateCCAPIRoutes({ ' ': 'chat' })).toThrowError(/empty key/);
    });
  });
});

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
});
