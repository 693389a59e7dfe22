import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

// Only the fields we read; `json` answers carry just `text` (and sometimes `usage`),
// `verbose_json` adds language, duration, segments and words. A gateway or non-OpenAI upstream
// may send the duration as a string.
export const ccapiTranscriptionResponseSchema = lazySchema(() =>
  zodSchema(
    z.object({
      text: z.string(),
      language: z.string().nullish(),
      duration: z.union([z.number(), z.string()]).nullish(),
      segments: z
        .array(
          z.object({
            text: z.string().nullish(),
            start: z.number().nullish(),
            end: z.number().nullish(),
          }),
        )
        .nullish(),
      words: z
        .array(
          z.object({
            word: z.string().nullish(),
            start: z.number().nullish(),
            end: z.number().nullish(),
          }),
        )
        .nullish(),
      usage: z.record(z.string(), z.json()).nullish(),
    }),
  ),
);

export type CCAPITranscriptionJsonResponse = InferSchema<typeof ccapiTranscriptionResponseSchema>;
