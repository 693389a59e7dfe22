/**
 * An audio format: a MIME type and, for raw PCM-like formats, a sample rate. The shape of
 * AI SDK 7's `SharedV4AudioFormat`, owned by CCAPI so its realtime types need no AI SDK spec
 * version (AI SDK 6 has no audio format type).
 */
export type CCAPIAudioFormat = {
  /** The audio's MIME type, e.g. `audio/pcm`, `audio/pcmu` or `audio/pcma`. */
  type: string;
  /** Sample rate in Hz, for formats that need one. */
  rate?: number;
};
