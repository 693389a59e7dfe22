import type { SharedV4Warning } from '@ai-sdk/provider';
import type { CCAPIChatRequestBody } from '../chat/ccapi-chat-api';
import type { CCAPIChatOptions } from '../chat/ccapi-chat-options';

/** A request field a brand does not take, and what to do about it. */
export interface UnsupportedSetting {
  field: keyof CCAPIChatRequestBody & string;
  /** Why, as the start of a sentence: `GLM's chat API has no seed`. */
  reason: string;
  /** What to do instead, a sentence added to the warning. */
  hint?: string;
  /**
   * `drop` (default): the field is removed; `ignored`: it is sent, but the model ignores it
   * (DeepSeek's sampling settings in thinking mode).
   */
  effect?: 'drop' | 'ignored';
}

// The call setting behind each wire field, as warnings name it.
const FEATURES: Partial<Record<keyof CCAPIChatRequestBody, string>> = {
  max_tokens: 'maxOutputTokens',
  temperature: 'temperature',
  top_p: 'topP',
  top_k: 'topK',
  frequency_penalty: 'frequencyPenalty',
  presence_penalty: 'presencePenalty',
  stop: 'stopSequences',
  seed: 'seed',
  response_format: 'responseFormat',
  tool_choice: 'toolChoice',
  parallel_tool_calls: 'providerOptions.ccapi.parallelToolCalls',
  user: 'providerOptions.ccapi.user',
  reasoning_effort: 'providerOptions.ccapi.reasoningEffort',
};

/**
 * Applies a brand's table of settings it does not take: each one present in the request is
 * dropped (or kept, for `ignored`) with an `unsupported` warning that says why. A field the user
 * forced through `providerOptions.ccapi.extraBody` stays (extraBody has the last word) and the
 * warning says it has no effect.
 */
export function applyUnsupportedSettings(
  context: { body: CCAPIChatRequestBody; options: CCAPIChatOptions; warnings: SharedV4Warning[] },
  settings: readonly UnsupportedSetting[],
): void {
  const { body, warnings } = context;
  const extraBody = context.options.extraBody;
  for (const { field, reason, hint, effect = 'drop' } of settings) {
    if (body[field] == null) continue;
    if (extraBody != null && Object.hasOwn(extraBody, field)) {
      warnings.push({
        type: 'unsupported',
        feature: `providerOptions.ccapi.extraBody.${field}`,
        details: `${reason}; it is sent (extraBody) but has no effect.${hint ? ` ${hint}` : ''}`,
      });
      continue;
    }
    if (effect === 'drop') delete body[field];
    warnings.push({
      type: 'unsupported',
      feature: FEATURES[field] ?? field,
      details:
        (effect === 'drop'
          ? `${reason}; it was not sent.`
          : `${reason}; it is accepted but has no effect.`) + (hint ? ` ${hint}` : ''),
    });
  }
}
