import type { OpenAILanguageModelCompletionOptions } from '@ai-sdk/openai';

/**
 * `providerOptions.ccapi` on the legacy completion route: OpenAI's completion options from
 * `@ai-sdk/openai` (`echo`, `suffix`, `logitBias`, `logprobs`, `user`). The
 * `providerOptions.openai` key takes the same options; where both are set, `ccapi` wins.
 * https://ai-sdk.dev/providers/ai-sdk-providers/openai#completion-models
 */
export type CCAPICompletionOptions = OpenAILanguageModelCompletionOptions;
