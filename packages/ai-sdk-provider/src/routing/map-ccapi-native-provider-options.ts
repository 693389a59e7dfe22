import {
  InvalidArgumentError,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Prompt,
  type SharedV4ProviderOptions,
  type SharedV4Warning,
} from '@ai-sdk/provider';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import type { CCAPINativeRouteDefinition, CCAPIOfficialProviderKey } from './ccapi-native-routes';

const OFFICIAL_KEYS: readonly CCAPIOfficialProviderKey[] = ['anthropic', 'google', 'openai'];

/**
 * Lets users write `providerOptions.ccapi` on every route: on a native route the `ccapi` options
 * ARE the official provider's options (`ccapi.thinking` → `anthropic.thinking`,
 * `ccapi.thinkingConfig` → `google.thinkingConfig`, `ccapi.reasoningEffort` →
 * `openai.reasoningEffort`). The official key keeps working; where both are set, `ccapi` wins,
 * as it does inside `@ai-sdk/anthropic`. The same mapping runs on every message and content part,
 * so part-level settings (`cacheControl`, thinking `signature`, `thoughtSignature`, `itemId`)
 * work under either key.
 *
 * Call-level `providerOptions.ccapi` is checked as on the chat route: it must be an object; a key
 * another route or brand reads is dropped with a warning (apps switch model ids without touching
 * their options); a key nobody knows is a typo and throws `InvalidArgumentError`. Options for
 * another route's official key are ignored by this route and reported as warnings.
 */
export function mapCCAPINativeProviderOptions(
  options: LanguageModelV4CallOptions,
  route: Pick<
    CCAPINativeRouteDefinition,
    'route' | 'officialKey' | 'optionKeys' | 'defaultOfficialOptions' | 'checkCallOptions'
  >,
  findOwners: (key: string) => readonly string[],
): { options: LanguageModelV4CallOptions; warnings: SharedV4Warning[] } {
  const { officialKey } = route;
  const warnings: SharedV4Warning[] = [...(route.checkCallOptions?.(options) ?? [])];
  const ccapi = checkCCAPIOptions(options.providerOptions?.ccapi, route, findOwners, warnings);

  for (const key of OFFICIAL_KEYS) {
    if (key !== officialKey && options.providerOptions?.[key] != null) {
      warnings.push({
        type: 'other',
        message: `providerOptions.${key} is ignored on the CCAPI ${route.route} route, which reads providerOptions.ccapi and providerOptions.${officialKey} (${ccapiDocsUrl('models-and-routing.md#provider-options-and-metadata')}).`,
      });
    }
  }

  const providerOptions = mergeIntoOfficialKey(
    ccapi === options.providerOptions?.ccapi
      ? options.providerOptions
      : ({ ...options.providerOptions, ccapi } as SharedV4ProviderOptions),
    officialKey,
    { defaults: route.defaultOfficialOptions },
  );

  return {
    options: {
      ...options,
      providerOptions,
      prompt: mapPrompt(options.prompt, officialKey),
    },
    warnings,
  };
}

/** `providerOptions.ccapi` without the keys other routes and brands own (each warned about). */
function checkCCAPIOptions(
  raw: unknown,
  route: Pick<CCAPINativeRouteDefinition, 'route' | 'optionKeys'>,
  findOwners: (key: string) => readonly string[],
  warnings: SharedV4Warning[],
): SharedV4ProviderOptions[string] | undefined {
  if (raw == null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message: `providerOptions.ccapi must be an object of ${route.route} route options, for example { ccapi: { ${route.optionKeys[0]}: … } }; got ${Array.isArray(raw) ? 'an array' : typeof raw}.`,
    });
  }
  const kept: Record<string, unknown> = {};
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    if (route.optionKeys.includes(key)) {
      kept[key] = value;
      continue;
    }
    const owners = findOwners(key);
    if (owners.length === 0) {
      throw new InvalidArgumentError({
        argument: `providerOptions.ccapi.${key}`,
        message: `Unknown option providerOptions.ccapi.${key} on the ${route.route} route. Known options: ${route.optionKeys.join(', ')}.`,
      });
    }
    dropped = true;
    warnings.push({
      type: 'unsupported',
      feature: `providerOptions.ccapi.${key}`,
      details: `${key} applies to ${owners.join(', ')}; it is ignored on the ${route.route} route.`,
    });
  }
  return (dropped ? kept : raw) as SharedV4ProviderOptions[string];
}

function mapPrompt(
  prompt: LanguageModelV4Prompt,
  officialKey: CCAPIOfficialProviderKey,
): LanguageModelV4Prompt {
  return prompt.map((message) => {
    const mapped = {
      ...message,
      providerOptions: mergeIntoOfficialKey(message.providerOptions, officialKey),
    };
    if (typeof message.content === 'string') return mapped as typeof message;
    return {
      ...mapped,
      content: message.content.map((part) => ({
        ...part,
        providerOptions: mergeIntoOfficialKey(part.providerOptions, officialKey),
      })),
    } as typeof message;
  });
}

function mergeIntoOfficialKey(
  providerOptions: SharedV4ProviderOptions | undefined,
  officialKey: CCAPIOfficialProviderKey,
  { defaults }: { defaults?: Record<string, unknown> } = {},
): SharedV4ProviderOptions | undefined {
  const ccapi = providerOptions?.ccapi;
  if (ccapi == null && defaults == null) return providerOptions;
  const { ccapi: _ccapi, ...rest } = providerOptions ?? {};
  return {
    ...rest,
    [officialKey]: { ...defaults, ...providerOptions?.[officialKey], ...ccapi },
  } as SharedV4ProviderOptions;
}
