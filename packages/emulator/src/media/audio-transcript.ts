import { readWav } from './audio-read-wav';

export interface TranscriptSegment {
  text: string;
  start: number;
  end: number;
}

export interface TranscriptWord {
  word: string;
  start: number;
  end: number;
}

export interface Transcript {
  text: string;
  /** Whisper reports the language as an English name (`english`), not an ISO code. */
  language: string;
  durationSeconds: number;
  segments: TranscriptSegment[];
  words: TranscriptWord[];
}

const SENTENCES = [
  'Welcome to the CCAPI emulator.',
  'This transcript is generated deterministically from the uploaded audio.',
  'The same file always produces the same words and timings.',
  'Segments carry start and end times in seconds.',
  'Use speech from the emulator to get your own text back.',
  'Nothing here leaves your machine.',
];

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'english',
  de: 'german',
  es: 'spanish',
  fr: 'french',
  it: 'italian',
  ja: 'japanese',
  ko: 'korean',
  nl: 'dutch',
  pt: 'portuguese',
  ru: 'russian',
  zh: 'chinese',
};

/**
 * Produces a deterministic transcript for an uploaded file:
 * - WAV made by the emulator's speech route carries its input text (an INFO comment), which
 *   comes back verbatim, so speech → transcription round-trips;
 * - any other file gets two or three sentences picked by a hash of its bytes.
 * The duration is the WAV's real length, or an estimate at 128 kbit/s for compressed formats.
 */
export function createTranscript(options: {
  audio: Buffer;
  language?: string;
  task: 'transcribe' | 'translate';
}): Transcript {
  const wav = readWav(options.audio);
  const text = wav?.comment?.trim() || pickSentences(options.audio);
  const durationSeconds = round(wav?.durationSeconds ?? Math.max(1, options.audio.length / 16_000));
  const language =
    options.task === 'translate'
      ? 'english'
      : (LANGUAGE_NAMES[(options.language ?? 'en').toLowerCase()] ?? options.language ?? 'english');

  const segments = splitIntoSegments(text, durationSeconds);
  return { text, language, durationSeconds, segments, words: splitIntoWords(segments) };
}

function pickSentences(audio: Buffer): string {
  const hash = fnv1a(audio);
  const count = 2 + (hash % 2);
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    picked.push(SENTENCES[(hash + i * 7) % SENTENCES.length] as string);
  }
  return picked.join(' ');
}

function splitIntoSegments(text: string, durationSeconds: number): TranscriptSegment[] {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 0);
  const totalCharacters = sentences.reduce((sum, sentence) => sum + sentence.length, 0) || 1;
  const segments: TranscriptSegment[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const length = (sentence.length / totalCharacters) * durationSeconds;
    segments.push({ text: sentence, start: round(cursor), end: round(cursor + length) });
    cursor += length;
  }
  return segments;
}

function splitIntoWords(segments: TranscriptSegment[]): TranscriptWord[] {
  const words: TranscriptWord[] = [];
  for (const segment of segments) {
    const parts = segment.text.split(/\s+/).filter((part) => part.length > 0);
    const step = (segment.end - segment.start) / (parts.length || 1);
    parts.forEach((part, index) => {
      words.push({
        word: part.replace(/[.,!?;:]+$/, ''),
        start: round(segment.start + index * step),
        end: round(segment.start + (index + 1) * step),
      });
    });
  }
  return words;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function fnv1a(bytes: Buffer): number {
  let hash = 2166136261;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619);
  return hash >>> 0;
}
