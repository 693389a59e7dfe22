import { APICallError } from '@ai-sdk/provider';
import { combineHeaders, getFromApi } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { createCCAPIJsonResponseHandler } from '../errors/create-ccapi-json-response-handler';
import { ccapiModelListResponseSchema } from './ccapi-catalog-api';
import type { CCAPIModelList } from './ccapi-catalog-model';
import { readCCAPIModelList } from './read-ccapi-model-list';

/**
 * Reads the whole catalog (`GET /v1/models`, Bearer key). No filter goes on the wire: new-api
 * ignores `provider` and `type`, and the docs' server spells types its own way, so filtering
 * happens on the list this returns.
 */
export async function fetchCCAPICatalog(
  config: CCAPIConfig,
  options: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> } = {},
): Promise<CCAPIModelList> {
  const url = config.url('/models');
  const { value, responseHeaders } = await getFromApi({
    url,
    headers: combineHeaders(config.headers(), options.headers),
    failedResponseHandler: createCCAPIFailedResponseHandler({}),
    successfulResponseHandler: createCCAPIJsonResponseHandler(ccapiModelListResponseSchema, {
      describeMismatch: 'has no model list (`data` or `models` array)',
      hint: `Check that the base URL points at CCAPI's /v1 (GET ${url}).`,
    }),
    abortSignal: options.abortSignal,
    fetch: config.fetch,
  });
  if (value.success === false) {
    const reason = typeof value.message === 'string' ? value.message : 'no reason given';
    throw new APICallError({
      message: `CCAPI could not list its models (success: false): ${reason}. Retry later; if it persists, check the key's account.`,
      url,
      requestBodyValues: undefined,
      statusCode: 200,
      responseHeaders,
      responseBody: JSON.stringify(value),
      isRetryable: true,
    });
  }
  return readCCAPIModelList(value);
}
