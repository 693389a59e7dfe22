import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

/** The JSON body we send to `POST /v1/audio/speech`. */
export interface CCAPISpeechRequestBody {
  model: string;
  input: string;
  voice: string;
  /** The audio format, or `url` for CCAPI's older link answers (format in `output_format`). */
  response_format: string;
  output_format?: string;
  speed?: number;
  instructions?: string;
}

const audioReference = z.object({
  url: z.string().nullish(),
  audio_url: z.string().nullish(),
  b64_json: z.string().nullish(),
  audio: z.string().nullish(),
});

// A speech answer that came back as JSON instead of bytes: CCAPI's older docs answer
// `response_format: "url"` with a link; other gateways put base64 audio in JSON. Only the fields
// we read, all optional, at the top level or under `data` (object or list).
export const ccapiSpeechJsonResponseSchema = lazySchema(() =>
  zodSchema(
    audioReference.extend({
      audioUrl: z.string().nullish(),
      data: z.union([audioReference, z.array(audioReference)]).nullish(),
    }),
  ),
);

export type CCAPISpeechJsonResponse = InferSchema<typeof ccapiSpeechJsonResponseSchema>;
