import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { CCAPIBrandAdapter } from '../ccapi-brand-adapter';

/**
 * OpenAI (the baseline dialect). Reasoning models (o-series, gpt-5 except the chat variants)
 * reject `max_tokens` and sampling settings, and return no reasoning text over chat completions,
 * only `reasoning_tokens` (brand-quirks.md §1).
 */
export const openaiBrandAdapter: CCAPIBrandAdapter = {
  brand: 'openai',

  prepareRequest({ body, callOptions, options, normalizedModelId, warnings }) {
    if (body.top_k != null) {
      delete body.top_k;
      warnings.push({
        type: 'unsupported',
        feature: 'topK',
        details: 'OpenAI models ignore topK.',
      });
    }

    const reasoningModel = isOpenAIReasoningModel(normalizedModelId);
    if (reasoningModel) {
      // o-series and gpt-5 answer 400 `unsupported_parameter` for max_tokens.
      if (body.max_tokens != null) {
        body.max_completion_tokens = body.max_tokens;
        delete body.max_tokens;
      }
      for (const [field, feature] of SAMPLING_SETTINGS) {
        if (body[field] != null) {
          delete body[field];
          warnings.push({
            type: 'unsupported',
            feature,
            details: `${normalizedModelId} is a reasoning model and rejects ${field}; it was not sent.`,
          });
        }
      }
    }

    if (options.reasoningEffort != null) return;
    const effort = mapReasoning(callOptions.reasoning, normalizedModelId, reasoningModel, warnings);
    if (effort != null) body.reasoning_effort = effort;
  },
  // Chat completions has nowhere to put reasoning on input: nothing is sent back.
};

const SAMPLING_SETTINGS = [
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
  ['presence_penalty', 'presencePenalty'],
  ['frequency_penalty', 'frequencyPenalty'],
] as const;

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
  const gpt5 = id.startsWith('gpt-5');
  // gpt-5.1 and later accept 'none'; gpt-5.2 / codex-max accept 'xhigh'.
  const newer = /^gpt-5\.[1-9]/.test(id);
  const supported = new Set(
    gpt5
      ? ['minimal', 'low', 'medium', 'high', ...(newer ? ['none', 'xhigh'] : [])]
      : ['low', 'medium', 'high'],
  );
  if (supported.has(level)) return level;

  const fallback =
    level === 'none' || level === 'minimal'
      ? supported.has('minimal')
        ? 'minimal'
        : 'low'
      : supported.has('xhigh')
        ? 'xhigh'
        : 'high';
  warnings.push({
    type: 'compatibility',
    feature: 'reasoning',
    details: `${id} has no '${level}' reasoning effort; sent '${fallback}' instead.`,
  });
  return fallback;
}
