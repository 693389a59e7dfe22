import {
  type ChatCompletionRequest,
  type ChatMessage,
  messageText,
  readMessages,
} from '../chat-completion-request';
import type { ChatPlan } from '../chat-plan';
import { splitArgumentFragments, splitTextDeltas } from '../split-stream-deltas';
import type { ChatDialect, ChatDialectRejection, ChatStreamFrame } from './chat-dialect';
import { detectModelBrand } from './detect-model-brand';
import {
  openAIChunk,
  openAIToolCalls,
  openAIUsage,
  openAIUsageChunk,
} from './openai-chat-envelope';
import { relayRejection } from './relay-rejection';

/**
 * OpenAI through CCAPI's OpenAI channel: raw pass-through of OpenAI's own output
 * (2026-12-03-wire-rules.md#openai, fx:openai/*). No reasoning text on chat completions (reasoning models
 * only report `reasoning_tokens`, which this dialect keeps at 0).
 */
export const openaiChatDialect: ChatDialect = {
  name: 'openai',
  matches: (modelId) => detectModelBrand(modelId) === 'openai',
  validateRequest: validateOpenAIRequest,
  renderNonStream: renderOpenAINonStream,
  renderStream: renderOpenAIStream,
};

export function renderOpenAINonStream(plan: ChatPlan) {
  const hasToolCalls = plan.toolCalls.length > 0;
  return {
    id: plan.id,
    object: 'chat.completion',
    created: plan.created,
    model: plan.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          // OpenAI answers `null`, not `""`, when it only calls tools.
          content: hasToolCalls && plan.text === '' ? null : plan.text,
          ...(hasToolCalls ? { tool_calls: openAIToolCalls(plan) } : {}),
          refusal: null,
          annotations: [],
        },
        logprobs: null,
        finish_reason: plan.finishReason,
      },
    ],
    usage: openAIUsage(plan),
    service_tier: 'default',
    system_fingerprint: null,
  };
}

export function renderOpenAIStream(plan: ChatPlan): ChatStreamFrame[] {
  const content = (delta: Record<string, unknown>): ChatStreamFrame => ({
    kind: 'data',
    phase: 'content',
    payload: openAIChunk(plan, delta),
  });
  const toolOnly = plan.toolCalls.length > 0 && plan.text === '';
  const frames: ChatStreamFrame[] = [
    content({ role: 'assistant', content: toolOnly ? null : '', refusal: null }),
  ];
  for (const piece of splitTextDeltas(plan.text)) frames.push(content({ content: piece }));
  plan.toolCalls.forEach((call, index) => {
    // The first delta of a call carries id, type and name with empty arguments; the arguments
    // follow as bare fragments (fx:openai/openai_gpt-5_parallel-tools_stream__turn1of2).
    frames.push(
      content({
        tool_calls: [
          { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
        ],
      }),
    );
    for (const fragment of splitArgumentFragments(call.arguments)) {
      frames.push(content({ tool_calls: [{ index, function: { arguments: fragment } }] }));
    }
  });
  frames.push({ kind: 'data', phase: 'finish', payload: openAIChunk(plan, {}, plan.finishReason) });
  frames.push({ kind: 'data', phase: 'usage', payload: openAIUsageChunk(plan) });
  return frames;
}

/**
 * The message-order rules OpenAI enforces on tool loops and JSON mode; new-api passes its 400s
 * through (adding the request id). These catch clients that build tool loops wrongly.
 */
export function validateOpenAIRequest(
  request: ChatCompletionRequest,
): ChatDialectRejection | undefined {
  const messages = readMessages(request);
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (message.role === 'tool') {
      const calls = precedingToolCalls(messages, i);
      if (calls === undefined) {
        return invalidRequest(
          "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          `messages.[${i}].role`,
        );
      }
      if (!calls.some((call) => call.id === message.tool_call_id)) {
        return invalidRequest(
          `Invalid parameter: 'tool_call_id' of '${message.tool_call_id}' not found in 'tool_calls' of previous message.`,
          `messages.[${i}].tool_call_id`,
        );
      }
    }
    if (message.role === 'assistant' && Array.isArray(message.tool_calls)) {
      const answered = new Set<string | undefined>();
      for (let j = i + 1; j < messages.length && messages[j]?.role === 'tool'; j++) {
        answered.add(messages[j]?.tool_call_id);
      }
      const missing = message.tool_calls.map((call) => call.id).filter((id) => !answered.has(id));
      if (missing.length > 0) {
        return invalidRequest(
          `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${missing.join(', ')}`,
          `messages.[${i + 1}].role`,
        );
      }
    }
  }
  if (
    request.response_format?.type === 'json_object' &&
    !messages.some((message) => /json/i.test(messageText(message)))
  ) {
    return invalidRequest(
      "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
      'messages',
    );
  }
  return undefined;
}

/** The tool calls of the assistant turn a tool message at `index` answers (skipping sibling results). */
function precedingToolCalls(messages: ChatMessage[], index: number) {
  let j = index - 1;
  while (j >= 0 && messages[j]?.role === 'tool') j -= 1;
  const previous = messages[j];
  return previous?.role === 'assistant' && Array.isArray(previous.tool_calls)
    ? previous.tool_calls
    : undefined;
}

function invalidRequest(message: string, param: string): ChatDialectRejection {
  return relayRejection(message, { type: 'invalid_request_error', param, code: null });
}
