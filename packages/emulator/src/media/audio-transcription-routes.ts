import type { EmulatorContext, EmulatorRoute, RecordedRequest } from '../emulator-types';
import { applyOneShotFault } from '../faults/apply-one-shot-fault';
import { applyStatusFault } from '../faults/apply-status-fault';
import { splitModelFault } from '../faults/emulator-fault';
import { currentRequestId } from '../http/request-id';
import { sendInvalidRequest } from '../http/send-response';
import {
  formatTranscript,
  isTranscriptFormat,
  TRANSCRIPT_FORMATS,
} from './audio-format-transcript';
import { parseMultipart } from './audio-parse-multipart';
import { createTranscript } from './audio-transcript';

/**
 * `POST /v1/audio/transcriptions` and `POST /v1/audio/translations`: OpenAI-style multipart
 * uploads (new-api passes them through). Answers every `response_format`, validates like the
 * upstream does (a `file` and a `model` are required; `timestamp_granularities` only with
 * `verbose_json`; translations take no `language`), and applies `~fault:` model suffixes, which
 * the generic JSON fault reader cannot see inside a multipart body.
 */
export const audioTranscriptionRoutes: EmulatorRoute[] = [
  createAudioTextRoute('/v1/audio/transcriptions', 'transcribe'),
  createAudioTextRoute('/v1/audio/translations', 'translate'),
];

type AudioTask = 'transcribe' | 'translate';

function createAudioTextRoute(path: string, task: AudioTask): EmulatorRoute {
  const route: EmulatorRoute = {
    method: 'POST',
    path,
    auth: 'bearer',
    model: (request) =>
      parseMultipart(readHeader(request, 'content-type'), request.rawBody)?.fields.get(
        'model',
      )?.[0],
    handle: (context) => handleAudioText(context, route, task),
  };
  return route;
}

async function handleAudioText(
  context: EmulatorContext,
  route: EmulatorRoute,
  task: AudioTask,
): Promise<void> {
  const res = context.res;
  const contentType = readHeader(context.request, 'content-type');
  const form = parseMultipart(contentType, context.request.rawBody);
  if (form == null) {
    sendInvalidRequest(
      context,
      'The request must be multipart/form-data with a `file` and a `model` field.',
    );
    return;
  }

  const field = (name: string) => form.fields.get(name)?.[0];
  const rawModel = field('model');
  if (rawModel == null || rawModel.trim().length === 0) {
    sendInvalidRequest(
      context,
      `Model name not specified, model name cannot be empty (request id: ${currentRequestId()})`,
      'model',
    );
    return;
  }
  // The generic fault reader only sees JSON bodies, so `~fault:` suffixes are read here.
  const fault = context.fault ?? splitModelFault(rawModel).fault;
  if (fault != null && applyStatusFault(res, fault, route, { model: rawModel })) return;
  if (await applyOneShotFault(context, fault)) return;

  const file = form.files.get('file');
  if (file == null) {
    sendInvalidRequest(
      context,
      "'file' is a required property. Upload the audio as a multipart file part.",
      'file',
    );
    return;
  }
  if (file.data.length === 0) {
    sendInvalidRequest(context, 'The audio file is empty.', 'file');
    return;
  }

  const responseFormat = field('response_format') ?? 'json';
  if (!isTranscriptFormat(responseFormat)) {
    sendInvalidRequest(
      context,
      `Invalid value for 'response_format': '${responseFormat}'. Supported: ${TRANSCRIPT_FORMATS.join(', ')}.`,
      'response_format',
    );
    return;
  }

  const temperature = field('temperature');
  if (temperature != null) {
    const value = Number(temperature);
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      sendInvalidRequest(
        context,
        `Invalid 'temperature': ${temperature}. Use a number from 0 to 1.`,
        'temperature',
      );
      return;
    }
  }

  const granularities = [
    ...(form.fields.get('timestamp_granularities[]') ?? []),
    ...(form.fields.get('timestamp_granularities') ?? []),
  ];
  const language = field('language');
  if (task === 'translate') {
    for (const unsupported of [
      'language',
      'timestamp_granularities[]',
      'timestamp_granularities',
    ]) {
      if (form.fields.has(unsupported)) {
        sendInvalidRequest(
          context,
          `Unrecognized request argument supplied: ${unsupported}`,
          unsupported,
        );
        return;
      }
    }
  }
  for (const granularity of granularities) {
    if (granularity !== 'word' && granularity !== 'segment') {
      sendInvalidRequest(
        context,
        `Invalid timestamp granularity '${granularity}'. Use 'word' or 'segment'.`,
        'timestamp_granularities',
      );
      return;
    }
  }
  if (granularities.length > 0 && responseFormat !== 'verbose_json') {
    sendInvalidRequest(
      context,
      "timestamp_granularities is only supported with response_format 'verbose_json'.",
      'timestamp_granularities',
    );
    return;
  }

  const transcript = createTranscript({ audio: file.data, language, task });
  const { contentType: answerType, body } = formatTranscript(transcript, {
    format: responseFormat,
    task,
    granularities,
  });
  res.writeHead(200, { 'content-type': answerType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readHeader(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
