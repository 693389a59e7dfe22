import { z } from 'zod/v4';
import type { CCAPILanguageModelChatOptions } from '../../chat/ccapi-chat-options';

/**
 * `providerOptions.ccapi` keys for Gemini models on the chat-completions route. They are sent as
 * `extra_body.google.thinking_config` (snake_case on the wire: CCAPI's relay rejects camelCase),
 * a literal top-level `extra_body` key, which is what new-api reads for Gemini channels.
 * See https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/gemini.md.
 *
 * @see https://ai.google.dev/gemini-api/docs/openai#thinking
 * @see https://ai.google.dev/gemini-api/docs/thinking
 */
export const geminiChatOptionsSchema = z.object({
  /**
   * Thinking budget in tokens (`thinking_budget`): `0` turns thinking off (not on 2.5 Pro or
   * Gemini 3 Pro), `-1` lets the model decide. Ranges: 2.5 Pro 128–32768, 2.5 Flash 0–24576,
   * 2.5 Flash-Lite 512–24576. Gemini 3 accepts it for backwards compatibility, but prefer
   * `thinkingLevel` there. Overrides the top-level `reasoning` option.
   *
   * Default: none (from the `reasoning` option: low ≈ 1024, medium ≈ 8192, high ≈ 24576).
   * @see https://ai.google.dev/gemini-api/docs/thinking#set-budget
   */
  thinkingBudget: z.number().int().min(-1).optional(),

  /**
   * Thinking level for Gemini 3 (`thinking_level`): Gemini 3 Pro accepts `low` and `high`;
   * Gemini 3 Flash and 3.1 models also `minimal` and `medium`. Never sent together with a
   * budget (Gemini answers 400). Overrides the top-level `reasoning` option.
   *
   * Default: none (from the `reasoning` option).
   * @see https://ai.google.dev/gemini-api/docs/thinking#thinking-levels
   */
  thinkingLevel: z.enum(['minimal', 'low', 'medium', 'high']).optional(),

  /**
   * Whether thought summaries come back (`include_thoughts`); they arrive as `reasoning_content`.
   *
   * Default: `true` whenever thinking is requested (by `reasoning`, `thinkingBudget` ≠ 0 or
   * `thinkingLevel`), otherwise not sent.
   * @see https://ai.google.dev/gemini-api/docs/thinking#summaries
   */
  includeThoughts: z.boolean().optional(),
});

/** `providerOptions.ccapi` for these models on the chat route: the common keys and the brand's own. */
export type CCAPILanguageModelGeminiChatOptions = CCAPILanguageModelChatOptions &
  z.infer<typeof geminiChatOptionsSchema>;
