import type { ChatPlan } from '../chat-plan';

/**
 * OpenAI's chat-completions envelopes, shared by the openai dialect, the stream-fault player
 * and the OpenAI-like brand dialects (DeepSeek, GLM, MiniMax) that only change a few fields.
 */

export interface OpenAIUsageOptions {
  /** Report reasoning tokens (and count them into completion tokens). OpenAI dialect: false. */
  includeReasoning?: boolean;
}

/** OpenAI's usage object with its detail blocks (fx:openai/openai_gpt-4.1-nano_text__nonstream). */
export function openAIUsage(plan: ChatPlan, options: OpenAIUsageOptions = {}) {
  const reasoningTokens = options.includeReasoning ? plan.usage.reasoningTokens : 0;
  const completionTokens = plan.usage.outputTokens + reasoningTokens;
  return {
    prompt_tokens: plan.usage.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: plan.usage.promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: plan.usage.cachedTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** One `chat.completion.chunk` with a single choice. */
export function openAIChunk(
  plan: ChatPlan,
  delta: Record<string, unknown>,
  finishReason: string | null = null,
) {
  return {
    id: plan.id,
    object: 'chat.completion.chunk',
    created: plan.created,
    model: plan.model,
    system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    usage: null,
  };
}

/**
 * The usage-only chunk (`choices: []`) that ends an OpenAI stream. new-api synthesises the same
 * shape, with `system_fingerprint: ""`, when the upstream sent no usage.
 */
export function openAIUsageChunk(
  plan: ChatPlan,
  options: OpenAIUsageOptions & { systemFingerprint?: string | null } = {},
) {
  return {
    id: plan.id,
    object: 'chat.completion.chunk',
    created: plan.created,
    model: plan.model,
    system_fingerprint: options.systemFingerprint === undefined ? null : options.systemFingerprint,
    choices: [],
    usage: openAIUsage(plan, options),
  };
}

/** `message.tool_calls` of a non-stream answer (no `index`, as OpenAI sends it). */
export function openAIToolCalls(plan: ChatPlan) {
  return plan.toolCalls.map((call) => ({
    id: call.id,
    type: 'function',
    function: { name: call.name, arguments: call.arguments },
  }));
}
