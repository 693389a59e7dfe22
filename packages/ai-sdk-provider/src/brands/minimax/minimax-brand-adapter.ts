import type { SharedV4Warning } from '@ai-sdk/provider';
import { mapReasoningToProviderEffort } from '@ai-sdk/provider-utils';
import type { CCAPIBrandAdapter, CCAPIBrandRequestContext } from '../../chat/ccapi-brand-adapter';
import type { CCAPIChatRequestBody } from '../../chat/ccapi-chat-api';
import { applyUnsupportedSettings } from '../apply-unsupported-settings';
import { collectReasoningDetails } from '../collect-reasoning-details';
import {
  getMiniMaxModelGeneration,
  type MiniMaxModelGeneration,
} from './get-minimax-model-generation';
import { mapMiniMaxBaseRespError } from './map-minimax-base-resp-error';
import {
  type CCAPILanguageModelMiniMaxChatOptions,
  minimaxChatOptionsSchema,
} from './minimax-chat-options';
import { createMiniMaxToolCallParser } from './minimax-xml-tool-call-parser';

/**
 * MiniMax (M2.x, M3) through CCAPI's MiniMax channel, which re-marshals the request (keeping
 * `reasoning_split`, `thinking`, `reasoning_effort`, message `reasoning_content`) and passes the
 * output through raw (2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels; 2026-12-03-wire-rules.md#minimax).
 *
 * - Reasoning arrives inline as a leading `<think>…</think>` in `content` (M2.x default; the core's
 *   think-tag splitter parses it and keeps the raw block), as `reasoning_details` +
 *   `reasoning_content` (`reasoning_split: true`), or as plain `reasoning_content` (M3).
 * - MiniMax requires the complete assistant message back in tool loops: the raw `<think>` block
 *   in `content`, or `reasoning_details` verbatim. Each message goes back in the shape it arrived
 *   in, never both shapes in one message.
 * - Errors may come as HTTP 200 with `base_resp.status_code != 0`.
 * - `<minimax:tool_call>` XML leaked into `content` (the server parser missed it) becomes tool
 *   calls.
 */
export const minimaxBrandAdapter: CCAPIBrandAdapter = {
  brand: 'minimax',
  optionsSchema: minimaxChatOptionsSchema,

  prepareRequest(context) {
    const { body, normalizedModelId, warnings } = context;
    const generation = getMiniMaxModelGeneration(normalizedModelId);
    const options = context.options as CCAPILanguageModelMiniMaxChatOptions;

    // MiniMax documents `max_tokens` as deprecated in favour of `max_completion_tokens`; M3
    // accepts both and CCAPI's relay keeps either. Send the current name.
    if (body.max_tokens != null) {
      body.max_completion_tokens ??= body.max_tokens;
      delete body.max_tokens;
    }

    applyUnsupportedSettings(context, [
      // Not among MiniMax's chat parameters; AgentScope strips the penalties for MiniMax too.
      { field: 'frequency_penalty', reason: 'MiniMax does not support frequency_penalty' },
      { field: 'presence_penalty', reason: 'MiniMax does not support presence_penalty' },
      { field: 'top_k', reason: 'MiniMax does not support top_k' },
      // M3's verifier skips every response_format case ("not supported by M3 yet"); M2 clients
      // strip it.
      {
        field: 'response_format',
        reason: 'MiniMax does not support response_format (JSON mode / JSON schema)',
        hint: 'Describe the JSON you want in the prompt.',
      },
      { field: 'parallel_tool_calls', reason: 'MiniMax does not support parallel_tool_calls' },
      ...(generation === 'm3'
        ? []
        : [{ field: 'seed' as const, reason: 'MiniMax-M2.x does not support seed' }]),
    ]);
    if (generation !== 'm3') clampM2Temperature(body, warnings);
    prepareToolChoice(body, generation, normalizedModelId, warnings);
    prepareThinking(context, generation, options);

    if (options.reasoningSplit != null) body.reasoning_split = options.reasoningSplit;
  },

  prepareAssistantMessage({
    message,
    reasoningText,
    reasoningMetadata,
    options,
    normalizedModelId,
  }) {
    if (options.sendReasoning === false) return;

    // Inline mode: the raw block as received (tags, whitespace, the separator after it), then the
    // text; together exactly the `content` MiniMax sent.
    const thinkBlock = reasoningMetadata
      .map((metadata) => (typeof metadata?.thinkBlock === 'string' ? metadata.thinkBlock : ''))
      .join('');
    if (thinkBlock.length > 0) {
      message.content = thinkBlock + (message.content ?? '');
      return;
    }

    // Split mode: `reasoning_details` verbatim. CCAPI's relay drops message fields it does not
    // model (2026-12-03-wire-rules.md#the-chat-relay) and `reasoning_details` is one of them unless the channel has
    // pass-through on, so the same text also goes as `reasoning_content`, which it keeps.
    const details = collectReasoningDetails(reasoningMetadata);
    if (details.length > 0) {
      message.reasoning_details = details;
      if (reasoningText.length > 0) message.reasoning_content = reasoningText;
      return;
    }

    if (reasoningText.length === 0) return;
    // Reasoning with no MiniMax metadata: M3's plain `reasoning_content`, or a history written by
    // another model or app. Send it back the way this model would have produced it.
    const generation = getMiniMaxModelGeneration(normalizedModelId);
    const split = (options as CCAPILanguageModelMiniMaxChatOptions).reasoningSplit;
    const inline = generation === 'm3' ? split === false : split !== true;
    if (inline) {
      message.content = `<think>\n${reasoningText}\n</think>\n\n${message.content ?? ''}`;
    } else {
      message.reasoning_content = reasoningText;
    }
  },

  mapFinishReason(raw) {
    // `tool_call` (singular) is "undocumented but observed in production logs" (2026-12-03-wire-rules.md#minimax).
    return raw === 'tool_call' ? 'tool-calls' : undefined;
  },

  extractInBandError: mapMiniMaxBaseRespError,

  // MiniMax's native tool-call XML, when the server-side parser misses it (2026-12-03-wire-rules.md#minimax).
  createContentToolCallParser: createMiniMaxToolCallParser,
};

