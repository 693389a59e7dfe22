import type { CCAPIAudioFormat } from '../shared/ccapi-audio-format';
import type { CCAPIRealtimeToolDefinition } from './ccapi-realtime-tool-definition';

/** Which model transcribes audio, and how. */
export type CCAPIRealtimeTranscriptionConfig = {
  model?: string;
  /** A language hint. */
  language?: string;
  /** Text that guides the transcription. */
  prompt?: string;
};

/**
 * A realtime session's configuration (sent as `session.update`), in the AI SDK's provider-neutral
 * shape: the same fields as AI SDK 7's `Experimental_RealtimeModelV4SessionConfig`, so either
 * can be passed where the other is expected.
 */
export type CCAPIRealtimeSessionConfig = {
  /** System instructions. */
  instructions?: string;
  /** The output voice. */
  voice?: string;
  outputModalities?: Array<'text' | 'audio'>;
  inputAudioFormat?: CCAPIAudioFormat;
  /** Transcribe the user's audio (`input-transcription-completed` events). */
  inputAudioTranscription?: CCAPIRealtimeTranscriptionConfig;
  /** Transcribe the model's audio (`audio-transcript-delta` / `-done` events). */
  outputAudioTranscription?: CCAPIRealtimeTranscriptionConfig;
  outputAudioFormat?: CCAPIAudioFormat;
  /** Voice activity detection; `null` or `type: 'disabled'` for push-to-talk. */
  turnDetection?: {
    type: 'server-vad' | 'semantic-vad' | 'disabled';
    /** Activation threshold, 0 to 1 (higher needs louder audio). */
    threshold?: number;
    /** Silence, in ms, that ends the user's turn. */
    silenceDurationMs?: number;
    /** Audio, in ms, kept from before the detected start of speech. */
    prefixPaddingMs?: number;
  } | null;
  tools?: CCAPIRealtimeToolDefinition[];
  /** Provider-specific session fields; CCAPI reads `ccapi` (extra OpenAI Realtime fields). */
  providerOptions?: Record<string, unknown>;
};
