import { z } from 'zod/v4';
import type { CCAPILanguageModelChatOptions } from '../../chat/ccapi-chat-options';

/**
 * MiniMax's own `providerOptions.ccapi` keys (MiniMax-M2.x, MiniMax-M3 and later). The common
 * keys (`reasoningEffort`, `sendReasoning`, `extraBody`, …) live in `ccapi-chat-options.ts`.
 *
 * Vendor reference: https://platform.minimax.io/docs/api-reference/text-openai-api
 * What each option does on the wire, and what is not verified against CCAPI yet:
 * https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/minimax.md.
 */
export const minimaxChatOptionsSchema = z.object({
  /**
   * Send `reasoning_split`. `true`: MiniMax returns the thinking in `reasoning_details` (and, as
   * observed, also `reasoning_content`) instead of inline `<think>…</think>` in `content`; the
   * provider then sends `reasoning_details` (and `reasoning_content`, the field CCAPI's relay
   * keeps) back verbatim on later turns. `false`: inline tags, sent back inside `content`.
   *
   * Default: not sent, so MiniMax's own default applies (M2.x: inline `<think>` tags, which
   * survive CCAPI's relay byte for byte inside `content`; M3: `reasoning_content`). Both shapes
   * are parsed either way.
   *
   * https://platform.minimax.io/docs/api-reference/text-openai-api (`reasoning_split`)
   */
  reasoningSplit: z.boolean().optional(),

  /**
   * MiniMax-M3 thinking switch, sent as `thinking: { type }`. `'adaptive'` (MiniMax's default on
   * M3: the model decides) or `'disabled'`. `true` / `false` are accepted as `'adaptive'` /
   * `'disabled'` so apps can share one `thinking` flag across brands. Overrides the mapping of
   * the top-level `reasoning` option.
   *
   * M2.x always thinks and ignores this switch: it is not sent there, and a warning says so.
   *
   * Default: not sent (M3 thinks adaptively).
   */
  thinking: z.union([z.enum(['adaptive', 'disabled']), z.boolean()]).optional(),
});

/** `providerOptions.ccapi` for these models on the chat route: the common keys and the brand's own. */
export type CCAPILanguageModelMiniMaxChatOptions = CCAPILanguageModelChatOptions &
  z.infer<typeof minimaxChatOptionsSchema>;
