import type { AnthropicLanguageModelOptions } from '@ai-sdk/anthropic';

/**
 * `providerOptions.ccapi` on the Messages route: Anthropic's options from `@ai-sdk/anthropic`
 * (`thinking`, `effort`, `cacheControl`, `sendReasoning`, `anthropicBeta`, …). The
 * `providerOptions.anthropic` key takes the same options; where both are set, `ccapi` wins.
 * https://ai-sdk.dev/providers/ai-sdk-providers/anthropic
 */
export type CCAPIMessagesOptions = AnthropicLanguageModelOptions;
