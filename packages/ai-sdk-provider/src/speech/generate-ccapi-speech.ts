import {
  InvalidArgumentError,
  type SharedV4Warning,
  type SpeechModelV4,
  type SpeechModelV4CallOptions,
} from '@ai-sdk/provider';
import {
  combineHeaders,
  convertBase64ToUint8Array,
  createBinaryResponseHandler,
  createStatusCodeErrorResponseHandler,
  getFromApi,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { parseCCAPIModelOptions } from '../utils/parse-ccapi-model-options';
import type { CCAPISpeechRequestBody } from './ccapi-speech-api';
import {
  type CCAPISpeechModelId,
  ccapiSpeechModelOptionsSchema,
} from './ccapi-speech-model-options';
import { createCCAPISpeechResponseHandler } from './create-ccapi-speech-response-handler';
import { normalizeCCAPISpeechOutputFormat } from './normalize-ccapi-speech-output-format';

const DEFAULT_VOICE = 'alloy';

/** What `generateCCAPISpeech` reads from the model that calls it. */
interface CCAPISpeechModelFacts {
  modelId: CCAPISpeechModelId;
  provider: string;
  config: CCAPIConfig;
}

function prepareCCAPISpeechRequest(
  model: CCAPISpeechModelFacts,
  options: SpeechModelV4CallOptions,
) {
  const warnings: SharedV4Warning[] = [];
  const ccapiOptions = parseCCAPIModelOptions({
    providerOptions: options.providerOptions,
    schema: ccapiSpeechModelOptionsSchema,
    modelDescription: `${model.provider} model '${model.modelId}'`,
  });

  if (options.text.trim().length === 0) {
    throw new InvalidArgumentError({
      argument: 'text',
      message: 'The text to speak is empty. Pass the words to turn into audio.',
    });
  }
  if (options.speed != null && !(options.speed >= 0.25 && options.speed <= 4)) {
    throw new InvalidArgumentError({
      argument: 'speed',
      message: `speed must be between 0.25 and 4.0 (1 is normal speed), got ${options.speed}.`,
    });
  }

  let format = normalizeCCAPISpeechOutputFormat(options.outputFormat ?? 'mp3');
  if (format == null) {
    warnings.push({
      type: 'unsupported',
      feature: 'outputFormat',
      details: `Output format '${options.outputFormat}' is not offered by /v1/audio/speech (mp3, wav, opus, aac, flac, pcm); mp3 was used.`,
    });
    format = 'mp3';
  }

  let instructions = options.instructions;
  if (instructions != null && /(^|\/)tts-1(-hd)?$/.test(model.modelId)) {
    warnings.push({
      type: 'unsupported',
      feature: 'instructions',
      details: `${model.modelId} does not follow instructions; use gpt-4o-mini-tts for that. They were not sent.`,
    });
    instructions = undefined;
  }
  if (options.language != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'language',
      details: `/v1/audio/speech has no language setting; the voice speaks the language of the text. '${options.language}' was ignored.`,
    });
  }

  const delivery = ccapiOptions.delivery ?? 'audio';
  const body: CCAPISpeechRequestBody = {
    model: model.modelId,
    input: options.text,
    voice: options.voice ?? DEFAULT_VOICE,
    ...(delivery === 'url'
      ? { response_format: 'url', output_format: format }
      : { response_format: format }),
    ...(options.speed != null && { speed: options.speed }),
    ...(instructions != null && { instructions }),
  };
  return { body, warnings };
}

/**
 * `doGenerate` of `CCAPISpeechModel`: text to speech through `POST /v1/audio/speech`. Answers
 * are audio bytes; a JSON answer with a URL or base64 audio (CCAPI's older shape,
 * `providerOptions.ccapi.delivery: 'url'`) is resolved to bytes too. Loaded on the first call.
 */
export async function generateCCAPISpeech(
  model: CCAPISpeechModelFacts,
  options: SpeechModelV4CallOptions,
): Promise<Awaited<ReturnType<SpeechModelV4['doGenerate']>>> {
  const currentDate = model.config.currentDate();
  const { body, warnings } = prepareCCAPISpeechRequest(model, options);
  const headers = combineHeaders(model.config.headers(), options.headers);

  const {
    value: answer,
    responseHeaders,
    rawValue,
  } = await postJsonToApi({
    url: model.config.url('/audio/speech'),
    headers,
    body,
    failedResponseHandler: createCCAPIFailedResponseHandler({
      modelId: model.modelId,
    }),
    successfulResponseHandler: createCCAPISpeechResponseHandler({
      modelId: model.modelId,
    }),
    abortSignal: options.abortSignal,
    fetch: model.config.fetch,
  });

  const request = { body: JSON.stringify(body) };
  const response = { timestamp: currentDate, modelId: model.modelId, body: rawValue };

  if (answer.kind === 'audio') {
    return {
      audio: answer.audio,
      warnings,
      request,
      response: { ...response, headers: responseHeaders },
    };
  }
  if (answer.reference.type === 'base64') {
    return {
      audio: convertBase64ToUint8Array(answer.reference.data),
      warnings,
      request,
      response: { ...response, headers: responseHeaders },
    };
  }

  // A link taken from a response body is untrusted: it is validated (no private or loopback
  // hosts) unless it is on the configured CCAPI origin, and the key goes only to that origin.
  const audioUrl = new URL(answer.reference.url, `${model.config.urlFromRoot('')}/`).toString();
  const download = await getFromApi({
    url: audioUrl,
    headers,
    validateUrl: true,
    trustedOrigin: model.config.urlFromRoot(''),
    credentialedOrigin: model.config.urlFromRoot(''),
    successfulResponseHandler: createBinaryResponseHandler(),
    failedResponseHandler: createStatusCodeErrorResponseHandler(),
    abortSignal: options.abortSignal,
    fetch: model.config.fetch,
  });

  return {
    audio: download.value,
    warnings,
    request,
    // Headers of the audio download (its content type names the audio); body of the JSON answer.
    response: { ...response, headers: download.responseHeaders },
    providerMetadata: { ccapi: { audioUrl } },
  };
}
