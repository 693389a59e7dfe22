import type { CCAPIConfig } from '../ccapi-config';

/**
 * The key, for removing it from what a WebSocket brings back (a socket does not pass through the
 * provider's fetch, which redacts every HTTP answer). Undefined when no key is configured, as in
 * a browser that talks to a relay: nothing to redact there, and describing an error must not
 * fail on a missing key.
 */
export function readCCAPIRealtimeApiKey(config: CCAPIConfig): string | undefined {
  try {
    return config.apiKey();
  } catch {
    return undefined;
  }
}
