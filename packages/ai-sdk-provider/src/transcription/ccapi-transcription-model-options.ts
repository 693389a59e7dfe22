import { z } from 'zod/v4';

// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPITranscriptionModelId } from '../catalog/generated/ccapi-transcription-model-ids';

export const CCAPI_TRANSCRIPTION_RESPONSE_FORMATS = [
  'verbose_json',
  'json',
  'text',
  'srt',
  'vtt',
] as const;

export type CCAPITranscriptionResponseFormat =
  (typeof CCAPI_TRANSCRIPTION_RESPONSE_FORMATS)[number];

/** `providerOptions.ccapi` for transcription models. */
export const ccapiTranscriptionModelOptionsSchema = z.strictObject({
  /**
   * `transcribe` keeps the spoken language (`POST /v1/audio/transcriptions`); `translate` turns
   * the speech into English text (`POST /v1/audio/translations`, `whisper-1`).
   * Default: `transcribe`.
   */
  task: z.enum(['transcribe', 'translate']).optional(),
  /**
   * The spoken language as an ISO-639-1 code (`en`, `de`, `zh`). Improves accuracy and latency.
   * Not accepted by translations. Default: detected.
   */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/i, 'Use an ISO-639-1 code such as "en" or "de".')
    .optional(),
  /** Text that guides style or continues a previous segment (names, spelling). Default: none. */
  prompt: z.string().optional(),
  /** Sampling temperature from 0 to 1. Default: the model's (0). */
  temperature: z.number().min(0).max(1).optional(),
  /**
   * The wire format to ask for. `verbose_json` returns segments with timestamps, the language and
   * the duration; `json` and `text` only the text; `srt` and `vtt` subtitles, which are parsed into
   * segments. Default: `verbose_json`, or `json` for `gpt-4o*-transcribe` models, which do not
   * offer `verbose_json`.
   */
  responseFormat: z.enum(CCAPI_TRANSCRIPTION_RESPONSE_FORMATS).optional(),
  /**
   * Timings to ask for, sent as `timestamp_granularities[]` (only with `verbose_json`). Overrides
   * the call's `timestampGranularities`. Default: the call's setting, else the API's (segments).
   */
  timestampGranularities: z.array(z.enum(['word', 'segment'])).optional(),
});

export type CCAPITranscriptionModelOptions = z.infer<typeof ccapiTranscriptionModelOptionsSchema>;
