import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import type { LanguageModelV3CallOptions } from '@ai-sdk/provider-v3';
import { convertV3PromptToV4 } from './convert-v3-prompt-to-v4';

/**
 * V3 call options as V4 call options. Only the prompt differs in shape. The V4-only `reasoning`
 * option has no V3 counterpart: AI SDK 6 apps set `providerOptions.ccapi.reasoning`, which every
 * CCAPI language model reads as the top-level option, so provider options pass through unchanged.
 */
export function convertV3CallOptionsToV4(
  options: LanguageModelV3CallOptions,
): LanguageModelV4CallOptions {
  return { ...options, prompt: convertV3PromptToV4(options.prompt) };
}
