import type { OpenAILanguageModelResponsesOptions } from '@ai-sdk/openai';

/**
 * `providerOptions.ccapi` on the Responses route: OpenAI's Responses options from `@ai-sdk/openai`
 * (`reasoningEffort`, `reasoningSummary`, `include`, `store`, …). The `providerOptions.openai` key
 * takes the same options; where both are set, `ccapi` wins. `store` defaults to `false` here
 * (docs/routing.md).
 * https://ai-sdk.dev/providers/ai-sdk-providers/openai#responses-models
 */
export type CCAPIResponsesOptions = OpenAILanguageModelResponsesOptions;
