import { z } from 'zod/v4';
import type { CCAPILanguageModelChatOptions } from '../../chat/ccapi-chat-options';

/**
 * GLM's own `providerOptions.ccapi` keys (Zhipu / Z.ai `glm-4.5` … `glm-5.x`). The common keys
 * (`reasoningEffort`, `sendReasoning`, `extraBody`, …) live in `ccapi-chat-options.ts`.
 *
 * Vendor reference: https://docs.z.ai/guides/capabilities/thinking-mode
 * What each option does on the wire, and what is not verified against CCAPI yet:
 * https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/glm.md.
 */
export const glmChatOptionsSchema = z.object({
  /**
   * Thinking mode, sent as `thinking: { type: 'enabled' | 'disabled' }` (the one reasoning
   * switch CCAPI's Zhipu channel keeps). `true` / `false` are accepted as `'enabled'` /
   * `'disabled'` so apps can share one `thinking` flag across brands. Overrides the mapping of
   * the top-level `reasoning` option; `false` / `'disabled'` also suppresses the
   * `reasoning_effort` that mapping would send (GLM-5.2 and later).
   *
   * Default: not sent, so the model's own default applies (GLM-4.5/4.6: the model decides;
   * GLM-4.7, 5, 5.1 and later: on). GLM-5.3 and later cannot turn thinking off.
   *
   * https://docs.z.ai/guides/capabilities/thinking-mode
   */
  thinking: z.union([z.enum(['enabled', 'disabled']), z.boolean()]).optional(),

  /**
   * Preserved thinking, sent as `thinking.clear_thinking`. `false` keeps the reasoning of earlier
   * turns in the model's context; GLM then requires every earlier `reasoning_content` back
   * complete and unmodified, which this provider does (it sends the reasoning text exactly as
   * received). `true` clears it.
   *
   * Default: not sent (Z.ai's default: `true` on the standard endpoint, `false` on the Coding
   * Plan endpoint). Setting it without `thinking` sends `thinking: { type: 'enabled', … }`.
   * Whether CCAPI's Zhipu channel forwards `clear_thinking` is not verified (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/glm.md).
   *
   * https://docs.z.ai/guides/capabilities/thinking-mode (Preserved Thinking)
   */
  clearThinking: z.boolean().optional(),
});

/** `providerOptions.ccapi` for these models on the chat route: the common keys and the brand's own. */
export type CCAPILanguageModelGLMChatOptions = CCAPILanguageModelChatOptions &
  z.infer<typeof glmChatOptionsSchema>;
