import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { ccapiDocsUrl } from './ccapi-docs-url';

/**
 * Reads `providerOptions.ccapi` for one call of a media model (embedding, transcription,
 * speech) against that model's strict options schema. A typo or a wrong type throws
 * `InvalidArgumentError` naming the field, what is wrong, the accepted keys and where they are
 * documented, because no request could honour the caller's intent.
 */
export function parseCCAPIModelOptions<SHAPE extends z.ZodRawShape>(options: {
  providerOptions: Record<string, unknown> | undefined;
  schema: z.ZodObject<SHAPE>;
  /** Says which model the options are for, e.g. `ccapi.embedding model 'text-embedding-3-small'`. */
  modelDescription: string;
}): z.infer<z.ZodObject<SHAPE>> {
  const raw = options.providerOptions?.ccapi;
  const knownKeys = Object.keys(options.schema.shape).join(', ');
  if (raw == null) return options.schema.parse({});
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message: `providerOptions.ccapi for ${options.modelDescription} must be an object with any of: ${knownKeys}.`,
    });
  }
  const result = options.schema.safeParse(raw);
  if (!result.success) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message: `Invalid providerOptions.ccapi for ${options.modelDescription}:\n${z.prettifyError(result.error)}\nSupported options: ${knownKeys} (see ${ccapiDocsUrl('media-audio-and-embeddings.md')}).`,
      cause: result.error,
    });
  }
  return result.data;
}
