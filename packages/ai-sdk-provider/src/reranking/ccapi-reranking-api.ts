import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

/** The body we send to `POST /v1/rerank` (the Jina/Cohere format new-api relays). */
export interface CCAPIRerankRequestBody {
  model: string;
  query: string;
  /** Plain strings: object documents are sent as their JSON text (see https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/reranking.md). */
  documents: string[];
  top_n?: number;
  return_documents: boolean;
}

// Some relays pass the upstream's numbers through as JSON strings (`"0.98"`); read those too.
const number = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.number().finite(),
);

// Only the fields we read, loosely: upstreams add `id`, `model`, `meta` (Jina, Cohere), echo
// `document` as a string or an object, and a few (Voyage-style) put the list in `data` and call
// the score `score`. Unknown keys are ignored.
const rankedItemSchema = z.looseObject({
  index: number,
  relevance_score: number.nullish(),
  score: number.nullish(),
  document: z.unknown().optional(),
});

export const ccapiRerankResponseSchema = lazySchema(() =>
  zodSchema(
    z.looseObject({
      id: z.string().nullish(),
      model: z.string().nullish(),
      results: z.array(rankedItemSchema).nullish(),
      data: z.array(rankedItemSchema).nullish(),
      usage: z
        .looseObject({
          prompt_tokens: z.number().nullish(),
          total_tokens: z.number().nullish(),
          // Cohere bills "search units" instead of tokens.
          search_units: z.number().nullish(),
        })
        .nullish(),
      meta: z
        .looseObject({
          billed_units: z.looseObject({ search_units: z.number().nullish() }).nullish(),
        })
        .nullish(),
    }),
  ),
);

export type CCAPIRerankResponse = InferSchema<typeof ccapiRerankResponseSchema>;
