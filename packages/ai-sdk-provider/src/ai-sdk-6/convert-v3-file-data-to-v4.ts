import {
  InvalidPromptError,
  type SharedV4FileDataData,
  type SharedV4FileDataUrl,
} from '@ai-sdk/provider';
import type { LanguageModelV3DataContent } from '@ai-sdk/provider-v3';

/** A URL scheme (`https:`, `data:`); base64 text never contains a colon. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * V3 file data is bytes, a base64 string or a `URL`; V4 tags it (`{ type: 'data' }` or
 * `{ type: 'url' }`). Strings that carry a URL scheme are read as URLs: the V3 spec says base64,
 * but apps pass URL strings too, and base64 can never be mistaken for one.
 */
export function convertV3FileDataToV4(
  data: LanguageModelV3DataContent,
  originalUrl?: string,
): SharedV4FileDataData | SharedV4FileDataUrl {
  if (data instanceof URL) {
    return { type: 'url', url: data, ...(originalUrl != null && { originalUrl }) };
  }
  if (typeof data === 'string' && URL_SCHEME.test(data)) {
    return { type: 'url', url: parseV3Url(data), originalUrl: originalUrl ?? data };
  }
  return { type: 'data', data };
}

/** Parses a URL string from a V3 prompt; a malformed one is a prompt error, not a TypeError. */
export function parseV3Url(url: string): URL {
  try {
    return new URL(url);
  } catch (cause) {
    throw new InvalidPromptError({
      prompt: url,
      message: `'${url.slice(0, 80)}' in the prompt is not a valid URL. Pass a full URL (https://…), a data: URL, base64 text or bytes.`,
      cause,
    });
  }
}
