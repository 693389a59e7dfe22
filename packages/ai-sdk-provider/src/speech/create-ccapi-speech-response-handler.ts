import { APICallError } from '@ai-sdk/provider';
import {
  extractResponseHeaders,
  type ResponseHandler,
  safeParseJSON,
  safeValidateTypes,
} from '@ai-sdk/provider-utils';
import { createCCAPIInBandAPICallError } from '../errors/create-ccapi-api-call-error';
import { readCCAPIInBandError } from '../errors/read-ccapi-error';
import { ccapiSpeechJsonResponseSchema } from './ccapi-speech-api';
import {
  type CCAPISpeechAudioReference,
  extractCCAPISpeechAudio,
} from './extract-ccapi-speech-audio';

export type CCAPISpeechAnswer =
  | { kind: 'audio'; audio: Uint8Array }
  | { kind: 'reference'; reference: CCAPISpeechAudioReference };

/**
 * Reads a 2xx speech answer: audio bytes (the normal case), or JSON naming the audio (a URL or
 * base64; CCAPI's older `response_format: "url"` shape). A JSON `{"error":…}` with status 200
 * becomes an `APICallError`, as does JSON without any audio in it.
 */
export function createCCAPISpeechResponseHandler(options: {
  modelId: string;
}): ResponseHandler<CCAPISpeechAnswer> {
  return async ({ response, url, requestBodyValues }) => {
    const responseHeaders = extractResponseHeaders(response);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.includes('json')) {
      return { responseHeaders, value: { kind: 'audio', audio: bytes } };
    }

    const body = new TextDecoder().decode(bytes);
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
        message: 'CCAPI labelled the speech answer as JSON but it does not parse.',
        cause: parsed.error,
      });
    }
    const inBandError = readCCAPIInBandError(parsed.value, response.status);
    if (inBandError != null) {
      throw createCCAPIInBandAPICallError(inBandError, { ...answer, modelId: options.modelId });
    }
    const validated = await safeValidateTypes({
      value: parsed.value,
      schema: ccapiSpeechJsonResponseSchema,
    });
    const reference = validated.success ? extractCCAPISpeechAudio(validated.value) : undefined;
    if (reference == null) {
      throw new APICallError({
        ...answer,
        message: `CCAPI answered the speech request with JSON that holds neither audio nor an audio URL. Check that '${options.modelId}' is a text-to-speech model.`,
        cause: validated.success ? undefined : validated.error,
      });
    }
    return { responseHeaders, rawValue: parsed.value, value: { kind: 'reference', reference } };
  };
}
