import { InvalidArgumentError, type LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { ccapiDocsUrl } from './ccapi-docs-url';

/** The values of the AI SDK 7 `reasoning` call option. */
export const CCAPI_REASONING_LEVELS = [
  'provider-default',
  'none',
  'minimal',
  'low',
  'medium',
  'high',
  'xhigh',
  'max',
] as const satisfies ReadonlyArray<NonNullable<LanguageModelV4CallOptions['reasoning']>>;

export type CCAPIReasoningLevel = (typeof CCAPI_REASONING_LEVELS)[number];

/**
 * `providerOptions.ccapi.reasoning` is the `reasoning` call option spelled as a provider option:
 * AI SDK 6 has no top-level `reasoning`, so apps on it set the level there, and the same code keeps
 * working after the move to AI SDK 7. It is moved to the top-level option (which it overrides, like
 * every provider option overrides the general setting) before any route reads the call, so every
 * brand and route maps it exactly like the top-level option.
 */
export function liftCCAPIReasoningOption(
  options: LanguageModelV4CallOptions,
): LanguageModelV4CallOptions {
  const ccapi = options.providerOptions?.ccapi;
  if (ccapi == null || typeof ccapi !== 'object' || !('reasoning' in ccapi)) return options;

  const { reasoning, ...rest } = ccapi;
  if (reasoning === undefined) {
    return { ...options, providerOptions: { ...options.providerOptions, ccapi: rest } };
  }
  if (!(CCAPI_REASONING_LEVELS as readonly unknown[]).includes(reasoning)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi.reasoning',
      message: `providerOptions.ccapi.reasoning must be one of ${CCAPI_REASONING_LEVELS.map((level) => `'${level}'`).join(', ')}, got ${JSON.stringify(reasoning)}. It sets the same level as the AI SDK 7 'reasoning' call option (see ${ccapiDocsUrl('reasoning.md')}).`,
    });
  }
  return {
    ...options,
    reasoning: reasoning as CCAPIReasoningLevel,
    providerOptions: { ...options.providerOptions, ccapi: rest },
  };
}
