import type { ChatPlan } from '../chat/chat-plan';
import { splitArgumentFragments, splitTextDeltas } from '../chat/split-stream-deltas';
import { signThinking } from './native-signatures';
import type { NativeStreamFrame } from './native-stream';
import type { ResponsesRequest } from './responses-request';

/** What the Responses answer holds besides the plan. */
export interface ResponsesRenderOptions {
  request: ResponsesRequest;
  /** The model reasoned (reasoning item and reasoning tokens). */
  reasons: boolean;
}

type OutputItem = Record<string, unknown> & { type: string; id: string };

/** The Responses object (`stream: false`, and inside `response.completed`). */
export function renderResponsesResponse(plan: ChatPlan, options: ResponsesRenderOptions) {
  return responseObject(plan, options, 'final', outputItems(plan, options));
}

/**
 * The Responses stream as OpenAI sends it (`event:` + `data:`, each with `sequence_number`, no
 * `[DONE]`): `response.created`, `response.in_progress`, then per output item
 * `response.output_item.added` → its deltas (`reasoning_summary_text`, `output_text`,
 * `function_call_arguments`) → `response.output_item.done`, and `response.completed` (or
 * `response.incomplete` when cut at `max_output_tokens`) with usage.
 */
export function renderResponsesStream(
  plan: ChatPlan,
  options: ResponsesRenderOptions,
): NativeStreamFrame[] {
  const frames: NativeStreamFrame[] = [];
  const push = (
    type: string,
    data: Record<string, unknown>,
    phase: 'content' | 'finish' = 'content',
  ) => frames.push({ event: type, data: { type, sequence_number: frames.length, ...data }, phase });

  push('response.created', { response: responseObject(plan, options, 'in_progress', []) });
  push('response.in_progress', { response: responseObject(plan, options, 'in_progress', []) });

  for (const [outputIndex, item] of outputItems(plan, options).entries()) {
    const at = { item_id: item.id, output_index: outputIndex };
    switch (item.type) {
      case 'reasoning': {
        push('response.output_item.added', {
          output_index: outputIndex,
          item: { ...item, summary: [] },
        });
        const summary = (item.summary as { text: string }[])[0]?.text;
        if (summary != null) {
          const part = { type: 'summary_text', text: '' };
          push('response.reasoning_summary_part.added', { ...at, summary_index: 0, part });
          for (const delta of splitTextDeltas(summary)) {
            push('response.reasoning_summary_text.delta', { ...at, summary_index: 0, delta });
          }
          push('response.reasoning_summary_text.done', { ...at, summary_index: 0, text: summary });
          push('response.reasoning_summary_part.done', {
            ...at,
            summary_index: 0,
            part: { ...part, text: summary },
          });
        }
        break;
      }
      case 'message': {
        push('response.output_item.added', {
          output_index: outputIndex,
          item: { ...item, status: 'in_progress', content: [] },
        });
        const at0 = { ...at, content_index: 0 };
        push('response.content_part.added', { ...at0, part: outputText('') });
        for (const delta of splitTextDeltas(plan.text)) {
          push('response.output_text.delta', { ...at0, delta, logprobs: [] });
        }
        push('response.output_text.done', { ...at0, text: plan.text, logprobs: [] });
        push('response.content_part.done', { ...at0, part: outputText(plan.text) });
        break;
      }
      case 'function_call': {
        const args = String(item.arguments);
        push('response.output_item.added', {
          output_index: outputIndex,
          item: { ...item, arguments: '', status: 'in_progress' },
        });
        for (const delta of splitArgumentFragments(args)) {
          push('response.function_call_arguments.delta', { ...at, delta });
        }
        push('response.function_call_arguments.done', { ...at, arguments: args });
        break;
      }
    }
    push('response.output_item.done', { output_index: outputIndex, item });
  }

  const final = renderResponsesResponse(plan, options);
  push(
    final.status === 'incomplete' ? 'response.incomplete' : 'response.completed',
    { response: final },
    'finish',
  );
  return frames;
}

/** OpenAI's in-stream `error` event, for the `stream-error` fault. */
export function responsesServerError() {
  return {
    type: 'error',
    sequence_number: 0,
    code: 'server_error',
    message: 'The server had an error while processing your request. Sorry about that!',
    param: null,
  };
}

function outputItems(plan: ChatPlan, options: ResponsesRenderOptions): OutputItem[] {
  const items: OutputItem[] = [];
  const suffix = plan.id.replace(/^chatcmpl-/, '').slice(0, 24);
  const { request } = options;
  if (options.reasons && plan.reasoning !== undefined) {
    const summary =
      request.reasoning?.summary != null ? [{ type: 'summary_text', text: plan.reasoning }] : [];
    items.push({
      type: 'reasoning',
      id: `rs_${suffix}`,
      summary,
      ...(request.include?.includes('reasoning.encrypted_content') && {
        encrypted_content: signThinking(plan.reasoning),
      }),
    });
  }
  if (plan.text.length > 0) {
    items.push({
      type: 'message',
      id: `msg_${suffix}`,
      status: 'completed',
      role: 'assistant',
      content: [outputText(plan.text)],
    });
  }
  for (const [index, call] of plan.toolCalls.entries()) {
    items.push({
      type: 'function_call',
      id: `fc_${suffix}${index}`,
      call_id: call.id,
      name: call.name,
      arguments: call.arguments,
      status: 'completed',
    });
  }
  return items;
}

function outputText(text: string) {
  return { type: 'output_text', text, annotations: [], logprobs: [] };
}

function responseObject(
  plan: ChatPlan,
  options: ResponsesRenderOptions,
  stage: 'in_progress' | 'final',
  output: OutputItem[],
) {
  const { request } = options;
  const incomplete = stage === 'final' && plan.finishReason === 'length';
  const reasoningTokens = options.reasons ? plan.usage.reasoningTokens : 0;
  const outputTokens = plan.usage.outputTokens + reasoningTokens;
  return {
    id: `resp_${plan.id.replace(/^chatcmpl-/, '')}`,
    object: 'response',
    created_at: plan.created,
    status: stage === 'in_progress' ? 'in_progress' : incomplete ? 'incomplete' : 'completed',
    error: null,
    incomplete_details: incomplete ? { reason: 'max_output_tokens' } : null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    model: plan.model,
    output,
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    previous_response_id: null,
    reasoning: {
      effort: request.reasoning?.effort ?? null,
      summary: request.reasoning?.summary ?? null,
    },
    store: request.store ?? true,
    temperature: request.temperature ?? 1,
    text: request.text ?? { format: { type: 'text' } },
    tool_choice: request.tool_choice ?? 'auto',
    tools: request.tools ?? [],
    top_p: request.top_p ?? 1,
    truncation: 'disabled',
    usage:
      stage === 'in_progress'
        ? null
        : {
            input_tokens: plan.usage.promptTokens,
            input_tokens_details: { cached_tokens: plan.usage.cachedTokens },
            output_tokens: outputTokens,
            output_tokens_details: { reasoning_tokens: reasoningTokens },
            total_tokens: plan.usage.promptTokens + outputTokens,
          },
    metadata: {},
  };
}
