import {
  CCAPI_SPEECH_OUTPUT_FORMATS,
  type CCAPISpeechOutputFormat,
} from './ccapi-speech-model-options';

const ALIASES: Record<string, CCAPISpeechOutputFormat> = {
  mpeg: 'mp3',
  'x-wav': 'wav',
  wave: 'wav',
  'x-flac': 'flac',
  l16: 'pcm',
};

/**
 * Accepts a format name (`mp3`) or a media type (`audio/mpeg`) and returns the
 * `/v1/audio/speech` `response_format` for it, or `undefined` when the route has none.
 */
export function normalizeCCAPISpeechOutputFormat(
  outputFormat: string,
): CCAPISpeechOutputFormat | undefined {
  const name =
    outputFormat
      .trim()
      .toLowerCase()
      .replace(/^audio\//, '')
      .split(';')[0] ?? '';
  if ((CCAPI_SPEECH_OUTPUT_FORMATS as readonly string[]).includes(name)) {
    return name as CCAPISpeechOutputFormat;
  }
  return ALIASES[name];
}
