import { InvalidArgumentError, type SharedV4Warning } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import type { CCAPIBrand } from '../brands/ccapi-brand';
import type { CCAPIBrandAdapter } from '../brands/ccapi-brand-adapter';
import { CCAPI_BRAND_ADAPTERS } from '../brands/ccapi-brand-adapters';
import { type CCAPIChatOptions, ccapiCommonChatOptionsSchema } from './ccapi-chat-options';

/**
 * Validates `providerOptions.ccapi` for one call. Keys of the active brand and the common keys are
 * validated strictly; a key that belongs to another brand only warns (apps switch model ids
 * without touching their options); a key no brand knows is a typo and throws.
 */
export function parseCCAPIChatOptions(
  raw: unknown,
  adapter: CCAPIBrandAdapter,
  warnings: SharedV4Warning[],
): CCAPIChatOptions {
  if (raw == null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message:
        'providerOptions.ccapi must be an object, for example { ccapi: { thinking: true } }.',
    });
  }

  const commonKeys = new Set(Object.keys(ccapiCommonChatOptionsSchema.shape));
  const brandKeys = new Set(Object.keys(adapter.optionsSchema?.shape ?? {}));
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (commonKeys.has(key) || brandKeys.has(key)) {
      input[key] = value;
      continue;
    }
    const owners = brandsOwningKey(key);
    if (owners.length > 0) {
      warnings.push({
        type: 'unsupported',
        feature: `providerOptions.ccapi.${key}`,
        details: `${key} applies to ${owners.join(', ')} models; it is ignored for ${adapter.brand}.`,
      });
      continue;
    }
    throw new InvalidArgumentError({
      argument: `providerOptions.ccapi.${key}`,
      message: `Unknown option providerOptions.ccapi.${key}. Known options: ${[...commonKeys, ...brandKeys].join(', ')}. See docs/brands.md for each brand's options.`,
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

function brandsOwningKey(key: string): CCAPIBrand[] {
  const owners: CCAPIBrand[] = [];
  for (const adapter of Object.values(CCAPI_BRAND_ADAPTERS)) {
    if (adapter.optionsSchema != null && key in adapter.optionsSchema.shape)
      owners.push(adapter.brand);
  }
  return owners;
}
