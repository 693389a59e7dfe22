import { createHash } from 'node:crypto';
import {
  type ChatCompletionRequest,
  type ChatMessage,
  readMessages,
} from '../chat-completion-request';
import type { ChatPlan } from '../chat-plan';
import { splitArgumentFragments, splitTextDeltas } from '../split-stream-deltas';
import { applyFinishSuffix, withoutFinishSuffix } from './apply-finish-suffix';
import type { ChatDialect, ChatDialectRejection, ChatStreamFrame } from './chat-dialect';
import { detectModelBrand } from './detect-model-brand';
import { modelName } from './model-name';
import { validateOpenAIRequest } from './openai-chat-dialect';
import { relayRejection } from './relay-rejection';

/**
 * DeepSeek through CCAPI's DeepSeek channel: new-api re-marshals the request as is (`thinking`,
 * `reasoning_effort` and message `reasoning_content` are forwarded) and passes DeepSeek's output
 * through raw (2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels), so this is DeepSeek's own shape (2026-12-03-wire-rules.md#deepseek,
 * fx:deepseek/*):
 *
 * - the first chunk is `{"role":"assistant","content":null,"reasoning_content":""}` in thinking
 *   mode (`{"role":"assistant","content":""}` otherwise); reasoning deltas carry `content: null`,
 *   answer deltas `reasoning_content: null`; every chunk has `"usage": null`, `logprobs: null`
 *   and a `system_fingerprint`; ids are UUIDs;
 * - tool calls: the first delta has `index`, `id` (`call_<2-digit index>_<24 chars>`), `type` and
 *   the name with `arguments: ""`; the arguments follow as small fragments;
 * - usage rides in the finish chunk (no `choices: []` chunk), with `prompt_cache_hit_tokens` /
 *   `prompt_cache_miss_tokens`, and `completion_tokens_details.reasoning_tokens` in thinking mode;
 * - `: keep-alive` comments, which DeepSeek sends while a loaded server holds the stream open (at
 *   the start, and while it thinks). new-api's scanner normally drops upstream comments; the
 *   emulator keeps them so clients prove they skip them.
 *
 * Request rules, with DeepSeek's own error body (`invalid_request_error`), relayed with new-api's
 * request id:
 * - thinking mode: every assistant message with `tool_calls` of the current user turn (V3.2) or
 *   of the whole history (V4) must carry `reasoning_content` (`""` counts, as DeepSeek accepts
 *   the back-filled empty string), else 400 "The `reasoning_content` in the thinking mode must be
 *   passed back to the API.";
 * - V3.2 thinking mode rejects `logprobs` / `top_logprobs`; `response_format` `json_schema` is
 *   rejected (DeepSeek has JSON Output without a schema only);
 * - the OpenAI tool-message order rules, which DeepSeek enforces with OpenAI's wording.
 *
 * A model id ending in `~finish:insufficient_system_resource` (emulator only) answers with half
 * of the text and that finish reason, as DeepSeek does when it runs out of capacity mid-answer.
 */
export const deepseekChatDialect: ChatDialect = {
  name: 'deepseek',
  matches: (modelId) => detectModelBrand(modelId) === 'deepseek',
  validateRequest: validateDeepSeekRequest,
  wantsReasoning: deepseekWantsReasoning,
  renderNonStream: renderDeepSeekNonStream,
  renderStream: renderDeepSeekStream,
};

const SYSTEM_FINGERPRINT = 'fp_eaab8d114b_prod0820_fp8_kvcache';

export const DEEPSEEK_REASONING_PASSBACK_ERROR =
  'The `reasoning_content` in the thinking mode must be passed back to the API.';

interface DeepSeekModel {
  /** `v4` for `deepseek-v4*` and later, `v3` for V3.2 (`deepseek-v3.2`, `-chat`, `-reasoner`). */
  generation: 'v3' | 'v4';
  /** CCAPI's `deepseek-v4-*-none` / `-max` suffix, which the gateway turns into thinking off/on. */
  gatewaySwitch: 'none' | 'max' | undefined;
  reasoner: boolean;
}

/** The raw finish reasons a test may ask for with the `~finish:<reason>` model suffix. */
const SCRIPTED_FINISH_REASONS = new Set(['insufficient_system_resource', 'content_filter']);

function readModel(model: unknown): DeepSeekModel {
  const name = modelName(withoutFinishSuffix(typeof model === 'string' ? model : ''));
  const version = /^deepseek-v(\d+)/.exec(name);
  const generation = version != null && Number(version[1]) >= 4 ? 'v4' : 'v3';
  const suffix = generation === 'v4' ? /-(none|max)$/.exec(name)?.[1] : undefined;
  return {
    generation,
    gatewaySwitch: suffix === 'none' || suffix === 'max' ? suffix : undefined,
    reasoner: name.includes('reasoner'),
  };
}

/**
 * Thinking mode as DeepSeek decides it: the gateway's model-id suffix first, then
 * `thinking.type`; otherwise V4 and `deepseek-reasoner` think, V3.2 `deepseek-chat` /
 * `deepseek-v3.2` do not (V3.2 has no `reasoning_effort`; it is ignored there).
 */
export function deepseekWantsReasoning(request: ChatCompletionRequest): boolean {
  const model = readModel(request.model);
  if (model.gatewaySwitch != null) return model.gatewaySwitch === 'max';
  const thinking = request.thinking as { type?: unknown } | null | undefined;
  if (thinking?.type === 'disabled') return false;
  if (thinking?.type === 'enabled' || thinking?.type === 'adaptive') return true;
  return model.generation === 'v4' || model.reasoner;
}

