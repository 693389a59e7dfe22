import { z } from 'zod/v4';
import type { CCAPILanguageModelChatOptions } from '../../chat/ccapi-chat-options';

/**
 * DeepSeek's own `providerOptions.ccapi` keys (`deepseek-v3.2`, `deepseek-chat`,
 * `deepseek-reasoner`, `deepseek-v4*`). The common keys (`reasoningEffort`, `sendReasoning`,
 * `extraBody`, …) live in `ccapi-chat-options.ts`.
 *
 * Vendor reference: https://api-docs.deepseek.com/guides/thinking_mode
 * What each option does on the wire, and what is not verified against CCAPI yet:
 * https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/deepseek.md.
 */
export const deepseekChatOptionsSchema = z.object({
  /**
   * Thinking mode, sent as `thinking: { type: 'enabled' | 'disabled' }` (CCAPI's DeepSeek
   * channel forwards it unchanged). `true` / `false` are accepted as `'enabled'` / `'disabled'`
   * so apps can share one `thinking` flag across brands. Overrides the mapping of the top-level
   * `reasoning` option; `false` / `'disabled'` also suppresses the `reasoning_effort` that
   * mapping would send.
   *
   * Default: not sent, so the model's own default applies (V3.2 `deepseek-chat` /
   * `deepseek-v3.2`: off unless the top-level `reasoning` option asks for it; `deepseek-reasoner`
   * and V4: on). Ids with CCAPI's `-none` / `-max` suffix (`deepseek-v4-pro-none`) are switched
   * by the gateway itself, which overwrites this field.
   *
   * https://api-docs.deepseek.com/guides/thinking_mode
   */
  thinking: z.union([z.enum(['enabled', 'disabled']), z.boolean()]).optional(),
});

/** `providerOptions.ccapi` for these models on the chat route: the common keys and the brand's own. */
export type CCAPILanguageModelDeepSeekChatOptions = CCAPILanguageModelChatOptions &
  z.infer<typeof deepseekChatOptionsSchema>;
