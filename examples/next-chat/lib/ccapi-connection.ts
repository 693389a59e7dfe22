// Server-side only: reads the environment. The page passes the client just the describe() output.

export const CCAPI_LIVE_BASE_URL = 'https://api.ccapi.ai/v1';

/**
 * Where the example sends requests, read from the environment at request time:
 * - `emulator`: `CCAPI_BASE_URL` points at a loopback address (the `@ccapi/emulator` that
 *   `pnpm dev` starts when no key is set, or the one the browser tests start);
 * - `live`: the real CCAPI (or another remote base URL) with `CCAPI_API_KEY`;
 * - `missing-key`: a remote base URL without a key; requests fail with a readable error.
 */
export interface CCAPIConnection {
  mode: 'live' | 'emulator' | 'missing-key';
  baseURL: string;
  apiKey: string | undefined;
}

export function readCCAPIConnection(): CCAPIConnection {
  const baseURL = process.env.CCAPI_BASE_URL?.trim() || CCAPI_LIVE_BASE_URL;
  const apiKey = process.env.CCAPI_API_KEY?.trim() || undefined;
  if (isLoopback(baseURL)) return { mode: 'emulator', baseURL, apiKey };
  return { mode: apiKey ? 'live' : 'missing-key', baseURL, apiKey };
}

function isLoopback(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return (
      hostname === 'localhost' ||
      hostname === '[::1]' ||
      hostname === '::1' ||
      /^127(?:\.\d{1,3}){3}$/.test(hostname)
    );
  } catch {
    return false;
  }
}

/** What the page may show about the connection (never the key). */
export function describeCCAPIConnection(connection: CCAPIConnection): {
  mode: CCAPIConnection['mode'];
  label: string;
  detail: string;
} {
  const host = safeHost(connection.baseURL);
  switch (connection.mode) {
    case 'emulator':
      return { mode: 'emulator', label: 'Local emulator', detail: host };
    case 'live':
      return { mode: 'live', label: 'Live CCAPI', detail: host };
    default:
      return {
        mode: 'missing-key',
        label: 'No API key',
        detail: 'Set CCAPI_API_KEY, or run `pnpm dev` without it to use the local emulator.',
      };
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
