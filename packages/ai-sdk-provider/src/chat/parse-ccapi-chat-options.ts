import { InvalidArgumentError, type SharedV4Warning } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import type { CCAPIBrandAdapter } from './ccapi-brand-adapter';
import { type CCAPIChatOptions, ccapiCommonChatOptionsSchema } from './ccapi-chat-options';

/**
 * Validates `providerOptions.ccapi` for one call. Keys of the active brand and the common keys are
 * validated strictly; a key that belongs to another brand or route only warns (apps switch model
 * ids without touching their options); a key nobody knows is a typo and throws.
 *
 * @param findOwners who else reads a key (`['deepseek models', 'the messages route']`); the
 *   provider knows them, the chat core does not.
 */
export function parseCCAPIChatOptions(
  raw: unknown,
  adapter: CCAPIBrandAdapter,
  warnings: SharedV4Warning[],
  findOwners: (key: string) => readonly string[],
): CCAPIChatOptions {
  if (raw == null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message: `providerOptions.ccapi must be an object, for example { ccapi: { sendReasoning: false } }; got ${Array.isArray(raw) ? 'an array' : typeof raw}.`,
    });
  }

  const brandShape = adapter.optionsSchema?.shape ?? {};
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `toString` or `__proto__` must not pass as options.
    if (Object.hasOwn(ccapiCommonChatOptionsSchema.shape, key) || Object.hasOwn(brandShape, key)) {
      input[key] = value;
      continue;
    }
    const owners = findOwners(key);
    if (owners.length > 0) {
      warnings.push({
        type: 'unsupported',
        feature: `providerOptions.ccapi.${key}`,
        details: `${key} applies to ${owners.join(', ')}; it is ignored for ${adapter.brand} models on the chat route.`,
      });
      continue;
    }
    throw new InvalidArgumentError({
      argument: `providerOptions.ccapi.${key}`,
      message: `Unknown option providerOptions.ccapi.${key}. Known options for ${adapter.brand} models on the chat route: ${[...Object.keys(ccapiCommonChatOptionsSchema.shape), ...Object.keys(brandShape)].join(', ')}. See ${ccapiDocsUrl('brands.md')} for each brand's options.`,
    });
  }

  const schema =
    adapter.optionsSchema != null
      ? ccapiCommonChatOptionsSchema.extend(adapter.optionsSchema.shape)
      : ccapiCommonChatOptionsSchema;
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message: `Invalid providerOptions.ccapi: ${z.prettifyError(result.error)}`,
      cause: result.error,
    });
  }
  return result.data as CCAPIChatOptions;
}
