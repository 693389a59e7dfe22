import { InvalidArgumentError } from '@ai-sdk/provider';

// Endpoint paths people paste into `baseURL` with the base: the provider appends them itself.
const ENDPOINT_SUFFIX =
  /\/(chat\/completions|completions|messages|responses|embeddings|images\/generations|audio\/(speech|transcriptions|translations)|moderations|models|rerank|video\/generations)\/?$/i;

/**
 * Checks `createCCAPI({ baseURL })` when the provider is created, so a wrong value fails with a
 * fix instead of as a confusing answer at the first request. Returns the URL without trailing
 * slashes. A URL without `/v1` is allowed (a proxy may mount CCAPI anywhere); a 404 from it then
 * says to add `/v1`.
 */
export function validateCCAPIBaseURL(value: unknown): string {
  const fail = (problem: string, instead: string): never => {
    throw new InvalidArgumentError({
      argument: 'baseURL',
      message: `Invalid CCAPI baseURL ${JSON.stringify(value)}: ${problem} Write ${instead} (CCAPI's is https://api.ccapi.ai/v1).`,
    });
  };
  if (typeof value !== 'string' || value.trim() === '') {
    return fail('it must be a non-empty string.', "the base of CCAPI's OpenAI-style routes");
  }
  const text = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return fail('it has no scheme.', `'https://${text.replace(/^\/+/, '')}'`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('it is not a URL.', 'an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(
      `the scheme ${url.protocol} is not http(s).`,
      `'https://${url.host}${url.pathname}'`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    return fail(
      'it has a query or a fragment, which the route paths would be appended after.',
      `'${url.origin}${url.pathname.replace(/\/+$/, '')}'`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path.includes('//')) {
    return fail(
      "its path has a doubled slash, which CCAPI's gateway answers with its web page.",
      `'${url.origin}${path.replace(/\/{2,}/g, '/')}'`,
    );
  }
  const endpoint = ENDPOINT_SUFFIX.exec(path);
  if (endpoint != null) {
    return fail(
      `it ends with the endpoint '/${endpoint[1]}', which the provider appends itself.`,
      `'${url.origin}${path.slice(0, endpoint.index)}'`,
    );
  }
  if (/^\/api(\/|$)/i.test(path)) {
    return fail(
      "'/api' is the gateway's own dashboard API, not the model routes.",
      `'${url.origin}/v1'`,
    );
  }
  if (/\/v1beta$/i.test(path)) {
    return fail(
      'it points at the Gemini route; the provider derives /v1beta from the /v1 base itself.',
      `'${url.origin}${path.replace(/\/v1beta$/i, '/v1')}'`,
    );
  }
  return `${url.origin}${path}`;
}
