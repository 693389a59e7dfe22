import { z } from 'zod/v4';

// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPIEmbeddingModelId } from '../catalog/generated/ccapi-embedding-model-ids';

/** `providerOptions.ccapi` for embedding models. */
export const ccapiEmbeddingModelOptionsSchema = z.strictObject({
  /**
   * The vector size, for models that can shorten their vectors (text-embedding-3-*). The same as
   * the AI SDK 7 `dimensions` call option, which AI SDK 6 does not have; overrides it when both
   * are set. Default: the model's full size.
   */
  dimensions: z.number().optional(),
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
