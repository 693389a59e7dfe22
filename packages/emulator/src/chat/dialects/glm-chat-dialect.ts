import { createHash } from 'node:crypto';
import {
  type ChatCompletionRequest,
  type ChatMessage,
  readMessages,
} from '../chat-completion-request';
import type { ChatPlan } from '../chat-plan';
import { splitTextDeltas } from '../split-stream-deltas';
import { applyFinishSuffix, withoutFinishSuffix } from './apply-finish-suffix';
import type { ChatDialect, ChatDialectRejection, ChatStreamFrame } from './chat-dialect';
import { detectModelBrand } from './detect-model-brand';
import { emittedGLMReasoning, rememberGLMReasoning } from './glm-emitted-reasoning';
import { modelName } from './model-name';
import { validateOpenAIRequest } from './openai-chat-dialect';
import { relayRejection } from './relay-rejection';

/**
 * Zhipu GLM (Z.ai) through CCAPI. The response is GLM's own, passed through raw by new-api
 * (2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels; 2026-12-03-wire-rules.md#glm, fx:glm/zai-*):
 *
 * - chunk ids are timestamp-like (`20260313050448e162ecc8207a4c47`); every delta repeats
 *   `"role":"assistant"`; intermediate chunks have NO `finish_reason` key (absent, not null) and
 *   no `usage` key;
 * - reasoning arrives as `reasoning_content` deltas, then the answer as `content` deltas;
 * - each tool call arrives WHOLE in one delta (`id` `call_<24 hex>`, `index`, `type`, name and the
 *   complete arguments; no `tool_stream`), parallel calls in separate chunks with index 0, 1, …;
 * - the last chunk carries `finish_reason`, `delta: {role, content: ""}` and the usage
 *   (`cached_tokens`, `reasoning_tokens`); non-stream bodies add `request_id` and use ids like
 *   `call_-7807249954186984837`.
 *
 * Request side: CCAPI's Zhipu v4 channel rebuilds requests from a whitelist that drops message
 * `reasoning_content`; the emulator models the OpenAI-type pass-through channel CCAPI may also
 * use, where GLM sees what the client sent, so GLM's own rules apply:
 * - with `thinking.clear_thinking: false` (preserved thinking), an assistant message with tool
 *   calls must carry the `reasoning_content` emitted with those calls, unmodified (the emulator
 *   remembers it per tool-call id), else error 1214;
 * - GLM-5.3 and later cannot disable thinking (error 1210);
 * - tool messages must answer the tool calls before them (error 1214).
 * Errors are GLM's `{"code":"<string>","message":…}` as new-api relays them: HTTP 400, OpenAI
 * shape, `type: "upstream_error"`, the code kept as a string, new-api's request id appended.
 *
 * A model id ending in `~finish:<reason>` (emulator only; `sensitive`, `network_error` or
 * `model_context_window_exceeded`) answers with half of the text and that finish reason.
 */
export const glmChatDialect: ChatDialect = {
  name: 'glm',
  matches: (modelId) => detectModelBrand(modelId) === 'glm',
  validateRequest: validateGLMRequest,
  wantsReasoning: glmWantsReasoning,
  renderNonStream: renderGLMNonStream,
  renderStream: renderGLMStream,
};

export const GLM_MESSAGES_ERROR =
  'The messages parameter is illegal. Please check the documentation.';
export const GLM_ALWAYS_THINKS_ERROR =
  'This model always engages in thinking and cannot be disabled; please use low, high, or max';

/** GLM's own finish reasons a test may ask for with the `~finish:<reason>` model suffix. */
const SCRIPTED_FINISH_REASONS = new Set([
  'sensitive',
  'network_error',
  'model_context_window_exceeded',
]);

function readVersion(model: unknown): { major: number; minor: number } | undefined {
  const name = modelName(withoutFinishSuffix(typeof model === 'string' ? model : ''));
  const match = /^glm-(\d+)(?:\.(\d+))?/.exec(name);
  if (match == null) return undefined;
  return { major: Number(match[1]), minor: match[2] != null ? Number(match[2]) : 0 };
}

function atLeast(
  version: { major: number; minor: number } | undefined,
  major: number,
  minor: number,
) {
  if (version == null) return false;
  return version.major > major || (version.major === major && version.minor >= minor);
}

function thinkingOf(request: ChatCompletionRequest): { type?: unknown; clear_thinking?: unknown } {
  const thinking = request.thinking;
  return thinking != null && typeof thinking === 'object' ? thinking : {};
}

/**
 * GLM thinks by default from GLM-4.5 (4.5/4.6 decide per request; 4.7 and 5.x always unless
 * disabled); `thinking.type` switches it; GLM-5.2's `reasoning_effort: "none"` turns it off.
 */
export function glmWantsReasoning(request: ChatCompletionRequest): boolean {
  const type = thinkingOf(request).type;
  if (type === 'disabled') return false;
  if (type === 'enabled') return true;
  if (request.reasoning_effort === 'none') return false;
  return atLeast(readVersion(request.model), 4, 5);
}

