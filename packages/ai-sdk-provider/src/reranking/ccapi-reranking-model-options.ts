import { z } from 'zod/v4';

/** `providerOptions.ccapi` for reranking models. Use the call's `topN` to limit the results. */
export const ccapiRerankingModelOptionsSchema = z.strictObject({
  /**
   * Ask the upstream to echo each ranked document in its answer (`return_documents`). The AI SDK
   * already maps every ranking to your original document, so this only makes the answer larger;
   * the echoed documents are kept in `response.body`. Default: `false`.
   */
  returnDocuments: z.boolean().optional(),
});

export type CCAPIRerankingModelOptions = z.infer<typeof ccapiRerankingModelOptionsSchema>;
