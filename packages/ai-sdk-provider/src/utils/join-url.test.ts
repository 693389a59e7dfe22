import { describe, expect, it } from 'vitest';
import { getRootURL, joinURL } from './join-url';

describe('joinURL', () => {
  it.each([
    ['https://api.ccapi.ai/v1', '/chat/completions'],
    ['https://api.ccapi.ai/v1/', '/chat/completions'],
    ['https://api.ccapi.ai/v1//', 'chat/completions'],
  ])('%s + %s never doubles a slash', (base, path) => {
    expect(joinURL(base, path)).toBe('https://api.ccapi.ai/v1/chat/completions');
  });

  it('derives the root from a /v1 base URL', () => {
    expect(getRootURL('https://api.ccapi.ai/v1/')).toBe('https://api.ccapi.ai');
    expect(getRootURL('http://127.0.0.1:4010/v1')).toBe('http://127.0.0.1:4010');
    expect(getRootURL('https://proxy.test/ccapi')).toBe('https://proxy.test/ccapi');
  });
});
