import { randomUUID } from 'node:crypto';
import type { EmulatorContext, EmulatorRoute, EmulatorState } from '../emulator-types';
import { applyOneShotFault } from '../faults/apply-one-shot-fault';
import { sendBytes, sendCCAPIError, sendInvalidRequest, sendJson } from '../http/send-response';
import { createPcm16, createWav } from '../media-bytes/create-wav';
import { modelInBody } from '../models/reject-unknown-model';

export const SPEECH_FORMATS = ['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'] as const;
const MAX_INPUT_CHARACTERS = 4096;
const FILES_STORE = 'audio-speech-files';
/** Links stay valid for the last this-many URL answers, so a long-running emulator stays small. */
const MAX_STORED_FILES = 100;

/**
 * `POST /v1/audio/speech` (OpenAI shape, which new-api passes through) and the download route
 * for CCAPI's older `response_format: "url"` answers.
 *
 * The emulator does not encode mp3/opus/aac/flac: every format is answered with **valid WAV
 * bytes** (`content-type: audio/wav`, plus `x-emulator-requested-format`), except `pcm`, which is
 * raw 16-bit 24 kHz mono PCM like OpenAI's. The WAV carries the input text as an INFO comment, so
 * transcribing it with the emulator returns the text that was spoken.
 */
export const audioSpeechRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/v1/audio/speech',
    auth: 'bearer',
    model: modelInBody(),
    handle: handleSpeech,
  },
  {
    // Served without auth, like new-api's `/mj/image/{id}`: the URL itself is the capability.
    method: 'GET',
    path: '/v1/audio/speech/files/:id',
    auth: 'none',
    handle: (context) => {
      const file = speechFiles(context.state).get(context.params.id ?? '');
      if (file == null) {
        sendCCAPIError(context.res, 404, {
          message: `Audio file ${context.params.id} not found`,
          type: 'invalid_request_error',
        });
        return;
      }
      sendBytes(context.res, 200, file, 'audio/wav');
    },
  },
];

async function handleSpeech(context: EmulatorContext): Promise<void> {
  if (await applyOneShotFault(context)) return;
  const body = context.request.body as Record<string, unknown> | undefined;
  if (body == null || typeof body !== 'object') {
    sendInvalidRequest(context, 'The request body must be JSON: {"model","input","voice"}.');
    return;
  }
  const model = typeof body.model === 'string' ? body.model.split('~')[0] : undefined;
  if (model == null || model.length === 0) {
    sendInvalidRequest(context, 'Model name not specified, model name cannot be empty', 'model');
    return;
  }
  const input = body.input;
  if (typeof input !== 'string' || input.trim().length === 0) {
    sendInvalidRequest(context, "'input' is required: the text to speak.", 'input');
    return;
  }
  if (input.length > MAX_INPUT_CHARACTERS) {
    sendInvalidRequest(
      context,
      `'input' is too long: ${input.length} characters (maximum ${MAX_INPUT_CHARACTERS}).`,
      'input',
    );
    return;
  }
  if (typeof body.voice !== 'string' || body.voice.length === 0) {
    sendInvalidRequest(context, "'voice' is a required property.", 'voice');
    return;
  }
  const speed = body.speed ?? 1;
  if (typeof speed !== 'number' || !Number.isFinite(speed) || speed < 0.25 || speed > 4) {
    sendInvalidRequest(
      context,
      `Invalid 'speed': ${String(body.speed)}. Use a number from 0.25 to 4.0.`,
      'speed',
    );
    return;
  }

  // CCAPI's older docs send `response_format: "url"` with the audio format in `output_format`.
  const deliverUrl = body.response_format === 'url';
  const format = String((deliverUrl ? body.output_format : body.response_format) ?? 'mp3');
  if (!(SPEECH_FORMATS as readonly string[]).includes(format)) {
    sendInvalidRequest(
      context,
      `Invalid value for '${deliverUrl ? 'output_format' : 'response_format'}': '${format}'. Supported: ${SPEECH_FORMATS.join(', ')}.`,
      deliverUrl ? 'output_format' : 'response_format',
    );
    return;
  }

  // Roughly 60 ms per character at speed 1, between half a second and 30 seconds.
  const durationSeconds = Math.min(30, Math.max(0.5, (input.length * 0.06) / speed));
  const audioOptions = { durationSeconds, seed: body.voice, comment: input };
  const headers = { 'x-emulator-requested-format': format };

  if (deliverUrl) {
    const id = `${randomUUID()}.wav`;
    const files = speechFiles(context.state);
    files.set(id, createWav(audioOptions));
    // Maps iterate in insertion order: the first key is the oldest file.
    if (files.size > MAX_STORED_FILES) files.delete(files.keys().next().value as string);
    sendJson(
      context.res,
      200,
      {
        url: `${context.state.origin}/v1/audio/speech/files/${id}`,
        model,
        format: 'wav',
        duration: Math.round(durationSeconds * 1000) / 1000,
      },
      headers,
    );
    return;
  }
  if (format === 'pcm') {
    sendBytes(context.res, 200, createPcm16(audioOptions), 'audio/pcm', headers);
    return;
  }
  sendBytes(context.res, 200, createWav(audioOptions), 'audio/wav', headers);
}

function speechFiles(state: EmulatorState): Map<string, Uint8Array> {
  let files = state.stores.get(FILES_STORE) as Map<string, Uint8Array> | undefined;
  if (files == null) {
    files = new Map();
    state.stores.set(FILES_STORE, files);
  }
  return files;
}
