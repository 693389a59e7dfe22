import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

/** The body we send to `POST /v1/moderations`. */
export interface CCAPIModerationRequestBody {
  model: string;
  input:
    | string
    | string[]
    | Array<{ type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } }>;
}

// Only the fields we read, all tolerant: legacy models omit some categories, other upstreams
// may send nulls or leave `flagged` out.
export const ccapiModerationResponseSchema = lazySchema(() =>
  zodSchema(
    z.object({
      id: z.string().nullish(),
      model: z.string().nullish(),
      results: z.array(
        z.object({
          flagged: z.boolean().nullish(),
          categories: z.record(z.string(), z.boolean().nullish()).nullish(),
          category_scores: z.record(z.string(), z.number().nullish()).nullish(),
          category_applied_input_types: z
            .record(z.string(), z.array(z.string()).nullish())
            .nullish(),
        }),
      ),
    }),
  ),
);

export type CCAPIModerationResponse = InferSchema<typeof ccapiModerationResponseSchema>;
