import type { ChatDialect } from './chat-dialect';
import { openaiChatDialect } from './openai-chat-dialect';

/**
 * The fallback for models no brand dialect claims (qwen, kimi, …, and brands whose dialect is
 * not written yet): CCAPI's generic OpenAI-compatible channel passes OpenAI-shaped output
 * through, so it speaks exactly like the openai dialect.
 */
export const genericChatDialect: ChatDialect = {
  ...openaiChatDialect,
  name: 'generic',
  matches: () => true,
};
