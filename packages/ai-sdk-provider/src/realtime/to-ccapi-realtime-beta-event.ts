import { asRecord } from '../utils/json-record';

const BETA_AUDIO_FORMATS: Record<string, string> = {
  'audio/pcm': 'pcm16',
  'audio/pcmu': 'g711_ulaw',
  'audio/pcma': 'g711_alaw',
};

/**
 * Rewrites a GA client event (what the official serializer produces) into the beta protocol
 * (`OpenAI-Beta: realtime=v1`) for relays that speak beta upstream: `session.update` loses
 * `type`/`model` and moves `output_modalities` → `modalities` and `audio.{input,output}` →
 * `voice`, `input_audio_format`, `output_audio_format`, `input_audio_transcription`,
 * `turn_detection`; `response.create` moves `output_modalities` → `modalities`. Beta needs text
 * next to audio, so `['audio']` becomes `['audio', 'text']`. Other events are the same in both.
 */
export function toCCAPIRealtimeBetaEvent(event: unknown): unknown {
  const record = asRecord(event);
  if (record?.type === 'session.update') {
    const session = asRecord(record.session);
    if (session == null) return event;
    const { type: _type, model: _model, audio, output_modalities, ...rest } = session;
    const input = asRecord(asRecord(audio)?.input);
    const output = asRecord(asRecord(audio)?.output);
    const beta: Record<string, unknown> = { ...rest };
    if (output_modalities != null) beta.modalities = betaModalities(output_modalities);
    if (output?.voice != null) beta.voice = output.voice;
    const inputFormat = betaFormat(input?.format);
    if (inputFormat != null) beta.input_audio_format = inputFormat;
    const outputFormat = betaFormat(output?.format);
    if (outputFormat != null) beta.output_audio_format = outputFormat;
    if (input != null && 'transcription' in input)
      beta.input_audio_transcription = input.transcription;
    if (input != null && 'turn_detection' in input) beta.turn_detection = input.turn_detection;
    return { ...record, session: beta };
  }
  if (record?.type === 'response.create') {
    const response = asRecord(record.response);
    if (response?.output_modalities == null) return event;
    const { output_modalities, ...rest } = response;
    return { ...record, response: { ...rest, modalities: betaModalities(output_modalities) } };
  }
  return event;
}

function betaModalities(value: unknown): unknown {
  return Array.isArray(value) && value.includes('audio') ? ['audio', 'text'] : value;
}

function betaFormat(value: unknown): string | undefined {
  const type = asRecord(value)?.type;
  return typeof type === 'string' ? (BETA_AUDIO_FORMATS[type] ?? type) : undefined;
}
