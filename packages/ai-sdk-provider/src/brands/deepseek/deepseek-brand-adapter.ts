import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';
import type { CCAPIBrandAdapter } from '../../chat/ccapi-brand-adapter';
import { applyUnsupportedSettings } from '../apply-unsupported-settings';
import { mapThinkingSwitchReasoning, readThinkingSwitchOption } from '../thinking-switch-settings';
import {
  type CCAPILanguageModelDeepSeekChatOptions,
  deepseekChatOptionsSchema,
} from './deepseek-chat-options';
import { createDeepSeekToolCallParser } from './deepseek-dsml-tool-call-parser';
import { getDeepSeekModelTraits } from './get-deepseek-model-traits';

/**
 * DeepSeek through CCAPI's DeepSeek channel, which re-marshals the request as is (`thinking`,
 * `reasoning_effort` and message `reasoning_content` are forwarded) and passes the response
 * through raw (2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels, 2026-12-03-wire-rules.md#deepseek).
 *
 * Response side, handled by the core and asserted in this folder's tests: `reasoning_content`
 * deltas, `prompt_cache_hit_tokens` as cached input, usage inside the finish chunk, `: keep-alive`
 * comments, `insufficient_system_resource` → error. DSML tool-call markup leaked into `content`
 * becomes tool calls (`createContentToolCallParser`).
 *
 * Request side (this adapter):
 * - thinking on/off and, for V4, `reasoning_effort` from the top-level `reasoning` option or
 *   `providerOptions.ccapi.thinking`;
 * - warnings for settings DeepSeek ignores in thinking mode (temperature, topP, penalties) or
 *   does not support (topK, json_schema, logprobs in V3.2 thinking mode);
 * - reasoning sent back as `reasoning_content`: always on assistant messages with tool calls of
 *   the current user turn (DeepSeek answers 400 "The `reasoning_content` in the thinking mode must
 *   be passed back to the API." otherwise), on every assistant message for V4 (back-filled with
 *   `""` when none was recorded, as vercel/ai does), and dropped on V3.2 messages before the last
 *   user message, which V3.2 ignores (DeepSeek's docs recommend clearing them).
 */
export const deepseekBrandAdapter: CCAPIBrandAdapter = {
  brand: 'deepseek',
  optionsSchema: deepseekChatOptionsSchema,

  prepareRequest(context) {
    const { body, callOptions, options, normalizedModelId, modelId, warnings } = context;
    const traits = getDeepSeekModelTraits(normalizedModelId);
    const explicitThinking = readThinkingSwitchOption(
      (options as CCAPILanguageModelDeepSeekChatOptions).thinking,
    );
    const level = callOptions.reasoning;

    let thinking: 'enabled' | 'disabled' | undefined;
    if (traits.gatewaySwitch != null) {
      // new-api rewrites `thinking` / `reasoning_effort` for these ids; anything we send is lost.
      if (explicitThinking != null || (level != null && level !== 'provider-default')) {
        warnings.push({
          type: 'compatibility',
          feature: 'reasoning',
          details: `${modelId}: CCAPI sets thinking from the '-${traits.gatewaySwitch}' suffix of the model id and overwrites the reasoning option and providerOptions.ccapi.thinking. Use the id without the suffix to choose.`,
        });
      }
    } else {
      const mapped = mapThinkingSwitchReasoning(
        level,
        { modelId, hasEffortLevels: traits.generation === 'v4', canDisableThinking: true },
        warnings,
      );
      thinking = explicitThinking ?? mapped.thinking;
      if (thinking != null) body.thinking = { type: thinking };
      if (thinking !== 'disabled' && mapped.effort != null && body.reasoning_effort == null) {
        body.reasoning_effort = mapped.effort;
      }
    }

    const thinkingOn =
      thinking === 'enabled' || (thinking == null && traits.thinkingByDefault === 'on');

    applyUnsupportedSettings(context, [
      { field: 'top_k', reason: 'DeepSeek has no top_k' },
      // Accepted in thinking mode, but without effect.
      ...(thinkingOn
        ? SAMPLING_FIELDS.map((field) => ({
            field,
            reason: `DeepSeek ignores ${field} in thinking mode`,
            effect: 'ignored' as const,
          }))
        : []),
    ]);

    if (body.response_format?.type === 'json_schema') {
      // DeepSeek's JSON Output is `json_object` only; a json_schema format is rejected.
      body.response_format = { type: 'json_object' };
      warnings.push({
        type: 'compatibility',
        feature: 'responseFormat',
        details:
          'DeepSeek supports JSON output without a schema only: sent response_format json_object. Describe the JSON shape (and the word "json") in the prompt.',
      });
    }

    if (
      thinkingOn &&
      traits.generation === 'v3' &&
      (body.logprobs != null || body.top_logprobs != null)
    ) {
      warnings.push({
        type: 'unsupported',
        feature: 'logprobs',
        details:
          'DeepSeek V3.2 rejects logprobs / top_logprobs in thinking mode (400); turn thinking off to use them.',
      });
    }
  },

  prepareAssistantMessage({
    message,
    reasoningText,
    isBeforeLastUserMessage,
    options,
    normalizedModelId,
  }) {
    const send = options.sendReasoning;
    if (send === false) return;
    const { generation } = getDeepSeekModelTraits(normalizedModelId);
    const hasToolCalls = message.tool_calls != null && message.tool_calls.length > 0;

    if (generation === 'v4') {
      // V4 requires the reasoning of every turn that called tools in all later requests; a turn
      // may legitimately have produced no reasoning, so every assistant message carries the field.
      message.reasoning_content = reasoningText;
      return;
    }
    if (send === true) {
      if (hasToolCalls || reasoningText.length > 0) message.reasoning_content = reasoningText;
      return;
    }
    // V3.2: required within the current user turn, ignored (and recommended to clear) after it.
    if (hasToolCalls && !isBeforeLastUserMessage) message.reasoning_content = reasoningText;
  },

  mapFinishReason(raw): LanguageModelV4FinishReason['unified'] | undefined {
    // The inference capacity ran out mid-answer: the output is incomplete.
    if (raw === 'insufficient_system_resource') return 'error';
    return undefined;
  },

  // V3.2/V4 sometimes write their tool calls as DSML text with finish `stop` (2026-12-03-wire-rules.md#deepseek).
  createContentToolCallParser: createDeepSeekToolCallParser,
};

const SAMPLING_FIELDS = ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'] as const;
