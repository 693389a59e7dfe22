import { APICallError } from '@ai-sdk/provider';
import {
  extractResponseHeaders,
  type FlexibleSchema,
  type ResponseHandler,
  safeParseJSON,
  safeValidateTypes,
} from '@ai-sdk/provider-utils';
import { createCCAPIInBandAPICallError } from './create-ccapi-api-call-error';
import { readCCAPIInBandError } from './read-ccapi-error';

/**
 * Like `createJsonResponseHandler`, for CCAPI's 2xx JSON answers, plus one gateway quirk:
 * new-api relays some upstream failures as HTTP 200 with `{"error":{…}}`. Such a body becomes
 * the same `APICallError` a non-2xx answer would instead of a schema mismatch. A body that does
 * not match the schema names what was expected.
 */
export function createCCAPIJsonResponseHandler<T, R = T>(
  schema: FlexibleSchema<T>,
  options: {
    /**
     * Picks the result out of a body that matched the schema; `undefined` counts as a mismatch
     * (a body that parses but holds nothing usable). Default: the whole body.
     */
    select?: (value: T) => R | undefined;
    /** The model the call is for; left out for calls about no model (the catalog, billing). */
    modelId?: string;
    /** Completes "CCAPI answered with JSON that …", e.g. `has no embeddings`. */
    describeMismatch: string;
    /** What to check after a mismatch. Default: that the model suits the route. */
    hint?: string;
  },
): ResponseHandler<R> {
  return async ({ response, url, requestBodyValues }) => {
    const responseHeaders = extractResponseHeaders(response);
    const body = await response.text();
    const answer = {
      url,
      requestBodyValues,
      statusCode: response.status,
      responseHeaders,
      responseBody: body,
    };
    const parsed = await safeParseJSON({ text: body });
    if (!parsed.success) {
      throw new APICallError({
        ...answer,
        message: `CCAPI answered with a body that is not JSON (status ${response.status}). Check the base URL points at CCAPI's /v1.`,
        cause: parsed.error,
      });
    }
    const inBandError = readCCAPIInBandError(parsed.value, response.status);
    if (inBandError != null) {
      throw createCCAPIInBandAPICallError(inBandError, { ...answer, modelId: options.modelId });
    }
    const validated = await safeValidateTypes({ value: parsed.value, schema });
    const value = validated.success
      ? options.select
        ? options.select(validated.value)
        : (validated.value as unknown as R)
      : undefined;
    if (value === undefined) {
      throw new APICallError({
        ...answer,
        message: `CCAPI answered with JSON that ${options.describeMismatch}. ${options.hint ?? `Check that '${options.modelId}' is the right kind of model for this route.`}`,
        cause: validated.success ? undefined : validated.error,
      });
    }
    return { responseHeaders, rawValue: parsed.value, value };
  };
}
