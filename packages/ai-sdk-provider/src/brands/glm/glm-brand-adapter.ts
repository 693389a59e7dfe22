import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';
import type { CCAPIBrandAdapter, CCAPIBrandRequestContext } from '../../chat/ccapi-brand-adapter';
import { applyUnsupportedSettings } from '../apply-unsupported-settings';
import { collectReasoningDetails } from '../collect-reasoning-details';
import { mapThinkingSwitchReasoning, readThinkingSwitchOption } from '../thinking-switch-settings';
import { getGLMModelTraits } from './get-glm-model-traits';
import { type CCAPILanguageModelGLMChatOptions, glmChatOptionsSchema } from './glm-chat-options';
import { mapGLMErrorCode } from './map-glm-error-code';

/**
 * Zhipu GLM (Z.ai) through CCAPI (2026-12-03-wire-rules.md#glm, 2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels).
 *
 * CCAPI's Zhipu v4 channel REBUILDS the request from a whitelist (`model, stream, messages(role,
 * content, tool_calls, tool_call_id), temperature, top_p, stop, tools, tool_choice, thinking,
 * max_tokens`): message `reasoning_content`, `response_format`, `reasoning_effort` and `seed` are
 * dropped there, while an OpenAI-type pass-through channel keeps them. We cannot tell which one
 * serves a model, so this adapter sends what GLM itself requires and warns where the Zhipu channel
 * is known to drop something that changes the answer.
 *
 * Response side, handled by the core and asserted in this folder's tests: `reasoning_content`
 * deltas, whole tool calls per chunk with parallel indexes, object-typed `arguments`, `role: ""`,
 * no `finish_reason` key until the last chunk, usage in the finish chunk or in a separate
 * `choices: []` chunk, finish reasons `sensitive` / `network_error` /
 * `model_context_window_exceeded` (raw value kept).
 *
 * Request side (this adapter):
 * - `thinking: { type, clear_thinking }` and, from GLM-5.2, `reasoning_effort`, from the
 *   top-level `reasoning` option or `providerOptions.ccapi.thinking` / `clearThinking`;
 * - reasoning sent back as `reasoning_content`, unmodified, on every assistant message that had
 *   reasoning (GLM requires it with tool results for interleaved thinking, and every block
 *   unmodified with `clear_thinking: false`), plus gateway-style `reasoning_details` when the
 *   answer carried them;
 * - warnings and fixes for settings GLM does not take: one stop word, temperature ≤ 1, no topK,
 *   penalties, seed, parallel_tool_calls, json_schema.
 */
