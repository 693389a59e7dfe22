import type {
  ChatCompletionRequest,
  ChatContentPart,
  ChatMessage,
  ChatTool,
} from '../chat/chat-completion-request';

/** The parts of an Anthropic Messages body the emulator reads (loosely typed: it is wire input). */
export interface MessagesRequest {
  model?: unknown;
  system?: string | AnthropicBlock[];
  messages?: unknown;
  max_tokens?: number;
  stop_sequences?: string[];
  temperature?: number;
  stream?: boolean;
  tools?: AnthropicTool[];
  tool_choice?: { type?: string; name?: string; disable_parallel_tool_use?: boolean };
  thinking?: { type?: string; budget_tokens?: number };
  output_config?: { effort?: string; format?: { type?: string; schema?: Record<string, unknown> } };
  cache_control?: unknown;
  [field: string]: unknown;
}

export interface AnthropicMessage {
  role?: string;
  content?: string | AnthropicBlock[];
}

export interface AnthropicBlock {
  type?: string;
  text?: string;
  thinking?: string;
  signature?: string;
  id?: string;
  name?: string;
  input?: unknown;
  tool_use_id?: string;
  content?: string | AnthropicBlock[];
  cache_control?: unknown;
  [field: string]: unknown;
}

export interface AnthropicTool {
  type?: string;
  name?: string;
  description?: string;
  input_schema?: Record<string, unknown>;
  cache_control?: unknown;
}

export function readAnthropicMessages(request: MessagesRequest): AnthropicMessage[] {
  return Array.isArray(request.messages)
    ? (request.messages.filter((m) => m != null && typeof m === 'object') as AnthropicMessage[])
    : [];
}

/** A message's content as blocks (a string content is one text block). */
export function blocksOf(message: AnthropicMessage | undefined): AnthropicBlock[] {
  const content = message?.content;
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content.filter((b) => b != null && typeof b === 'object') : [];
}

/** Whether thinking is on: `thinking.type` enabled/adaptive, or new-api's `-thinking` suffix. */
export function messagesWantThinking(request: MessagesRequest, model: string): boolean {
  const type = request.thinking?.type;
  if (type === 'disabled') return false;
  if (type === 'enabled' || type === 'adaptive') return true;
  return request.thinking == null && /-thinking$/.test(model);
}

/**
 * Restates an Anthropic Messages body as a chat-completions request, so the native route runs the
 * same script as `/v1/chat/completions`: `tool_result` blocks become `tool` messages, `tool_use`
 * blocks `tool_calls`, thinking `reasoning_content`, images and documents `[image]` markers.
 */
export function toChatRequest(request: MessagesRequest, model: string): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  const system = typeof request.system === 'string' ? request.system : textOf(request.system);
  if (system.length > 0) messages.push({ role: 'system', content: system });

  for (const message of readAnthropicMessages(request)) {
    const blocks = blocksOf(message);
    if (message.role === 'assistant') {
      const toolUses = blocks.filter((block) => block.type === 'tool_use');
      messages.push({
        role: 'assistant',
        content: textOf(blocks.filter((block) => block.type === 'text')),
        reasoning_content: blocks
          .filter((block) => block.type === 'thinking')
          .map((block) => block.thinking ?? '')
          .join(''),
        ...(toolUses.length > 0 && {
          tool_calls: toolUses.map((block) => ({
            id: block.id,
            type: 'function',
            function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
          })),
        }),
      });
      continue;
    }
    for (const block of blocks.filter((b) => b.type === 'tool_result')) {
      messages.push({
        role: 'tool',
        tool_call_id: block.tool_use_id,
        content: typeof block.content === 'string' ? block.content : textOf(block.content),
      });
    }
    const parts: ChatContentPart[] = blocks
      .filter((block) => block.type !== 'tool_result')
      .map((block) =>
        block.type === 'text'
          ? { type: 'text', text: block.text ?? '' }
          : { type: String(block.type) },
      );
    if (parts.length > 0) messages.push({ role: 'user', content: parts });
  }

  const thinkingBudget =
    request.thinking?.type === 'enabled' ? (request.thinking.budget_tokens ?? 0) : 0;
  const format = request.output_config?.format;
  return {
    model,
    messages,
    // `max_tokens` covers thinking and text on Anthropic; the script only writes text.
    max_tokens:
      typeof request.max_tokens === 'number' ? request.max_tokens - thinkingBudget : undefined,
    stop: request.stop_sequences,
    tools: functionToolsOf(request.tools),
    tool_choice: toolChoiceOf(request.tool_choice),
    parallel_tool_calls:
      request.tool_choice?.disable_parallel_tool_use === true ? false : undefined,
    response_format:
      format?.type === 'json_schema'
        ? { type: 'json_schema', json_schema: { schema: format.schema } }
        : undefined,
  };
}

function functionToolsOf(tools: AnthropicTool[] | undefined): ChatTool[] | undefined {
  if (!Array.isArray(tools)) return undefined;
  // Server tools (`web_search_20250305`, …) carry a versioned `type`; they are not scripted.
  return tools
    .filter(
      (tool) => (tool.type == null || tool.type === 'custom') && typeof tool.name === 'string',
    )
    .map((tool) => ({
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters: tool.input_schema },
    }));
}

function toolChoiceOf(
  choice: MessagesRequest['tool_choice'],
): ChatCompletionRequest['tool_choice'] {
  switch (choice?.type) {
    case 'none':
      return 'none';
    case 'any':
      return 'required';
    case 'tool':
      return { type: 'function', function: { name: choice.name } };
    default:
      return undefined;
  }
}

function textOf(blocks: AnthropicBlock[] | undefined): string {
  return (blocks ?? [])
    .filter((block) => block.type === 'text')
    .map((block) => block.text ?? '')
    .join('\n');
}
