import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { type ThinkingSwitchSettings, toThinkingSwitchEffort } from '../thinking-switch-settings';
import type { GLMModelTraits } from './get-glm-model-traits';

// The efforts GLM documents: Z.ai shows `high` and `max`, and GLM-5.3's own error text lists
// "low, high, or max". Other levels are approximated to the nearest of these, with a warning.

/**
 * Maps the AI SDK's top-level `reasoning` option onto GLM's switches:
 * - `provider-default` / unset: nothing is sent;
 * - `none`: `thinking: disabled` (GLM-5.3 and later cannot disable thinking: `reasoning_effort:
 *   low` instead, with a warning);
 * - GLM-4.5 … 5.1: any other level turns thinking on, with a warning (no effort levels);
 * - GLM-5.2 and later: thinking on plus `reasoning_effort` low/high/max, with a warning where
 *   the level had to be approximated.
 */
export function mapGLMReasoning(
  level: LanguageModelV4CallOptions['reasoning'],
  traits: GLMModelTraits,
  modelId: string,
  warnings: SharedV4Warning[],
): ThinkingSwitchSettings {
  if (level == null || level === 'provider-default') {
    return { thinking: undefined, effort: undefined };
  }
  if (level === 'none') {
    if (!traits.alwaysThinks) return { thinking: 'disabled', effort: undefined };
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${modelId} always thinks and rejects disabling it (GLM error 1210); sent reasoning_effort 'low' instead.`,
    });
    return { thinking: undefined, effort: 'low' };
  }

  if (!traits.hasEffortLevels) {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${modelId} has no reasoning effort levels, only thinking on or off: reasoning '${level}' turned thinking on.`,
    });
    return { thinking: 'enabled', effort: undefined };
  }

  const effort = toThinkingSwitchEffort(level);
  if (effort !== level) {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `GLM has no '${level}' reasoning effort (it documents low, high and max); sent reasoning_effort '${effort}'.`,
    });
  }
  return { thinking: 'enabled', effort };
}
