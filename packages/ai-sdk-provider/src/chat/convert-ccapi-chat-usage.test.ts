import { describe, expect, it } from 'vitest';
import { convertCCAPIChatUsage } from './convert-ccapi-chat-usage';

describe('convertCCAPIChatUsage', () => {
  it('OpenAI: cached and reasoning tokens', () => {
    const usage = convertCCAPIChatUsage({
      prompt_tokens: 100,
      completion_tokens: 50,
      prompt_tokens_details: { cached_tokens: 40 },
      completion_tokens_details: { reasoning_tokens: 30 },
    });
    expect(usage.inputTokens).toEqual({
      total: 100,
      noCache: 60,
      cacheRead: 40,
      cacheWrite: undefined,
    });
    expect(usage.outputTokens).toEqual({ total: 50, text: 20, reasoning: 30 });
    expect(usage.raw).toMatchObject({ prompt_tokens: 100 });
  });

  it('DeepSeek: prompt_cache_hit_tokens counts as cache read', () => {
    const usage = convertCCAPIChatUsage({
      prompt_tokens: 20,
      completion_tokens: 5,
      prompt_cache_hit_tokens: 16,
      prompt_cache_miss_tokens: 4,
    });
    expect(usage.inputTokens.cacheRead).toBe(16);
    expect(usage.inputTokens.noCache).toBe(4);
  });

  it('Claude via the relay: cache writes from cached_creation_tokens', () => {
    const usage = convertCCAPIChatUsage({
      prompt_tokens: 1250,
      completion_tokens: 80,
      usage_semantic: 'openai',
      prompt_tokens_details: { cached_tokens: 1000, cached_creation_tokens: 200 },
      completion_tokens_details: { reasoning_tokens: 0 },
      claude_cache_creation_5_m_tokens: 200,
    });
    expect(usage.inputTokens).toEqual({
      total: 1250,
      noCache: 50,
      cacheRead: 1000,
      cacheWrite: 200,
    });
  });

  it('Claude via an older relay build: prompt_tokens without the cache is detected', () => {
    const usage = convertCCAPIChatUsage({
      prompt_tokens: 50,
      completion_tokens: 80,
      prompt_tokens_details: { cached_tokens: 1000, cached_creation_tokens: 200 },
    });
    expect(usage.inputTokens).toEqual({
      total: 1250,
      noCache: 50,
      cacheRead: 1000,
      cacheWrite: 200,
    });
  });

  it('clamps text tokens at zero when reasoning exceeds completion', () => {
    const usage = convertCCAPIChatUsage({
      prompt_tokens: 1,
      completion_tokens: 10,
      completion_tokens_details: { reasoning_tokens: 12 },
    });
    expect(usage.outputTokens.text).toBe(0);
  });

  it('no usage: every number undefined', () => {
    const usage = convertCCAPIChatUsage(undefined);
    expect(usage.inputTokens.total).toBeUndefined();
    expect(usage.outputTokens.total).toBeUndefined();
  });
});
