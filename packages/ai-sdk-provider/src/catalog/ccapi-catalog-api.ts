import { type InferSchema, lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';

/**
 * `GET /v1/models`: new-api's `{success: true, object: "list", data}`, the docs' and OpenAI's
 * `{object: "list", data}`, the Anthropic list `{data, has_more}` and Gemini's `{models}`. The
 * entries stay unknown here: each is read on its own so one bad entry never fails the list.
 * `{success: true, data: null}` is an empty list (Go encodes an empty slice it never filled as
 * `null`), not a malformed answer.
 */
export const ccapiModelListResponseSchema = lazySchema(() =>
  zodSchema(
    z
      .looseObject({
        success: z.unknown().optional(),
        message: z.unknown().optional(),
        data: z.array(z.unknown()).nullish(),
        models: z.array(z.unknown()).nullish(),
      })
      .refine(
        (body) =>
          Array.isArray(body.data) ||
          Array.isArray(body.models) ||
          typeof body.success === 'boolean',
      ),
  ),
);

export type CCAPIModelListResponse = InferSchema<typeof ccapiModelListResponseSchema>;
