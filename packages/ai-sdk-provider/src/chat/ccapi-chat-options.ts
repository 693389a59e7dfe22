import { z } from 'zod/v4';
import { CCAPI_REASONING_LEVELS } from '../utils/lift-ccapi-reasoning-option';

/**
 * `providerOptions.ccapi` keys every chat model understands. Brand adapters add their own keys
 * (see `src/brands/<brand>/<brand>-chat-options.ts`); a key that belongs to another brand gives a
 * warning, a key no brand knows gives an `InvalidArgumentError`.
 */
export const ccapiCommonChatOptionsSchema = z.object({
  /** End-user id forwarded as `user`. */
  user: z.string().optional(),
  /** Whether the model may call several tools at once (`parallel_tool_calls`). Default: the model's. */
  parallelToolCalls: z.boolean().optional(),
  /**
   * The reasoning level, as the AI SDK 7 `reasoning` call option takes it (AI SDK 6 has no such
   * option, so apps on `@ccapi/ai-sdk-provider/ai-sdk-6` set it here). Overrides the top-level
   * option when both are set. Read on every route, not only chat (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/reasoning.md).
   */
  reasoning: z.enum(CCAPI_REASONING_LEVELS).optional(),
  /**
   * Raw `reasoning_effort` to send, overriding the mapping of the top-level `reasoning` option.
   */
  reasoningEffort: z.string().min(1).optional(),
  /** Use strict mode for `json_schema` response formats and tools. Default: true. */
  strictJsonSchema: z.boolean().optional(),
  /**
   * Ask for usage in streams (`stream_options.include_usage`). Default: true.
   */
  includeUsage: z.boolean().optional(),
  /**
   * Whether reasoning from earlier assistant turns is sent back. Default: what the brand requires
   * (see https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands.md).
   */
  sendReasoning: z.boolean().optional(),
  /**
   * Extra top-level body fields, merged last. An escape hatch for fields we do not model yet.
   */
  extraBody: z.record(z.string(), z.unknown()).optional(),
});

export type CCAPILanguageModelChatOptions = z.infer<typeof ccapiCommonChatOptionsSchema>;

/** Parsed `providerOptions.ccapi` of a call: the common keys plus the active brand's keys. */
export type CCAPIChatOptions = CCAPILanguageModelChatOptions & Record<string, unknown>;
