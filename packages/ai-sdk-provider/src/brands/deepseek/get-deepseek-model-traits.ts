/**
 * What a DeepSeek model id tells us about its thinking mode (2026-12-03-wire-rules.md#deepseek,
 * 2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels).
 */
export interface DeepSeekModelTraits {
  /**
   * `v4` for `deepseek-v4*` and later generations: `reasoning_effort` low/high/max, thinking on by
   * default, and `reasoning_content` required back on every later request. `v3` for everything
   * else (`deepseek-v3.2`, `deepseek-chat`, `deepseek-reasoner`): thinking on/off only, reasoning
   * required back within the current user turn.
   */
  generation: 'v3' | 'v4';
  /**
   * Whether the model thinks when the request says nothing: `on` (V4, `deepseek-reasoner`),
   * `off` (`deepseek-chat`), `unknown` (`deepseek-v3.2`: CCAPI's name does not say which V3.2
   * mode it maps to).
   */
  thinkingByDefault: 'on' | 'off' | 'unknown';
  /**
   * CCAPI's gateway switch in the id: new-api turns `deepseek-v4-*-none` into thinking disabled
   * and `deepseek-v4-*-max` into thinking enabled with `reasoning_effort: "max"`, overwriting
   * whatever the body says.
   */
  gatewaySwitch: 'none' | 'max' | undefined;
}

/** Reads the traits from a normalized id (lower case, provider prefix removed). */
export function getDeepSeekModelTraits(normalizedModelId: string): DeepSeekModelTraits {
  const version = /^deepseek-v(\d+)/.exec(normalizedModelId);
  const generation = version != null && Number(version[1]) >= 4 ? 'v4' : 'v3';
  const suffix =
    generation === 'v4' ? /-(none|max)$/.exec(normalizedModelId)?.[1] : (undefined as undefined);
  const gatewaySwitch = suffix === 'none' || suffix === 'max' ? suffix : undefined;

  let thinkingByDefault: DeepSeekModelTraits['thinkingByDefault'];
  if (gatewaySwitch != null) thinkingByDefault = gatewaySwitch === 'none' ? 'off' : 'on';
  else if (generation === 'v4' || normalizedModelId.includes('reasoner')) thinkingByDefault = 'on';
  else if (normalizedModelId.startsWith('deepseek-chat')) thinkingByDefault = 'off';
  else thinkingByDefault = 'unknown';

  return { generation, thinkingByDefault, gatewaySwitch };
}
