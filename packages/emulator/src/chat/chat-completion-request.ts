/**
 * The parts of an OpenAI chat-completions request body the emulator reads. Every field is
 * optional and loosely typed on purpose: bodies come from the wire, so the route validates what
 * it needs at run time and dialects may read brand-only fields through the index signature.
 */
export interface ChatCompletionRequest {
  model?: unknown;
  messages?: unknown;
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  max_tokens?: number;
  max_completion_tokens?: number;
  stop?: string | string[] | null;
  n?: number;
  tools?: ChatTool[];
  tool_choice?: ChatToolChoice;
  parallel_tool_calls?: boolean;
  response_format?: ChatResponseFormat;
  reasoning_effort?: string;
  [field: string]: unknown;
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool' | string;
  content?: string | ChatContentPart[] | null;
  name?: string;
  tool_calls?: ChatMessageToolCall[];
  tool_call_id?: string;
  reasoning_content?: string | null;
  [field: string]: unknown;
}

export interface ChatContentPart {
  type: string;
  text?: string;
  [field: string]: unknown;
}

export interface ChatMessageToolCall {
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
  [field: string]: unknown;
}

export interface ChatTool {
  type?: string;
  function?: {
    name?: string;
    description?: string;
    parameters?: Record<string, unknown>;
    strict?: boolean;
  };
}

export type ChatToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type?: string; function?: { name?: string } }
  | undefined;

export type ChatResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema?: { name?: string; schema?: Record<string, unknown>; strict?: boolean };
    }
  | undefined;

/** The messages of a request that passed validation (non-empty array of objects). */
export function readMessages(request: ChatCompletionRequest): ChatMessage[] {
  return Array.isArray(request.messages)
    ? (request.messages.filter((m) => m != null && typeof m === 'object') as ChatMessage[])
    : [];
}

/**
 * The plain text of a message: a string content as is, text parts joined with a space. Other
 * parts (images, audio, files) are listed as `[image_url]` markers so an echo shows they arrived.
 */
export function messageText(message: ChatMessage | undefined): string {
  const content = message?.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (part.type === 'text' ? (part.text ?? '') : `[${part.type}]`))
    .filter((text) => text.length > 0)
    .join(' ');
}

/** The text of the last user message (the prompt the script reacts to). */
export function lastUserText(messages: ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'user') return messageText(messages[i]);
  }
  return '';
}

/** Function tools only: built-in tool types (web search, …) are not scripted. */
export function functionTools(request: ChatCompletionRequest): ChatTool[] {
  if (!Array.isArray(request.tools)) return [];
  return request.tools.filter(
    (tool) =>
      tool != null &&
      (tool.type === 'function' || tool.type === undefined) &&
      typeof tool.function?.name === 'string',
  );
}
