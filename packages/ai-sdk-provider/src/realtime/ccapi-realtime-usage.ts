/**
 * Token and duration counts of a realtime response or transcription, as the upstream reports
 * them: input counts include their cached part, which is also given on its own. Fields the
 * upstream does not report are absent. AI SDK 7's `Experimental_RealtimeModelV4Usage` shape.
 */
export type CCAPIRealtimeUsage = {
  /** Input tokens of every modality, cached ones included. */
  inputTokens?: number;
  /** Output tokens of every modality. */
  outputTokens?: number;
  /** The cached part of `inputTokens`. */
  cachedInputTokens?: number;
  inputTextTokens?: number;
  inputAudioTokens?: number;
  outputTextTokens?: number;
  outputAudioTokens?: number;
  /** The cached part of `inputTextTokens`. */
  cachedInputTextTokens?: number;
  /** The cached part of `inputAudioTokens`. */
  cachedInputAudioTokens?: number;
  /** Audio seconds, for transcription billed by duration. */
  seconds?: number;
};
