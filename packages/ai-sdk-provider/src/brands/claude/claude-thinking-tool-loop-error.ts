import { AISDKError } from '@ai-sdk/provider';

const name = 'AI_CCAPIClaudeThinkingToolLoopError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A Claude request on the chat-completions route has thinking on and continues a tool loop.
 * CCAPI's relay drops thinking signatures and puts a `"..."` text block first in every assistant
 * tool-call turn, so Anthropic would answer 400 `Expected 'thinking' or 'redacted_thinking', but
 * found 'text'`. Thrown before anything is sent (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/brands/claude.md).
 *
 * Fix: use the Messages route, which round-trips signed thinking: `ccapi.messages(modelId)`,
 * `ccapi(modelId)` (Claude's default route) or `ccapi(modelId, { api: 'messages' })`.
 *
 * Check with `CCAPIClaudeThinkingToolLoopError.isInstance(error)`.
 */
export class CCAPIClaudeThinkingToolLoopError extends AISDKError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  readonly modelId: string;
  /** What turned thinking on: the `reasoning` option, `thinkingBudget`, `reasoningEffort` or the model id. */
  readonly thinkingSource: string;

  constructor(options: { modelId: string; thinkingSource: string }) {
    super({
      name,
      message:
        `Claude tool loops with thinking cannot run on CCAPI's chat-completions route: the relay drops thinking signatures, so Anthropic rejects the follow-up request ("Expected 'thinking' or 'redacted_thinking', but found 'text'"). ` +
        `Thinking here comes from ${options.thinkingSource}. Use the Messages route instead: ccapi.messages('${options.modelId}'), ccapi('${options.modelId}') (Claude's default route) or ccapi('${options.modelId}', { api: 'messages' }); ` +
        `or turn thinking off for tool loops on this route.`,
    });
    this.modelId = options.modelId;
    this.thinkingSource = options.thinkingSource;
  }

  static override isInstance(error: unknown): error is CCAPIClaudeThinkingToolLoopError {
    return AISDKError.hasMarker(error, marker);
  }
}
