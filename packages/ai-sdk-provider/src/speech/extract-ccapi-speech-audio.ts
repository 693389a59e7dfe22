import type { CCAPISpeechJsonResponse } from './ccapi-speech-api';

export type CCAPISpeechAudioReference =
  | { type: 'url'; url: string }
  | { type: 'base64'; data: string };

/**
 * Finds the audio in a JSON speech answer: a URL (`url`, `audio_url`, `audioUrl`) or base64
 * (`b64_json`, `audio`), at the top level or in `data` / `data[0]`. A `data:` URL counts as base64.
 */
export function extractCCAPISpeechAudio(
  response: CCAPISpeechJsonResponse,
): CCAPISpeechAudioReference | undefined {
  const nested = Array.isArray(response.data) ? response.data[0] : response.data;
  const candidates = [
    { ...response, audioUrl: response.audioUrl },
    { ...nested, audioUrl: undefined },
  ];

  for (const candidate of candidates) {
    const url = candidate.url ?? candidate.audio_url ?? candidate.audioUrl;
    if (url != null && url.length > 0) {
      const dataUrl = /^data:[^;,]*;base64,(.*)$/s.exec(url);
      return dataUrl != null
        ? { type: 'base64', data: dataUrl[1] as string }
        : { type: 'url', url };
    }
    const base64 = candidate.b64_json ?? candidate.audio;
    if (base64 != null && base64.length > 0) return { type: 'base64', data: base64 };
  }
  return undefined;
}
