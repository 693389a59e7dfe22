import type { EmulatorState } from '../emulator-types';
import { applyOutputLimits } from './apply-output-limits';
import {
  type ChatCompletionRequest,
  type ChatMessage,
  functionTools,
  lastUserText,
  messageText,
  readMessages,
} from './chat-completion-request';
import type { ChatPlan, PlannedToolCall } from './chat-plan';
import { chooseToolCalls } from './choose-tool-calls';
import { countMessageTokens, countToolTokens } from './count-prompt-tokens';
import { deterministicId } from './deterministic-id';
import { estimateTokens } from './estimate-tokens';
import { generateValueFromSchema } from './generate-value-from-schema';
import { lookupPromptCache } from './prompt-cache';
import { extractPromptFacts } from './prompt-facts';

export interface PlanChatOptions {
  /** Model id without the fault suffix. */
  model: string;
  /** The dialect's reasoning switch (or the shared default). */
  wantsReasoning(request: ChatCompletionRequest): boolean;
  /** Emulator state, for the prompt cache. */
  state: EmulatorState;
}

interface ToolResult {
  name: string;
  content: string;
}

/**
 * The emulator's scripted model: decides what to answer, deterministically, from the request.
 *
 * - Last message from the user, function tools offered, `tool_choice` not `none`: call tools
 *   (see `chooseToolCalls`), finish `tool_calls`.
 * - Last message(s) are tool results: answer `Based on <tool>: <result verbatim>; …`.
 * - Otherwise: `Echo: <last user text>`.
 * - `response_format` `json_schema`: the text is a JSON object generated from the schema
 *   (filled from tool results and the prompt); `json_object`: `{"answer": <the text answer>}`.
 * - Text is cut at `stop` sequences and at the token budget (finish `length`).
 * - Reasoning text is produced when the dialect says the request wants it.
 */
export function planChatResponse(
  request: ChatCompletionRequest,
  options: PlanChatOptions,
): ChatPlan {
  const messages = readMessages(request);
  const last = messages[messages.length - 1];
  const prompt = lastUserText(messages);
  // The same conversation gets the same ids whether streamed or not.
  const seed = JSON.stringify([options.model, request.messages, request.tools ?? null]);

  const toolCalls = last?.role === 'user' ? chooseToolCalls(request, prompt, seed) : [];
  const toolResults = last?.role === 'tool' ? readTrailingToolResults(messages) : [];

  let text = '';
  let finishReason: ChatPlan['finishReason'] = 'tool_calls';
  if (toolCalls.length === 0) {
    const answer =
      toolResults.length > 0
        ? `Based on ${toolResults.map((r) => `${r.name}: ${r.content}`).join('; ')}.`
        : `Echo: ${prompt || messageText(last)}`;
    const limited = applyOutputLimits(formatAnswer(request, answer, prompt, toolResults), request);
    text = limited.text;
    finishReason = limited.finishReason;
  }

  const reasoning = options.wantsReasoning(request)
    ? describeReasoning(request, prompt, toolCalls, toolResults)
    : undefined;

  const promptTokens =
    messages.reduce((sum, message) => sum + countMessageTokens(message), 0) +
    countToolTokens(functionTools(request));

  return {
    id: `chatcmpl-${deterministicId(seed, 29)}`,
    created: Math.floor(Date.now() / 1000),
    model: options.model,
    reasoning,
    text,
    toolCalls,
    finishReason,
    usage: {
      promptTokens,
      cachedTokens: Math.min(
        promptTokens,
        lookupPromptCache(options.state, options.model, messages),
      ),
      outputTokens: estimateTokens(text) + countToolCallTokens(toolCalls),
      reasoningTokens: reasoning === undefined ? 0 : estimateTokens(reasoning),
    },
    request,
  };
}

function formatAnswer(
  request: ChatCompletionRequest,
  answer: string,
  prompt: string,
  toolResults: ToolResult[],
): string {
  const format = request.response_format;
  if (format?.type === 'json_schema') {
    // Tool results come first so their numbers and names fill the schema before the prompt's.
    const source = [...toolResults.map((r) => r.content), prompt].join(' ');
    const value = generateValueFromSchema(format.json_schema?.schema, extractPromptFacts(source));
    return JSON.stringify(value);
  }
  if (format?.type === 'json_object') return JSON.stringify({ answer });
  return answer;
}

/** The tool messages after the last assistant turn, named after the calls they answer. */
function readTrailingToolResults(messages: ChatMessage[]): ToolResult[] {
  const results: ChatMessage[] = [];
  let index = messages.length - 1;
  while (index >= 0 && messages[index]?.role === 'tool') {
    results.unshift(messages[index] as ChatMessage);
    index -= 1;
  }
  const calls = messages[index]?.role === 'assistant' ? (messages[index]?.tool_calls ?? []) : [];
  return results.map((result) => {
    const call = calls.find((c) => c.id !== undefined && c.id === result.tool_call_id);
    return {
      name: call?.function?.name ?? result.name ?? result.tool_call_id ?? 'tool',
      content: messageText(result),
    };
  });
}

function describeReasoning(
  request: ChatCompletionRequest,
  prompt: string,
  toolCalls: PlannedToolCall[],
  toolResults: ToolResult[],
): string {
  const quoted = `"${prompt.length > 80 ? `${prompt.slice(0, 80)}…` : prompt}"`;
  if (toolCalls.length > 0) {
    return `The user asked ${quoted}. I should call ${toolCalls.map((c) => c.name).join(' and ')}.`;
  }
  if (toolResults.length > 0) {
    return `I have results from ${toolResults.map((r) => r.name).join(' and ')}. I will answer from them.`;
  }
  if (
    request.response_format?.type === 'json_schema' ||
    request.response_format?.type === 'json_object'
  ) {
    return `The user asked ${quoted} and wants JSON. I will fill it from the prompt.`;
  }
  return `The user wrote ${quoted}. I will echo it back.`;
}

function countToolCallTokens(toolCalls: PlannedToolCall[]): number {
  return toolCalls.reduce(
    (sum, call) => sum + estimateTokens(call.name) + estimateTokens(call.arguments),
    0,
  );
}
