import type { InferUITools, LanguageModelUsage, UIMessage } from 'ai';
import type { ChatTools } from './chat-tools';

/** Sent by the route as message metadata: the model on `start`, usage and cost on `finish`. */
export interface ChatMessageMetadata {
  model?: string;
  /** The model's display name from the catalog. */
  modelLabel?: string;
  usage?: LanguageModelUsage;
  /**
   * The estimated cost of the whole answer (every step) in USD, from the provider's
   * `providerMetadata.ccapi.cost`; absent when a step's price is unknown.
   */
  estimatedCostUSD?: number;
  finishReason?: string;
}

/** The UI message type shared by the route and `useChat`: typed metadata and tool parts. */
export type ChatMessage = UIMessage<ChatMessageMetadata, never, InferUITools<ChatTools>>;
