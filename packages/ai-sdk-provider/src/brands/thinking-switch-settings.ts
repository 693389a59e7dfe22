import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';

/** The `reasoning_effort` values of brands with a `thinking` switch (DeepSeek V4, GLM-5.2+). */
export type ThinkingSwitchEffort = 'low' | 'high' | 'max';

/** What to send for a brand with a `thinking: { type }` switch and `reasoning_effort`. */
export interface ThinkingSwitchSettings {
  /** `thinking.type` to send; undefined = send nothing. */
  thinking: 'enabled' | 'disabled' | undefined;
  /** `reasoning_effort` to send; undefined = send nothing. */
  effort: ThinkingSwitchEffort | undefined;
}

type ThinkingLevel = Exclude<
  NonNullable<LanguageModelV4CallOptions['reasoning']>,
  'provider-default' | 'none'
>;

// The nearest of low/high/max for each AI SDK level. DeepSeek documents this mapping (English
// page); GLM's docs list the same three efforts, so the same nearest-level rule applies.
const EFFORTS: Record<ThinkingLevel, ThinkingSwitchEffort> = {
  minimal: 'low',
  low: 'low',
  medium: 'high',
  high: 'high',
  xhigh: 'high',
  max: 'max',
};

/** The effort sent for an AI SDK reasoning level; differs from `level` where it is approximated. */
export function toThinkingSwitchEffort(level: ThinkingLevel): ThinkingSwitchEffort {
  return EFFORTS[level];
}

/** `providerOptions.ccapi.thinking` accepts a boolean as well as `'enabled'` / `'disabled'`. */
export function readThinkingSwitchOption(
  value: boolean | 'enabled' | 'disabled' | undefined,
): 'enabled' | 'disabled' | undefined {
  if (value === true) return 'enabled';
  if (value === false) return 'disabled';
  return value;
}
