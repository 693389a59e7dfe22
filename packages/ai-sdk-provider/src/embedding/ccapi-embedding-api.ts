import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

/** The body we send to `POST /v1/embeddings`. */
export interface CCAPIEmbeddingRequestBody {
  model: string;
  input: string[];
  encoding_format: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

// Only the fields we read. `embedding` is an array of numbers, or a base64 string of
// little-endian float32 values when `encoding_format: "base64"` was sent (or a gateway chose it).
export const ccapiEmbeddingResponseSchema = lazySchema(() =>
  zodSchema(
    z.object({
      data: z.array(
        z.object({
          index: z.number().nullish(),
          embedding: z.union([z.array(z.number()), z.string()]),
        }),
      ),
      model: z.string().nullish(),
      usage: z
        .object({ prompt_tokens: z.number().nullish(), total_tokens: z.number().nullish() })
        .nullish(),
    }),
  ),
);

export type CCAPIEmbeddingResponse = InferSchema<typeof ccapiEmbeddingResponseSchema>;
