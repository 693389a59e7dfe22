import type { InferUITools, LanguageModelUsage, UIMessage } from 'ai';
import type { ChatTools } from './chat-tools';

/** Sent by the route as message metadata: the model on `start`, usage on `finish`. */
export interface ChatMessageMetadata {
  model?: string;
  usage?: LanguageModelUsage;
  finishReason?: string;
}

/** The UI message type shared by the route and `useChat`: typed metadata and tool parts. */
export type ChatMessage = UIMessage<ChatMessageMetadata, never, InferUITools<ChatTools>>;
