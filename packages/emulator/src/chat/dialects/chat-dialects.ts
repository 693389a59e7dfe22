import type { ChatDialect } from './chat-dialect';
import { claudeChatDialect } from './claude-chat-dialect';
import { deepseekChatDialect } from './deepseek-chat-dialect';
import { geminiChatDialect } from './gemini-chat-dialect';
import { genericChatDialect } from './generic-chat-dialect';
import { glmChatDialect } from './glm-chat-dialect';
import { minimaxChatDialect } from './minimax-chat-dialect';
import { openaiChatDialect } from './openai-chat-dialect';

/**
 * The registered brand dialects, tried in order; the first whose `matches()` accepts the model
 * id serves it. To add a brand: write `<brand>-chat-dialect.ts` implementing `ChatDialect` and
 * add one line here.
 */
export const CHAT_DIALECTS: readonly ChatDialect[] = [
  openaiChatDialect,
  minimaxChatDialect,
  deepseekChatDialect,
  glmChatDialect,
  claudeChatDialect,
  geminiChatDialect,
];

/** The dialect for a model id (fault suffix already stripped); generic when no brand matches. */
export function resolveChatDialect(modelId: string): ChatDialect {
  return CHAT_DIALECTS.find((dialect) => dialect.matches(modelId)) ?? genericChatDialect;
}
