import { APICallError } from '@ai-sdk/provider';
import {
  extractResponseHeaders,
  type ResponseHandler,
  safeParseJSON,
  safeValidateTypes,
} from '@ai-sdk/provider-utils';
import { createCCAPIInBandAPICallError } from '../errors/create-ccapi-api-call-error';
import { readCCAPIInBandError } from '../errors/read-ccapi-error';
import { ccapiTranscriptionResponseSchema } from './ccapi-transcription-api';
import type { CCAPITranscriptionResponseFormat } from './ccapi-transcription-model-options';
import type { CCAPITranscriptionAnswer } from './convert-ccapi-transcription-response';

/**
 * Reads a 2xx answer of the audio text routes, whatever its shape:
 * - JSON (`json`, `verbose_json`, or any answer labelled JSON) is validated;
 * - a JSON `{"error":…}` with status 200 (new-api relays some upstream errors that way) becomes
 *   an `APICallError`;
 * - anything else is the transcript as text (`text`, `srt`, `vtt`), also when a JSON format was
 *   asked for but a gateway answered with plain text.
 */
export function createCCAPITranscriptionResponseHandler(options: {
  responseFormat: CCAPITranscriptionResponseFormat;
  modelId: string;
}): ResponseHandler<CCAPITranscriptionAnswer> {
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
    const labelledJson = (response.headers.get('content-type') ?? '').includes('json');
    const expectsJson =
      options.responseFormat === 'json' || options.responseFormat === 'verbose_json';

    if (labelledJson || (expectsJson && body.trimStart().startsWith('{'))) {
      const parsed = await safeParseJSON({ text: body });
      if (parsed.success) {
        // A body with both `error` and `text` is a transcript that happens to carry an error field.
        const inBandError = readCCAPIInBandError(parsed.value, response.status);
        if (inBandError != null && (parsed.value as { text?: unknown }).text == null) {
          throw createCCAPIInBandAPICallError(inBandError, { ...answer, modelId: options.modelId });
        }
        const validated = await safeValidateTypes({
          value: parsed.value,
          schema: ccapiTranscriptionResponseSchema,
        });
        if (!validated.success) {
          throw new APICallError({
            ...answer,
            message: `CCAPI answered the transcription with JSON that has no 'text' field. Check that the model '${options.modelId}' is a speech-to-text model.`,
            cause: validated.error,
          });
        }
        return {
          responseHeaders,
          rawValue: parsed.value,
          value: { kind: 'json', value: validated.value },
        };
      }
      if (labelledJson) {
        throw new APICallError({
          ...answer,
          message: 'CCAPI labelled the transcription answer as JSON but it does not parse.',
          cause: parsed.error,
        });
      }
    }

    return { responseHeaders, rawValue: body, value: { kind: 'text', text: body } };
  };
}
