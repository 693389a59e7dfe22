import type {
  ChatCompletionRequest,
  ChatContentPart,
  ChatMessage,
  ChatTool,
} from '../chat/chat-completion-request';

/** The parts of an OpenAI Responses body the emulator reads (loosely typed wire input). */
export interface ResponsesRequest {
  model?: unknown;
  input?: unknown;
  instructions?: string;
  tools?: {
    type?: string;
    name?: string;
    description?: string;
    parameters?: Record<string, unknown>;
  }[];
  tool_choice?: string | { type?: string; name?: string };
  text?: { format?: { type?: string; schema?: Record<string, unknown>; name?: string } };
  reasoning?: { effort?: string | null; summary?: string | null } | null;
  include?: string[];
  max_output_tokens?: number;
  parallel_tool_calls?: boolean;
  stream?: boolean;
  store?: boolean;
  temperature?: number;
  top_p?: number;
  [field: string]: unknown;
}

export interface ResponsesItem {
  type?: string;
  role?: string;
  content?: string | { type?: string; text?: string }[];
  call_id?: string;
  name?: string;
  arguments?: string;
  output?: string | { type?: string; text?: string }[];
  id?: string;
}

export function readResponsesItems(request: ResponsesRequest): ResponsesItem[] {
  if (typeof request.input === 'string') return [{ role: 'user', content: request.input }];
  return Array.isArray(request.input)
    ? (request.input.filter((i) => i != null && typeof i === 'object') as ResponsesItem[])
    : [];
}

/**
 * Whether the model reasons: an explicit `reasoning.effort` other than `none`, else the
 * reasoning families (o-series, gpt-5) by default.
 */
export function responsesReasons(request: ResponsesRequest, model: string): boolean {
  const effort = request.reasoning?.effort;
  if (effort != null) return effort !== 'none';
  return /(^|\/)(o\d|gpt-5)/.test(model.toLowerCase());
}

/**
 * Restates a Responses body as a chat-completions request, so the route runs the same script as
 * `/v1/chat/completions`: `function_call` items become `tool_calls` (consecutive ones on one
 * assistant turn), `function_call_output` items `tool` messages, images `[input_image]` markers.
 * Reasoning items and `item_reference`s carry nothing the script reads.
 */
export function toChatRequest(request: ResponsesRequest, model: string): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  if (typeof request.instructions === 'string' && request.instructions.length > 0) {
    messages.push({ role: 'system', content: request.instructions });
  }
  let lastWasCall = false;
  for (const item of readResponsesItems(request)) {
    const type = item.type ?? 'message';
    if (type === 'function_call') {
      const call = {
        id: item.call_id,
        type: 'function',
        function: { name: item.name, arguments: item.arguments ?? '{}' },
      };
      const previous = messages[messages.length - 1];
      if (lastWasCall && previous?.role === 'assistant') {
        previous.tool_calls = [...(previous.tool_calls ?? []), call];
      } else if (previous?.role === 'assistant' && previous.tool_calls == null) {
        previous.tool_calls = [call];
      } else {
        messages.push({ role: 'assistant', content: '', tool_calls: [call] });
      }
      lastWasCall = true;
      continue;
    }
    lastWasCall = false;
    if (type === 'function_call_output') {
      messages.push({
        role: 'tool',
        tool_call_id: item.call_id,
        content: typeof item.output === 'string' ? item.output : textOf(item.output),
      });
      continue;
    }
    if (type !== 'message') continue;
    const role = item.role === 'developer' ? 'system' : (item.role ?? 'user');
    if (typeof item.content === 'string') {
      messages.push({ role, content: item.content });
      continue;
    }
    const parts: ChatContentPart[] = (item.content ?? []).map((part) =>
      part.type === 'input_text' || part.type === 'output_text' || part.type === 'text'
        ? { type: 'text', text: part.text ?? '' }
        : { type: String(part.type) },
    );
    messages.push({ role, content: parts });
  }

  const format = request.text?.format;
  return {
    model,
    messages,
    max_tokens: request.max_output_tokens,
    tools: functionToolsOf(request),
    tool_choice: toolChoiceOf(request.tool_choice),
    parallel_tool_calls: request.parallel_tool_calls,
    response_format:
      format?.type === 'json_schema'
        ? { type: 'json_schema', json_schema: { name: format.name, schema: format.schema } }
        : format?.type === 'json_object'
          ? { type: 'json_object' }
          : undefined,
  };
}

function functionToolsOf(request: ResponsesRequest): ChatTool[] | undefined {
  if (!Array.isArray(request.tools)) return undefined;
  return request.tools
    .filter((tool) => tool?.type === 'function' && typeof tool.name === 'string')
    .map((tool) => ({
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters: tool.parameters },
    }));
}

function toolChoiceOf(
  choice: ResponsesRequest['tool_choice'],
): ChatCompletionRequest['tool_choice'] {
  if (choice === 'none' || choice === 'required' || choice === 'auto') return choice;
  if (choice != null && typeof choice === 'object' && choice.type === 'function') {
    return { type: 'function', function: { name: choice.name } };
  }
  return undefined;
}

function textOf(parts: { type?: string; text?: string }[] | undefined): string {
  return (parts ?? []).map((part) => part.text ?? '').join('');
}
