import type { JSONObject, TranscriptionModelV4Result } from '@ai-sdk/provider';
import type { CCAPITranscriptionJsonResponse } from './ccapi-transcription-api';
import type { CCAPITranscriptionResponseFormat } from './ccapi-transcription-model-options';
import { mapCCAPITranscriptionLanguage } from './map-ccapi-transcription-language';
import { parseCCAPISubtitles } from './parse-ccapi-subtitles';

/** What the audio routes answered: a JSON body, or plain text (`text`, `srt`, `vtt`). */
export type CCAPITranscriptionAnswer =
  | { kind: 'json'; value: CCAPITranscriptionJsonResponse }
  | { kind: 'text'; text: string };

type ConvertedTranscription = Pick<
  TranscriptionModelV4Result,
  'text' | 'segments' | 'words' | 'language' | 'durationInSeconds' | 'usage'
>;

/**
 * Maps any answer of `/v1/audio/transcriptions` or `/translations` onto the AI SDK result:
 * - `verbose_json`: segments (text trimmed) and words with timings, the language as ISO-639-1,
 *   the duration;
 * - `json`: the text, and the duration when usage is billed by duration;
 * - `srt` / `vtt`: cues become segments and their text the transcript;
 * - `text`: the text alone.
 * A translation's language is `en`, the language of its text.
 */
export function convertCCAPITranscriptionResponse(
  answer: CCAPITranscriptionAnswer,
  options: { task: 'transcribe' | 'translate'; responseFormat: CCAPITranscriptionResponseFormat },
): ConvertedTranscription {
  if (answer.kind === 'text') {
    const isSubtitles = options.responseFormat === 'srt' || options.responseFormat === 'vtt';
    const cues = isSubtitles ? parseCCAPISubtitles(answer.text) : [];
    return {
      text: cues.length > 0 ? cues.map((cue) => cue.text).join(' ') : answer.text.trim(),
      segments: cues,
      language: options.task === 'translate' ? 'en' : undefined,
      durationInSeconds: undefined,
    };
  }

  const response = answer.value;
  const segments = (response.segments ?? []).flatMap((segment) =>
    segment.text != null && segment.start != null && segment.end != null
      ? [{ text: segment.text.trim(), startSecond: segment.start, endSecond: segment.end }]
      : [],
  );
  const words = (response.words ?? []).flatMap((word) =>
    word.word != null && word.start != null && word.end != null
      ? [{ text: word.word.trim(), startSecond: word.start, endSecond: word.end }]
      : [],
  );
  const usage = response.usage ?? undefined;
  const billedSeconds =
    usage?.type === 'duration' && typeof usage.seconds === 'number' ? usage.seconds : undefined;
  const duration = response.duration != null ? Number(response.duration) : undefined;

  return {
    text: response.text.trim(),
    // Only word timings were asked for: they are the finest segments we have.
    segments: segments.length > 0 ? segments : words,
    ...(words.length > 0 && { words }),
    language:
      mapCCAPITranscriptionLanguage(response.language) ??
      (options.task === 'translate' ? 'en' : undefined),
    durationInSeconds: duration != null && Number.isFinite(duration) ? duration : billedSeconds,
    ...(usage != null && { usage: usage as JSONObject }),
  };
}
