import type { Transcript } from './audio-transcript';

export const TRANSCRIPT_FORMATS = ['json', 'text', 'srt', 'verbose_json', 'vtt'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

export function isTranscriptFormat(value: string): value is TranscriptFormat {
  return (TRANSCRIPT_FORMATS as readonly string[]).includes(value);
}

/**
 * Renders a transcript the way OpenAI's audio routes (and so new-api) answer for each
 * `response_format`: JSON for `json`/`verbose_json`, plain text for `text`/`srt`/`vtt`.
 */
export function formatTranscript(
  transcript: Transcript,
  options: {
    format: TranscriptFormat;
    task: 'transcribe' | 'translate';
    granularities: string[];
  },
): { contentType: string; body: string } {
  const usage = { type: 'duration', seconds: Math.ceil(transcript.durationSeconds) };
  switch (options.format) {
    case 'json':
      return json({ text: transcript.text, usage });
    case 'verbose_json': {
      // Whisper returns segments unless only word timings were asked for.
      const withSegments =
        options.granularities.length === 0 || options.granularities.includes('segment');
      const withWords = options.granularities.includes('word');
      return json({
        task: options.task,
        language: transcript.language,
        duration: transcript.durationSeconds,
        text: transcript.text,
        ...(withSegments && {
          segments: transcript.segments.map((segment, index) => ({
            id: index,
            seek: Math.round(segment.start * 100),
            start: segment.start,
            end: segment.end,
            text: ` ${segment.text}`,
            tokens: Array.from(segment.text).map((character) => character.charCodeAt(0)),
            temperature: 0,
            avg_logprob: -0.2,
            compression_ratio: 1.2,
            no_speech_prob: 0.01,
          })),
        }),
        ...(withWords && { words: transcript.words }),
        usage,
      });
    }
    case 'text':
      return { contentType: 'text/plain; charset=utf-8', body: `${transcript.text}\n` };
    case 'srt':
      return {
        contentType: 'text/plain; charset=utf-8',
        body: transcript.segments
          .map(
            (segment, index) =>
              `${index + 1}\n${timestamp(segment.start, ',')} --> ${timestamp(segment.end, ',')}\n${segment.text}\n`,
          )
          .join('\n'),
      };
    case 'vtt':
      return {
        contentType: 'text/vtt; charset=utf-8',
        body: `WEBVTT\n\n${transcript.segments
          .map(
            (segment) =>
              `${timestamp(segment.start, '.')} --> ${timestamp(segment.end, '.')}\n${segment.text}\n`,
          )
          .join('\n')}`,
      };
    default: {
      const exhaustive: never = options.format;
      throw new Error(`Unknown transcript format: ${String(exhaustive)}`);
    }
  }
}

function json(value: unknown): { contentType: string; body: string } {
  return { contentType: 'application/json', body: JSON.stringify(value) };
}

function timestamp(seconds: number, separator: ',' | '.'): string {
  const totalMilliseconds = Math.round(seconds * 1000);
  const hours = Math.floor(totalMilliseconds / 3_600_000);
  const minutes = Math.floor((totalMilliseconds % 3_600_000) / 60_000);
  const secs = Math.floor((totalMilliseconds % 60_000) / 1000);
  const milliseconds = totalMilliseconds % 1000;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(secs, 2)}${separator}${pad(milliseconds, 3)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
