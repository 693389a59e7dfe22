import { z } from 'zod/v4';

// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPIEmbeddingModelId } from '../catalog/generated/ccapi-embedding-model-ids';

/** `providerOptions.ccapi` for embedding models. Use the call's `dimensions` for the vector size. */
export const ccapiEmbeddingModelOptionsSchema = z.strictObject({
  /**
   * How vectors travel over the wire. `base64` (little-endian float32) is about a third of the
   * size of `float` JSON; the provider decodes it, so results are plain numbers either way.
   * Default: `float`.
   */
  encodingFormat: z.enum(['float', 'base64']).optional(),
  /**
   * An id for your end user, forwarded as OpenAI's `user` field for abuse monitoring.
   * Default: not sent.
   */
  user: z.string().min(1).optional(),
});

export type CCAPIEmbeddingModelOptions = z.infer<typeof ccapiEmbeddingModelOptionsSchema>;