/** M2.x takes temperature in (0, 1] and answers an error outside it. */
function clampM2Temperature(body: CCAPIChatRequestBody, warnings: SharedV4Warning[]): void {
  const temperature = body.temperature;
  if (temperature == null || (temperature > 0 && temperature <= 1)) return;
  const sent = temperature <= 0 ? 0.01 : 1;
  body.temperature = sent;
  warnings.push({
    type: 'compatibility',
    feature: 'temperature',
    details: `MiniMax-M2.x accepts temperature in (0, 1]; ${temperature} was sent as ${sent}.`,
  });
}

function prepareToolChoice(
  body: CCAPIChatRequestBody,
  generation: MiniMaxModelGeneration,
  modelId: string,
  warnings: SharedV4Warning[],
): void {
  // M3 accepts none/auto/required and a named function (MiniMax-Provider-Verifier 13_08, 16_14).
  if (generation === 'm3') return;
  const choice = body.tool_choice;
  if (choice == null || choice === 'auto' || choice === 'none') return;

  // M2.x takes only `none` and `auto`.
  delete body.tool_choice;
  if (choice === 'required') {
    warnings.push({
      type: 'unsupported',
      feature: 'toolChoice',
      details: `${modelId} only supports tool_choice 'auto' and 'none'; 'required' was sent as 'auto', so the model may answer without calling a tool.`,
    });
    return;
  }
  // A named tool: offer only that tool, so 'auto' can only pick it (still not forced).
  const name = choice.function.name;
  if (body.tools != null) body.tools = body.tools.filter((tool) => tool.function.name === name);
  warnings.push({
    type: 'unsupported',
    feature: 'toolChoice',
    details: `${modelId} only supports tool_choice 'auto' and 'none'; to steer it to '${name}', only that tool was sent with 'auto', so the model may still answer without calling it.`,
  });
}

function prepareThinking(
  { body, callOptions, warnings, modelId }: CCAPIBrandRequestContext,
  generation: MiniMaxModelGeneration,
  minimaxOptions: CCAPILanguageModelMiniMaxChatOptions,
): void {
  const level = callOptions.reasoning;
  const switchOption =
    minimaxOptions.thinking === true
      ? 'adaptive'
      : minimaxOptions.thinking === false
        ? 'disabled'
        : minimaxOptions.thinking;

  if (generation === 'legacy') {
    if ((level != null && level !== 'provider-default') || switchOption != null) {
      warnings.push({
        type: 'unsupported',
        feature: 'reasoning',
        details: `${modelId} is not a reasoning model; the reasoning settings were ignored.`,
      });
    }
    return;
  }

  if (generation === 'm2') {
    if (body.reasoning_effort != null) {
      warnings.push({
        type: 'compatibility',
        feature: 'providerOptions.ccapi.reasoningEffort',
        details: `MiniMax does not document reasoning_effort for ${modelId}; it was sent as given and may be ignored.`,
      });
    }
    if (switchOption === 'disabled' || (switchOption == null && level === 'none')) {
      warnings.push({
        type: 'unsupported',
        feature: 'reasoning',
        details: `${modelId} always thinks: MiniMax-M2.x keeps thinking even when asked not to, so nothing was sent to turn it off. Use MiniMax-M3 for thinking: disabled.`,
      });
    } else if (switchOption == null && level != null && level !== 'provider-default') {
      warnings.push({
        type: 'unsupported',
        feature: 'reasoning',
        details: `${modelId} has no reasoning effort setting: it always thinks at its own depth, so reasoning '${level}' was not sent.`,
      });
    }
    return;
  }

  // M3: `thinking: {type: adaptive|disabled}` and `reasoning_effort` low…max.
  if (switchOption != null) {
    body.thinking = { type: switchOption };
    return;
  }
  if (level == null || level === 'provider-default') return;
  if (level === 'none') {
    body.thinking = { type: 'disabled' };
    return;
  }
  body.thinking = { type: 'adaptive' };
  // M3's `reasoning_effort` takes low, medium, high, xhigh and max; `minimal` becomes low.
  body.reasoning_effort ??= mapReasoningToProviderEffort({
    reasoning: level,
    effortMap: M3_EFFORTS,
    warnings,
  });
}

const M3_EFFORTS = { low: 'low', medium: 'medium', high: 'high', xhigh: 'xhigh', max: 'max' };
