import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
import { createCCAPIJsonResponseHandler } from '../errors/create-ccapi-json-response-handler';
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
 * base64; CCAPI's older `response_format: "url"` shape), read like every other JSON answer, so a
 * JSON `{"error":…}` with status 200 becomes an `APICallError`, as does JSON without any audio.
 */
export function createCCAPISpeechResponseHandler(options: {
  modelId: string;
}): ResponseHandler<CCAPISpeechAnswer> {
  const readReference = createCCAPIJsonResponseHandler(ccapiSpeechJsonResponseSchema, {
    modelId: options.modelId,
    select: extractCCAPISpeechAudio,
    describeMismatch: 'holds neither audio nor an audio URL',
    hint: `Check that '${options.modelId}' is a text-to-speech model.`,
  });
  return async (input) => {
    const { response } = input;
    if (!(response.headers.get('content-type') ?? '').includes('json')) {
      const audio = new Uint8Array(await response.arrayBuffer());
      return { responseHeaders: extractResponseHeaders(response), value: { kind: 'audio', audio } };
    }
    const { responseHeaders, rawValue, value } = await readReference(input);
    return { responseHeaders, rawValue, value: { kind: 'reference', reference: value } };
  };
}
