import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { mapReasoningToProviderEffort } from '@ai-sdk/provider-utils';
import type { CCAPIBrandAdapter } from '../../chat/ccapi-brand-adapter';
import { applyUnsupportedSettings } from '../apply-unsupported-settings';

/**
 * OpenAI (the baseline dialect). Reasoning models (o-series, gpt-5 except the chat variants)
 * reject `max_tokens` and sampling settings, and return no reasoning text over chat completions,
 * only `reasoning_tokens` (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/decisions/2026-12-03-wire-rules.md, OpenAI).
 */
export const openaiBrandAdapter: CCAPIBrandAdapter = {
  brand: 'openai',

  prepareRequest(context) {
    const { body, callOptions, normalizedModelId: id, warnings } = context;
    const reasoningModel = isOpenAIReasoningModel(id);
    applyUnsupportedSettings(context, [
      { field: 'top_k', reason: 'OpenAI models have no top_k' },
      ...(reasoningModel
        ? SAMPLING_FIELDS.map((field) => ({
            field,
            reason: `${id} is a reasoning model and rejects ${field}`,
          }))
        : []),
    ]);
    // o-series and gpt-5 answer 400 `unsupported_parameter` for max_tokens.
    if (reasoningModel && body.max_tokens != null) {
      body.max_completion_tokens = body.max_tokens;
      delete body.max_tokens;
    }
    if (body.reasoning_effort == null) {
      const effort = mapReasoning(callOptions.reasoning, id, reasoningModel, warnings);
      if (effort != null) body.reasoning_effort = effort;
    }
  },
  // Chat completions has nowhere to put reasoning on input: nothing is sent back.
};

const SAMPLING_FIELDS = ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'] as const;

export function isOpenAIReasoningModel(id: string): boolean {
  if (/^o\d/.test(id) || id.startsWith('codex')) return true;
  return id.startsWith('gpt-5') && !id.startsWith('gpt-5-chat');
}

function mapReasoning(
  level: LanguageModelV4CallOptions['reasoning'],
  id: string,
  reasoningModel: boolean,
  warnings: SharedV4Warning[],
): string | undefined {
  if (level == null || level === 'provider-default') return undefined;
  if (!reasoningModel) {
    warnings.push({
      type: 'unsupported',
      feature: 'reasoning',
      details: `${id} is not a reasoning model; the reasoning option was ignored.`,
    });
    return undefined;
  }
  // gpt-5.1 and later accept 'none'; gpt-5.2 / codex-max accept 'xhigh'. The o-series take
  // low/medium/high. Other levels go to the nearest accepted one.
  const efforts = id.startsWith('gpt-5')
    ? ['minimal', 'low', 'medium', 'high', ...(/^gpt-5\.[1-9]/.test(id) ? ['none', 'xhigh'] : [])]
    : ['low', 'medium', 'high'];
  return mapReasoningToProviderEffort({
    reasoning: level,
    effortMap: Object.fromEntries(efforts.map((effort) => [effort, effort])),
    warnings,
  });
}
