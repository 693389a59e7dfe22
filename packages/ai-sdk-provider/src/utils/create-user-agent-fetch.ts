import type { FetchFunction } from '@ai-sdk/provider-utils';

/**
 * Wraps fetch so every request's user agent ends with our suffix. The AI SDK passes its own
 * `user-agent` as a call header, which replaces the one from the provider's headers; adding the
 * suffix at the fetch level keeps it on every route, including the official models we reuse.
 */
export function createUserAgentFetch(suffix: string, fetch?: FetchFunction): FetchFunction {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    const userAgent = headers.get('user-agent');
    if (userAgent == null || !userAgent.includes(suffix)) {
      headers.set('user-agent', userAgent ? `${userAgent} ${suffix}` : suffix);
    }
    return (fetch ?? globalThis.fetch)(input, { ...init, headers });
  };
}