export function validateGLMRequest(
  request: ChatCompletionRequest,
): ChatDialectRejection | undefined {
  const thinking = thinkingOf(request);
  if (
    atLeast(readVersion(request.model), 5, 3) &&
    (thinking.type === 'disabled' || request.reasoning_effort === 'none')
  ) {
    return glmError('1210', GLM_ALWAYS_THINKS_ERROR);
  }

  // Tool results must answer the calls before them (GLM reports these as invalid messages).
  if (validateOpenAIRequest({ ...request, response_format: undefined }) !== undefined) {
    return glmError('1214', GLM_MESSAGES_ERROR);
  }

  if (thinking.clear_thinking === false && thinking.type !== 'disabled') {
    for (const message of readMessages(request)) {
      if (modifiedReasoning(message)) return glmError('1214', GLM_MESSAGES_ERROR);
    }
  }
  return undefined;
}

/** Whether an assistant tool-call message lost or changed the reasoning emitted with its calls. */
function modifiedReasoning(message: ChatMessage): boolean {
  if (message.role !== 'assistant' || !Array.isArray(message.tool_calls)) return false;
  const sent = typeof message.reasoning_content === 'string' ? message.reasoning_content : '';
  return message.tool_calls.some((call) => {
    const emitted = typeof call.id === 'string' ? emittedGLMReasoning(call.id) : undefined;
    return emitted !== undefined && emitted !== sent;
  });
}

function glmError(code: string, message: string): ChatDialectRejection {
  // new-api fills an upstream error without a type with `upstream_error`.
  return relayRejection(message, { type: 'upstream_error', code });
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `20260313050448` + 16 hex: GLM's timestamp-like ids (also the non-stream `request_id`). */
function glmId(plan: ChatPlan): string {
  const stamp = new Date(plan.created * 1000)
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `${stamp}${hash(plan.id).slice(0, 16)}`;
}

/** Stream tool-call ids: `call_<24 hex>`. */
function glmStreamToolCallId(planToolCallId: string): string {
  return `call_${hash(planToolCallId).slice(0, 24)}`;
}

/** Non-stream tool-call ids: `call_-<19 digits>`, consecutive (descending) for parallel calls. */
function glmNonStreamToolCallIds(plan: ChatPlan): string[] {
  if (plan.toolCalls.length === 0) return [];
  const base =
    (BigInt(`0x${hash(plan.toolCalls[0]?.id ?? plan.id).slice(0, 15)}`) %
      8_000_000_000_000_000_000n) +
    1_000_000_000_000_000_000n;
  return plan.toolCalls.map((_, index) => `call_-${base - BigInt(index)}`);
}

function glmUsage(plan: ChatPlan) {
  const reasoningTokens = plan.reasoning !== undefined ? plan.usage.reasoningTokens : 0;
  const completionTokens = plan.usage.outputTokens + reasoningTokens;
  return {
    completion_tokens: completionTokens,
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
    prompt_tokens: plan.usage.promptTokens,
    prompt_tokens_details: { cached_tokens: plan.usage.cachedTokens },
    total_tokens: plan.usage.promptTokens + completionTokens,
  };
}

function remember(plan: ChatPlan, ids: string[]): void {
  if (plan.reasoning !== undefined && ids.length > 0) rememberGLMReasoning(ids, plan.reasoning);
}

export function renderGLMNonStream(planned: ChatPlan) {
  const { plan, finishReason } = applyFinishSuffix(planned, SCRIPTED_FINISH_REASONS);
  const id = glmId(plan);
  const ids = glmNonStreamToolCallIds(plan);
  remember(plan, ids);
  return {
    choices: [
      {
        finish_reason: finishReason,
        index: 0,
        message: {
          content: plan.text,
          ...(plan.reasoning !== undefined ? { reasoning_content: plan.reasoning } : {}),
          role: 'assistant',
          ...(plan.toolCalls.length > 0
            ? {
                tool_calls: plan.toolCalls.map((call, index) => ({
                  function: { arguments: call.arguments, name: call.name },
                  id: ids[index],
                  index,
                  type: 'function',
                })),
              }
            : {}),
        },
      },
    ],
    created: plan.created,
    id,
    model: plan.model,
    object: 'chat.completion',
    request_id: id,
    usage: glmUsage(plan),
  };
}

export function renderGLMStream(planned: ChatPlan): ChatStreamFrame[] {
  const { plan, finishReason } = applyFinishSuffix(planned, SCRIPTED_FINISH_REASONS);
  const id = glmId(plan);
  const ids = plan.toolCalls.map((call) => glmStreamToolCallId(call.id));
  remember(plan, ids);
  const envelope = (choice: Record<string, unknown>, usage?: unknown) => ({
    id,
    created: plan.created,
    object: 'chat.completion.chunk',
    model: plan.model,
    choices: [{ index: 0, ...choice }],
    ...(usage !== undefined ? { usage } : {}),
  });
  const content = (delta: Record<string, unknown>): ChatStreamFrame => ({
    kind: 'data',
    phase: 'content',
    payload: envelope({ delta }),
  });

  const frames: ChatStreamFrame[] = [];
  for (const piece of splitTextDeltas(plan.reasoning ?? '')) {
    frames.push(content({ role: 'assistant', reasoning_content: piece }));
  }
  for (const piece of splitTextDeltas(plan.text)) {
    frames.push(content({ role: 'assistant', content: piece }));
  }
  plan.toolCalls.forEach((call, index) => {
    frames.push(
      content({
        tool_calls: [
          {
            id: ids[index],
            index,
            type: 'function',
            function: { name: call.name, arguments: call.arguments },
          },
        ],
      }),
    );
  });
  frames.push({
    kind: 'data',
    phase: 'finish',
    payload: envelope(
      { finish_reason: finishReason, delta: { role: 'assistant', content: '' } },
      glmUsage(plan),
    ),
  });
  return frames;
}