export function validateDeepSeekRequest(
  request: ChatCompletionRequest,
): ChatDialectRejection | undefined {
  const model = readModel(request.model);
  const thinking = deepseekWantsReasoning(request);

  if (request.response_format?.type === 'json_schema') {
    return invalidRequest('This response_format type is unavailable now');
  }
  if (thinking && model.generation === 'v3') {
    for (const parameter of ['logprobs', 'top_logprobs']) {
      if (request[parameter] != null && request[parameter] !== false) {
        return invalidRequest(`deepseek-reasoner does not support the parameter \`${parameter}\``);
      }
    }
  }

  const structural = validateOpenAIRequest(request);
  if (structural) return structural;

  if (thinking) {
    const messages = readMessages(request);
    const from = model.generation === 'v4' ? 0 : lastUserIndex(messages) + 1;
    for (let i = from; i < messages.length; i++) {
      const message = messages[i] as ChatMessage;
      if (message.role !== 'assistant') continue;
      if (!Array.isArray(message.tool_calls) || message.tool_calls.length === 0) continue;
      if (typeof message.reasoning_content !== 'string') {
        return invalidRequest(DEEPSEEK_REASONING_PASSBACK_ERROR);
      }
    }
  }
  return undefined;
}

function lastUserIndex(messages: ChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === 'user') return i;
  return -1;
}

function invalidRequest(message: string): ChatDialectRejection {
  return relayRejection(message, {
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_request_error',
  });
}

/** A UUID-shaped response id derived from the plan (DeepSeek ids are UUIDs). */
function deepseekId(plan: ChatPlan): string {
  const hex = createHash('sha256').update(plan.id).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `call_00_<24 chars>`: the call's position, then the plan's 24-character id. */
function deepseekToolCallId(planToolCallId: string, position: number): string {
  return `call_${String(position).padStart(2, '0')}_${planToolCallId.replace(/^call_/, '')}`;
}

/** DeepSeek's usage: reasoning counts into completion tokens; cache hit/miss next to details. */
function deepseekUsage(plan: ChatPlan) {
  const thinking = plan.reasoning !== undefined;
  const reasoningTokens = thinking ? plan.usage.reasoningTokens : 0;
  const completionTokens = plan.usage.outputTokens + reasoningTokens;
  return {
    prompt_tokens: plan.usage.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: plan.usage.promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: plan.usage.cachedTokens },
    ...(thinking ? { completion_tokens_details: { reasoning_tokens: reasoningTokens } } : {}),
    prompt_cache_hit_tokens: plan.usage.cachedTokens,
    prompt_cache_miss_tokens: plan.usage.promptTokens - plan.usage.cachedTokens,
  };
}

export function renderDeepSeekNonStream(planned: ChatPlan) {
  const { plan, finishReason } = applyFinishSuffix(planned, SCRIPTED_FINISH_REASONS);
  const thinking = plan.reasoning !== undefined;
  return {
    id: deepseekId(plan),
    object: 'chat.completion',
    created: plan.created,
    model: plan.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          // DeepSeek answers `""`, not `null`, when it only calls tools.
          content: plan.text,
          ...(thinking ? { reasoning_content: plan.reasoning } : {}),
          ...(plan.toolCalls.length > 0
            ? {
                tool_calls: plan.toolCalls.map((call, index) => ({
                  index,
                  id: deepseekToolCallId(call.id, index),
                  type: 'function',
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : {}),
        },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: deepseekUsage(plan),
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
}

export function renderDeepSeekStream(planned: ChatPlan): ChatStreamFrame[] {
  const { plan, finishReason } = applyFinishSuffix(planned, SCRIPTED_FINISH_REASONS);
  const thinking = plan.reasoning !== undefined;
  const id = deepseekId(plan);
  const chunk = (
    delta: Record<string, unknown>,
    reason: string | null = null,
    usage: unknown = null,
  ) => ({
    id,
    object: 'chat.completion.chunk',
    created: plan.created,
    model: plan.model,
    system_fingerprint: SYSTEM_FINGERPRINT,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: reason }],
    usage,
  });
  const content = (delta: Record<string, unknown>): ChatStreamFrame => ({
    kind: 'data',
    phase: 'content',
    payload: chunk(delta),
  });

  const frames: ChatStreamFrame[] = [{ kind: 'comment', text: 'keep-alive' }];
  frames.push(
    content(
      thinking
        ? { role: 'assistant', content: null, reasoning_content: '' }
        : { role: 'assistant', content: '' },
    ),
  );
  if (thinking) {
    for (const piece of splitTextDeltas(plan.reasoning ?? '')) {
      frames.push(content({ content: null, reasoning_content: piece }));
    }
    // A loaded server keeps the connection alive while the model thinks.
    frames.push({ kind: 'comment', text: 'keep-alive' });
  }
  for (const piece of splitTextDeltas(plan.text)) {
    frames.push(
      content(thinking ? { content: piece, reasoning_content: null } : { content: piece }),
    );
  }
  plan.toolCalls.forEach((call, index) => {
    frames.push(
      content({
        tool_calls: [
          {
            index,
            id: deepseekToolCallId(call.id, index),
            type: 'function',
            function: { name: call.name, arguments: '' },
          },
        ],
      }),
    );
    for (const fragment of splitArgumentFragments(call.arguments, 4)) {
      frames.push(content({ tool_calls: [{ index, function: { arguments: fragment } }] }));
    }
  });
  frames.push({
    kind: 'data',
    phase: 'finish',
    payload: chunk(
      thinking ? { content: '', reasoning_content: null } : { content: '' },
      finishReason,
      deepseekUsage(plan),
    ),
  });
  return frames;
}
