import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPIRoute } from './resolve-ccapi-route';

// The routing table as users meet it: `ccapi(id)` picks the model class by route.
describe('createCCAPI routing', () => {
  const ccapi = createCCAPI({ apiKey: 'sk-test' });

  it('sends Claude to messages and everything else to chat by default', () => {
    expect(ccapi('claude-sonnet-4-6').provider).toBe('ccapi.messages');
    expect(ccapi.languageModel('anthropic/claude-opus-4-6').provider).toBe('ccapi.messages');
    expect(ccapi('gemini-3-pro-preview').provider).toBe('ccapi.chat');
    expect(ccapi('gpt-5').provider).toBe('ccapi.chat');
    expect(ccapi('deepseek-v3.2').provider).toBe('ccapi.chat');
    expect(ccapi('gpt-3.5-turbo-instruct').provider).toBe('ccapi.completion');
  });

  it('applies provider overrides, longest prefix first', () => {
    const routed = createCCAPI({
      apiKey: 'sk-test',
      routes: {
        claude: 'chat',
        'claude-opus': 'messages',
        'gemini-3': 'gemini',
        openai: 'responses',
      },
    });
    expect(routed('claude-sonnet-4-6').provider).toBe('ccapi.chat');
    expect(routed('claude-opus-4-6').provider).toBe('ccapi.messages');
    expect(routed('gemini-3-pro-preview').provider).toBe('ccapi.gemini');
    expect(routed('gemini-2.5-pro').provider).toBe('ccapi.chat');
    expect(routed('gpt-5').provider).toBe('ccapi.responses');
  });

  it('applies the per-model api setting over everything', () => {
    expect(ccapi('claude-sonnet-4-6', { api: 'chat' }).provider).toBe('ccapi.chat');
    expect(ccapi('gpt-5', { api: 'responses' }).provider).toBe('ccapi.responses');
    expect(ccapi('gemini-2.5-flash', { api: 'gemini' }).provider).toBe('ccapi.gemini');
    expect(ccapi('davinci-002', { api: 'completion' }).provider).toBe('ccapi.completion');
  });

  it('rejects unknown route names with InvalidArgumentError', () => {
    expect(() => ccapi('gpt-5', { api: 'response' as CCAPIRoute })).toThrowError(
      InvalidArgumentError,
    );
    // A bad routes table fails when the provider is created.
    expect(() =>
      createCCAPI({ apiKey: 'sk-test', routes: { gemini: 'vertex' as CCAPIRoute } }),
    ).toThrowError(/Unknown CCAPI route "vertex" for routes key 'gemini'/);
  });

  it('keeps the model id as written on every route', () => {
    expect(ccapi('anthropic/claude-sonnet-4-6').modelId).toBe('anthropic/claude-sonnet-4-6');
    expect(ccapi.gemini('google/gemini-2.5-flash').modelId).toBe('google/gemini-2.5-flash');
  });
});
