import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { mapReasoningToProviderEffort } from '@ai-sdk/provider-utils';

/**
 * Brands with a `thinking: { type }` switch and a low/high/max `reasoning_effort` (DeepSeek V4,
 * GLM-5.2+; DeepSeek V3.2 and older GLM have the switch only). One mapping serves them all.
 */

/** The `reasoning_effort` values of these brands. */
export type ThinkingSwitchEffort = 'low' | 'high' | 'max';

/** What to send: `thinking.type` and `reasoning_effort`; undefined = send nothing. */
export interface ThinkingSwitchSettings {
  thinking: 'enabled' | 'disabled' | undefined;
  effort: ThinkingSwitchEffort | undefined;
}

/** What a model of such a brand can do. */
export interface ThinkingSwitchModel {
  /** The id as the user wrote it, for warnings. */
  modelId: string;
  /** Whether `reasoning_effort` exists (else only thinking on/off). */
  hasEffortLevels: boolean;
  /** False for models that always think and reject `thinking: disabled` (GLM-5.3+). */
  canDisableThinking: boolean;
}

// The nearest of low/high/max for each AI SDK level: DeepSeek's documented mapping (its English
// page; the Chinese page maps xhigh to max). GLM documents the same three efforts.
const EFFORTS = {
  minimal: 'low',
  low: 'low',
  medium: 'high',
  high: 'high',
  xhigh: 'high',
  max: 'max',
} as const satisfies Record<string, ThinkingSwitchEffort>;

/**
 * Maps the AI SDK's top-level `reasoning` option onto the switch:
 * - `provider-default` / unset: nothing is sent;
 * - `none`: `thinking: disabled` (for a model that cannot disable thinking: the lowest effort,
 *   with a warning);
 * - no effort levels: any other level turns thinking on, with a warning;
 * - effort levels: thinking on plus the nearest effort, with a warning where it is approximated.
 */
export function mapThinkingSwitchReasoning(
  level: LanguageModelV4CallOptions['reasoning'],
  model: ThinkingSwitchModel,
  warnings: SharedV4Warning[],
): ThinkingSwitchSettings {
  if (level == null || level === 'provider-default') {
    return { thinking: undefined, effort: undefined };
  }
  if (level === 'none') {
    if (model.canDisableThinking) return { thinking: 'disabled', effort: undefined };
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${model.modelId} always thinks and rejects disabling it; sent reasoning_effort 'low' instead.`,
    });
    return { thinking: undefined, effort: 'low' };
  }
  if (!model.hasEffortLevels) {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${model.modelId} has no reasoning effort levels, only thinking on or off: reasoning '${level}' turned thinking on.`,
    });
    return { thinking: 'enabled', effort: undefined };
  }
  const effort = mapReasoningToProviderEffort({ reasoning: level, effortMap: EFFORTS, warnings });
  return { thinking: 'enabled', effort };
}

/** `providerOptions.ccapi.thinking` accepts a boolean as well as `'enabled'` / `'disabled'`. */
export function readThinkingSwitchOption(
  value: boolean | 'enabled' | 'disabled' | undefined,
): 'enabled' | 'disabled' | undefined {
  if (value === true) return 'enabled';
  if (value === false) return 'disabled';
  return value;
}
