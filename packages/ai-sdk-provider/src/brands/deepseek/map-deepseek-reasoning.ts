import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { DeepSeekModelTraits } from './get-deepseek-model-traits';

export interface DeepSeekReasoningSettings {
  /** `thinking.type` to send; undefined = send nothing. */
  thinking: 'enabled' | 'disabled' | undefined;
  /** `reasoning_effort` to send (V4 only); undefined = send nothing. */
  effort: 'low' | 'high' | 'max' | undefined;
}

type ReasoningLevel = NonNullable<LanguageModelV4CallOptions['reasoning']>;

// DeepSeek V4's documented mapping of OpenAI-style levels onto its three efforts
// (https://api-docs.deepseek.com/guides/thinking_mode, English page). The Chinese page maps
// `xhigh` to `max`; we follow the English page and say so in the warning.
const V4_EFFORTS: Record<
  Exclude<ReasoningLevel, 'provider-default' | 'none'>,
  'low' | 'high' | 'max'
> = {
  minimal: 'low',
  low: 'low',
  medium: 'high',
  high: 'high',
  xhigh: 'high',
  max: 'max',
};

/**
 * Maps the AI SDK's top-level `reasoning` option onto DeepSeek's switches:
 * - `provider-default` / unset: nothing is sent;
 * - `none`: `thinking: disabled`;
 * - V3.2 (`deepseek-v3.2`, `deepseek-chat`, `deepseek-reasoner`): any other level turns thinking
 *   on; V3.2 has no effort levels, so a warning says the level was reduced to "on";
 * - V4: thinking on plus `reasoning_effort` low/high/max, with a warning where the level had to
 *   be approximated (minimal → low, medium → high, xhigh → high).
 */
export function mapDeepSeekReasoning(
  level: LanguageModelV4CallOptions['reasoning'],
  traits: DeepSeekModelTraits,
  modelId: string,
  warnings: SharedV4Warning[],
): DeepSeekReasoningSettings {
  if (level == null || level === 'provider-default') {
    return { thinking: undefined, effort: undefined };
  }
  if (level === 'none') return { thinking: 'disabled', effort: undefined };

  if (traits.generation === 'v3') {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${modelId} has no reasoning effort levels, only thinking on or off: reasoning '${level}' turned thinking on.`,
    });
    return { thinking: 'enabled', effort: undefined };
  }

  const effort = V4_EFFORTS[level];
  if (effort !== level) {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details:
        `DeepSeek V4 has no '${level}' reasoning effort; sent reasoning_effort '${effort}' (DeepSeek's own mapping).` +
        (level === 'xhigh'
          ? " DeepSeek's Chinese docs map xhigh to 'max'; use reasoning 'max' for that."
          : ''),
    });
  }
  return { thinking: 'enabled', effort };
}
