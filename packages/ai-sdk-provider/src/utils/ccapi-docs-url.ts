/**
 * Where the docs are published. Error messages and TSDoc link here by absolute URL: the npm
 * package does not contain `docs/`.
 */
const CCAPI_DOCS_BASE_URL = 'https://github.com/ccapi-ai/ccapi-ai/blob/main/docs';

/** `ccapiDocsUrl('models-and-routing.md#the-routing-table')` → the page on GitHub. */
export function ccapiDocsUrl(page: string): string {
  return `${CCAPI_DOCS_BASE_URL}/${page}`;
}
