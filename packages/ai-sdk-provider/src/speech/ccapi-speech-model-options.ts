import { z } from 'zod/v4';

// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPISpeechModelId } from '../catalog/generated/ccapi-speech-model-ids';

/** Audio formats `/v1/audio/speech` can return (the call's `outputFormat`). */
export const CCAPI_SPEECH_OUTPUT_FORMATS = ['mp3', 'wav', 'opus', 'aac', 'flac', 'pcm'] as const;

export type CCAPISpeechOutputFormat = (typeof CCAPI_SPEECH_OUTPUT_FORMATS)[number];

/** `providerOptions.ccapi` for speech models. Voice, format, speed and instructions are call settings. */
export const ccapiSpeechModelOptionsSchema = z.strictObject({
  /**
   * How the audio comes back. `audio`: the bytes in the response (OpenAI's shape). `url`: CCAPI's
   * older text-to-speech shape, which sends `response_format: "url"` with the format in
   * `output_format` and answers with a link; the provider downloads it (with your key only if
   * the link is on your CCAPI host). Either way the result holds the audio bytes.
   * Default: `audio`.
   */
  delivery: z.enum(['audio', 'url']).optional(),
});

export type CCAPISpeechModelOptions = z.infer<typeof ccapiSpeechModelOptionsSchema>;
