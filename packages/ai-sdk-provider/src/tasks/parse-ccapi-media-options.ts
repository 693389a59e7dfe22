import { InvalidArgumentError } from '@ai-sdk/provider';
import type { z } from 'zod/v4';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';

/**
 * Reads and validates `providerOptions.ccapi` for a media model. Unlike the generic
 * `parseProviderOptions`, the error names every offending field and what it expected, so a typo
 * (`pollInterval` for `pollIntervalMs`) is fixed in one try.
 */
export function parseCCAPIMediaOptions<SCHEMA extends z.ZodType>(options: {
  providerOptions: Record<string, unknown> | undefined;
  schema: SCHEMA;
  modelId: string;
  docsAnchor: string;
}): z.output<SCHEMA> | undefined {
  const value = options.providerOptions?.ccapi;
  if (value == null) return undefined;
  const result = options.schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
  throw new InvalidArgumentError({
    argument: 'providerOptions.ccapi',
    message: `Invalid providerOptions.ccapi for model '${options.modelId}': ${problems}. Fix or remove these fields; the accepted options are listed in ${ccapiDocsUrl(`media.md#${options.docsAnchor}`)}.`,
    cause: result.error,
  });
}
