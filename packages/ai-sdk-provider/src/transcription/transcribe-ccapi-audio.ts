import {
  InvalidArgumentError,
  type SharedV4Warning,
  type TranscriptionModelV4,
  type TranscriptionModelV4CallOptions,
} from '@ai-sdk/provider';
import {
  combineHeaders,
  convertBase64ToUint8Array,
  mediaTypeToExtension,
  postFormDataToApi,
} from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { parseCCAPIModelOptions } from '../utils/parse-ccapi-model-options';
import {
  type CCAPITranscriptionModelId,
  type CCAPITranscriptionResponseFormat,
  ccapiTranscriptionModelOptionsSchema,
} from './ccapi-transcription-model-options';
import { convertCCAPITranscriptionResponse } from './convert-ccapi-transcription-response';
import { createCCAPITranscriptionResponseHandler } from './create-ccapi-transcription-response-handler';

/** What `transcribeCCAPIAudio` reads from the model that calls it. */
interface CCAPITranscriptionModelFacts {
  modelId: CCAPITranscriptionModelId;
  provider: string;
  config: CCAPIConfig;
}

function prepareCCAPITranscriptionRequest(
  model: CCAPITranscriptionModelFacts,
  options: TranscriptionModelV4CallOptions,
) {
  const warnings: SharedV4Warning[] = [];
  const ccapiOptions = parseCCAPIModelOptions({
    providerOptions: options.providerOptions,
    schema: ccapiTranscriptionModelOptionsSchema,
    modelDescription: `${model.provider} model '${model.modelId}'`,
  });

  const audio =
    typeof options.audio === 'string' ? convertBase64ToUint8Array(options.audio) : options.audio;
  if (audio.byteLength === 0) {
    throw new InvalidArgumentError({
      argument: 'audio',
      message:
        'The audio to transcribe is empty. Pass the bytes (or base64) of an audio file such as mp3, wav, m4a or webm.',
    });
  }

  const task = ccapiOptions.task ?? 'transcribe';
  const responseFormat: CCAPITranscriptionResponseFormat =
    ccapiOptions.responseFormat ?? defaultResponseFormat(model.modelId);

  const formData = new FormData();
  formData.append('model', model.modelId);
  formData.append(
    'file',
    new File(
      [audio as Uint8Array<ArrayBuffer>],
      `audio.${mediaTypeToExtension(options.mediaType)}`,
      {
        type: options.mediaType,
      },
    ),
  );
  formData.append('response_format', responseFormat);
  if (ccapiOptions.prompt != null) formData.append('prompt', ccapiOptions.prompt);
  if (ccapiOptions.temperature != null) {
    formData.append('temperature', String(ccapiOptions.temperature));
  }

  if (ccapiOptions.language != null) {
    if (task === 'translate') {
      warnings.push({
        type: 'unsupported',
        feature: 'providerOptions.ccapi.language',
        details: 'Translations always produce English and take no input language; it was not sent.',
      });
    } else {
      formData.append('language', ccapiOptions.language.toLowerCase());
    }
  }

  for (const granularity of getTimestampGranularities(options, ccapiOptions, {
    task,
    responseFormat,
    warnings,
  })) {
    formData.append('timestamp_granularities[]', granularity);
  }

  return { formData, warnings, task, responseFormat };
}

/**
 * `timestamp_granularities[]` is only valid for transcriptions in `verbose_json`; anything else
 * is reported as a warning and not sent. A call asking for words also keeps segments (the
 * API's default), so `segments` stays populated.
 */
function getTimestampGranularities(
  options: TranscriptionModelV4CallOptions,
  ccapiOptions: { timestampGranularities?: Array<'word' | 'segment'> },
  context: {
    task: 'transcribe' | 'translate';
    responseFormat: CCAPITranscriptionResponseFormat;
    warnings: SharedV4Warning[];
  },
): Array<'word' | 'segment'> {
  const explicit = ccapiOptions.timestampGranularities;
  const requested = explicit ?? options.timestampGranularities ?? [];
  if (requested.length === 0) return [];

  const feature =
    explicit != null ? 'providerOptions.ccapi.timestampGranularities' : 'timestampGranularities';
  if (context.task === 'translate') {
    context.warnings.push({
      type: 'unsupported',
      feature,
      details:
        'Translations do not take timestamp granularities; verbose_json translations return segment timings anyway.',
    });
    return [];
  }
  if (context.responseFormat !== 'verbose_json') {
    context.warnings.push({
      type: 'unsupported',
      feature,
      details: `Timestamps need responseFormat 'verbose_json'; '${context.responseFormat}' returns none, so ${requested.join(' and ')} timings were not requested.`,
    });
    return [];
  }
  if (explicit == null && requested.includes('word') && !requested.includes('segment')) {
    return ['segment', 'word'];
  }
  return [...new Set(requested)];
}

/**
 * Speech to text through CCAPI's OpenAI-style audio routes (multipart upload):
 * `POST /v1/audio/transcriptions`, or `POST /v1/audio/translations` with
 * `providerOptions.ccapi.task: 'translate'` (English output).
 *
 * `doGenerate` of `CCAPITranscriptionModel`, loaded on its first call.
 */
export async function transcribeCCAPIAudio(
  model: CCAPITranscriptionModelFacts,
  options: TranscriptionModelV4CallOptions,
): Promise<Awaited<ReturnType<TranscriptionModelV4['doGenerate']>>> {
  const currentDate = model.config.currentDate();
  const { formData, warnings, task, responseFormat } = prepareCCAPITranscriptionRequest(
    model,
    options,
  );

  const {
    value: answer,
    responseHeaders,
    rawValue,
  } = await postFormDataToApi({
    url: model.config.url(task === 'translate' ? '/audio/translations' : '/audio/transcriptions'),
    headers: combineHeaders(model.config.headers(), options.headers),
    formData,
    failedResponseHandler: createCCAPIFailedResponseHandler({
      modelId: model.modelId,
    }),
    successfulResponseHandler: createCCAPITranscriptionResponseHandler({
      responseFormat,
      modelId: model.modelId,
    }),
    abortSignal: options.abortSignal,
    fetch: model.config.fetch,
  });

  return {
    ...convertCCAPITranscriptionResponse(answer, { task, responseFormat }),
    warnings,
    response: {
      timestamp: currentDate,
      modelId: model.modelId,
      headers: responseHeaders,
      body: rawValue,
    },
    providerMetadata: { ccapi: { task, responseFormat } },
  };
}

/** `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` only answer `json` or `text`. */
function defaultResponseFormat(modelId: string): CCAPITranscriptionResponseFormat {
  return /(^|\/)gpt-4o(-mini)?-transcribe/.test(modelId) ? 'json' : 'verbose_json';
}
