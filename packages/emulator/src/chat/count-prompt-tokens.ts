import type { ChatMessage, ChatTool } from './chat-completion-request';
import { messageText } from './chat-completion-request';
import { estimateTokens } from './estimate-tokens';

// OpenAI bills a few tokens of framing per message (role, separators); 4 is its classic figure.
const TOKENS_PER_MESSAGE = 4;

/** Estimated prompt tokens of one message: its text, its tool calls, and framing. */
export function countMessageTokens(message: ChatMessage): number {
  const toolCalls = Array.isArray(message.tool_calls) ? JSON.stringify(message.tool_calls) : '';
  return TOKENS_PER_MESSAGE + estimateTokens(messageText(message)) + estimateTokens(toolCalls);
}

/** Estimated prompt tokens of the tool definitions (they are part of the prompt). */
export function countToolTokens(tools: ChatTool[]): number {
  return tools.length > 0 ? estimateTokens(JSON.stringify(tools)) : 0;
}
