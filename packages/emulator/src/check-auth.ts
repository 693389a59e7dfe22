import type { IncomingMessage } from 'node:http';
import type { EmulatorAuthStyle } from './emulator-types';

/**
 * Reads the key the way new-api's TokenAuth does: `Authorization` with or without `Bearer `;
 * `x-api-key` on the Anthropic route; `x-goog-api-key` or `?key=` on the Gemini route.
 * Returns the key found, or undefined.
 */
export function readApiKey(
  req: IncomingMessage,
  url: URL,
  style: EmulatorAuthStyle,
): string | undefined {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (style === 'anthropic') {
    const apiKey = header('x-api-key');
    if (apiKey) return apiKey;
  }
  if (style === 'gemini') {
    const googleKey = header('x-goog-api-key') ?? url.searchParams.get('key') ?? undefined;
    if (googleKey) return googleKey;
  }
  const authorization = header('authorization');
  if (!authorization) return undefined;
  return authorization.replace(/^bearer\s+/i, '').trim();
}
