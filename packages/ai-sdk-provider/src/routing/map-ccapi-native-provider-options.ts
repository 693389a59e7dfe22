import type {
  LanguageModelV4CallOptions,
  LanguageModelV4Prompt,
  SharedV4ProviderOptions,
  SharedV4Warning,
} from '@ai-sdk/provider';
import type { CCAPINativeRouteDefinition, CCAPIOfficialProviderKey } from './ccapi-native-route';

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
 * Options for another route's official key are ignored by this route and reported as warnings.
 */
export function mapCCAPINativeProviderOptions(
  options: LanguageModelV4CallOptions,
  route: Pick<
    CCAPINativeRouteDefinition,
    'route' | 'officialKey' | 'defaultOfficialOptions' | 'checkCallOptions'
  >,
): { options: LanguageModelV4CallOptions; warnings: SharedV4Warning[] } {
  const { officialKey } = route;
  const warnings: SharedV4Warning[] = [...(route.checkCallOptions?.(options) ?? [])];

  for (const key of OFFICIAL_KEYS) {
    if (key !== officialKey && options.providerOptions?.[key] != null) {
      warnings.push({
        type: 'other',
        message: `providerOptions.${key} is ignored on the CCAPI ${route.route} route, which reads providerOptions.ccapi and providerOptions.${officialKey} (see docs/routing.md).`,
      });
    }
  }

  const providerOptions = mergeIntoOfficialKey(options.providerOptions, officialKey, {
    defaults: route.defaultOfficialOptions,
  });

  return {
    options: {
      ...options,
      providerOptions,
      prompt: mapPrompt(options.prompt, officialKey),
    },
    warnings,
  };
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