export const glmBrandAdapter: CCAPIBrandAdapter = {
  brand: 'glm',
  optionsSchema: glmChatOptionsSchema,

  prepareRequest(context) {
    const { body, callOptions, options, normalizedModelId, modelId, warnings } = context;
    const traits = getGLMModelTraits(normalizedModelId);
    const glmOptions = options as CCAPILanguageModelGLMChatOptions;
    const explicitThinking = readThinkingSwitchOption(glmOptions.thinking);
    const mapped = mapThinkingSwitchReasoning(
      callOptions.reasoning,
      {
        modelId,
        hasEffortLevels: traits.hasEffortLevels,
        canDisableThinking: !traits.alwaysThinks,
      },
      warnings,
    );
    const thinking = explicitThinking ?? mapped.thinking;
    const clearThinking = glmOptions.clearThinking;

    if (clearThinking != null && thinking === 'disabled') {
      warnings.push({
        type: 'unsupported',
        feature: 'providerOptions.ccapi.clearThinking',
        details: 'clearThinking only applies with thinking on; it was not sent.',
      });
      body.thinking = { type: 'disabled' };
    } else if (clearThinking != null) {
      body.thinking = { type: thinking ?? 'enabled', clear_thinking: clearThinking };
    } else if (thinking != null) {
      body.thinking = { type: thinking };
    }
    if (thinking !== 'disabled' && mapped.effort != null && body.reasoning_effort == null) {
      body.reasoning_effort = mapped.effort;
    }

    if (explicitThinking === 'disabled' && traits.alwaysThinks) {
      warnings.push({
        type: 'compatibility',
        feature: 'providerOptions.ccapi.thinking',
        details: `${modelId} always thinks; GLM answers error 1210 when thinking is disabled. Use reasoning 'low' for the least thinking.`,
      });
    }
    if (body.reasoning_effort != null) {
      warnings.push({
        type: 'compatibility',
        feature: 'reasoning',
        details:
          "reasoning_effort was sent, but CCAPI's Zhipu channel drops it (only an OpenAI-type pass-through channel keeps it); thinking.type still applies.",
      });
    }
    if (clearThinking === false && thinking !== 'disabled') {
      warnings.push({
        type: 'compatibility',
        feature: 'providerOptions.ccapi.clearThinking',
        details:
          "Preserved thinking needs every earlier reasoning_content back unmodified. The provider sends it, but CCAPI's Zhipu channel drops message reasoning_content (an OpenAI-type pass-through channel keeps it).",
      });
    }

    adjustUnsupportedSettings(context);
  },

  prepareAssistantMessage({ message, reasoningText, reasoningMetadata, options }) {
    if (options.sendReasoning === false) return;
    // Sent exactly as received: with `clear_thinking: false` GLM requires every block unmodified,
    // and with interleaved thinking it expects the reasoning next to the tool results.
    if (reasoningText.length > 0) message.reasoning_content = reasoningText;
    // Gateway-style upstreams (OpenRouter-like pass-through channels) stream `reasoning_details`
    // and want them back verbatim; new-api drops the field on its own channels.
    const details = collectReasoningDetails(reasoningMetadata);
    if (details.length > 0) message.reasoning_details = details;
  },

  mapFinishReason(raw): LanguageModelV4FinishReason['unified'] | undefined {
    switch (raw) {
      case 'sensitive':
        return 'content-filter';
      case 'network_error':
        return 'error';
      case 'model_context_window_exceeded':
        return 'length';
      default:
        return undefined;
    }
  },

  extractInBandError(value) {
    // `{"error":{"code":"1301","message":"…"}}` inside a 200 body or a stream chunk: GLM's
    // business codes are strings; give them an HTTP-equivalent status so retries are right.
    const error = value.error;
    if (error == null || typeof error !== 'object' || Array.isArray(error)) return undefined;
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code !== 'string' || !/^\d{4}$/.test(code)) return undefined;
    return {
      message: typeof message === 'string' && message.length > 0 ? message : `GLM error ${code}`,
      statusCode: mapGLMErrorCode(code),
      code,
    };
  },
};

const UNSUPPORTED_FIELDS = [
  'top_k',
  'presence_penalty',
  'frequency_penalty',
  'seed',
  'parallel_tool_calls',
] as const;

/** Fixes or drops what GLM's chat API does not take, each with a warning. */
function adjustUnsupportedSettings(context: CCAPIBrandRequestContext) {
  const { body, warnings } = context;
  applyUnsupportedSettings(
    context,
    UNSUPPORTED_FIELDS.map((field) => ({
      field,
      reason: `GLM's chat API has no ${field} (and CCAPI's Zhipu channel drops it)`,
    })),
  );

  if (body.stop != null && body.stop.length > 1) {
    warnings.push({
      type: 'unsupported',
      feature: 'stopSequences',
      details: `GLM supports a single stop word; only the first ('${body.stop[0]}') was sent.`,
    });
    body.stop = body.stop.slice(0, 1);
  }

  if (body.temperature != null && body.temperature > 1) {
    warnings.push({
      type: 'compatibility',
      feature: 'temperature',
      details: `GLM takes temperature between 0 and 1; ${body.temperature} was sent as 1.`,
    });
    body.temperature = 1;
  }

  const format = body.response_format;
  if (format != null && format.type !== 'text') {
    if (format.type === 'json_schema') body.response_format = { type: 'json_object' };
    warnings.push({
      type: 'compatibility',
      feature: 'responseFormat',
      details:
        (format.type === 'json_schema'
          ? 'GLM supports JSON output without a schema only: sent response_format json_object. '
          : '') +
        "CCAPI's Zhipu channel drops response_format; describe the JSON shape in the prompt as well.",
    });
  }
}
