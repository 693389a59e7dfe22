import { z } from 'zod/v4';
import type { CCAPILanguageModelChatOptions } from '../../chat/ccapi-chat-options';

/**
 * `providerOptions.ccapi` keys for Claude models on the chat-completions route
 * (`ccapi.chat('claude-…')` or `ccapi('claude-…', { api: 'chat' })`). See https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/claude.md.
 *
 * On this route CCAPI's relay (new-api) converts the OpenAI request to Anthropic Messages:
 * https://github.com/QuantumNous/new-api (relay/channel/claude/relay-claude.go) and
 * https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking for the thinking rules.
 */
export const claudeChatOptionsSchema = z.object({
  /**
   * Thinking budget in tokens. Sent as the OpenRouter-style `reasoning: { max_tokens: N }`, which
   * the relay turns into `thinking: { type: "enabled", budget_tokens: N }` (it overrides
   * `reasoning_effort`). Anthropic's minimum is 1024. When set, the top-level `reasoning` option
   * is ignored. `max_tokens` is raised above the budget when needed.
   *
   * Default: none (thinking follows the top-level `reasoning` option: low → 1280, medium → 2048,
   * high → 4096 tokens).
   * @see https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking
   */
  thinkingBudget: z.number().int().min(1024).optional(),

  /**
   * What to do when thinking is on and the prompt continues a tool loop (the last assistant
   * message made tool calls that the tool results answer). The relay cannot send thinking
   * blocks back, so Anthropic would answer 400 `Expected 'thinking' or 'redacted_thinking', but
   * found 'text'`:
   * - `'drop-thinking'` (default): send that follow-up request without thinking and add a
   *   warning naming the Messages route;
   * - `'error'`: throw `CCAPIClaudeThinkingToolLoopError` before sending anything.
   *
   * Thinking switched on by the model id itself (`-thinking`, Opus `-high` … suffixes) or by the
   * raw `reasoningEffort` option cannot be dropped: those always throw.
   * @see https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#extended-thinking-with-tool-use
   */
  thinkingToolLoop: z.enum(['drop-thinking', 'error']).optional(),
});

/** `providerOptions.ccapi` for these models on the chat route: the common keys and the brand's own. */
export type CCAPILanguageModelClaudeChatOptions = CCAPILanguageModelChatOptions &
  z.infer<typeof claudeChatOptionsSchema>;
