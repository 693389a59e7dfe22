import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { type ThinkingSwitchSettings, toThinkingSwitchEffort } from '../thinking-switch-settings';
import type { DeepSeekModelTraits } from './get-deepseek-model-traits';

// DeepSeek V4's documented mapping of OpenAI-style levels onto its three efforts
// (https://api-docs.deepseek.com/guides/thinking_mode, English page) is the shared nearest-level
// table. The Chinese page maps `xhigh` to `max`; we follow the English page and say so in the
// warning.

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
): ThinkingSwitchSettings {
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

  const effort = toThinkingSwitchEffort(level);
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
