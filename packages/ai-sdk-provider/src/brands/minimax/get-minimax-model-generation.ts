/**
 * Which MiniMax rules a model follows (2026-12-03-wire-rules.md#minimax):
 * - `m2`: MiniMax-M1 / M2.x (`minimax-m2.5`, `MiniMax-M2.7-highspeed`, `minimax-m2-5`): always
 *   thinks (an off switch is ignored), inline `<think>` by default, `tool_choice` only
 *   `none`/`auto`, no `seed`, temperature in (0, 1];
 * - `m3`: MiniMax-M3 and anything newer we do not know yet: `thinking: {type: adaptive|disabled}`,
 *   `reasoning_effort`, `tool_choice: required`, `seed`, temperature in [0, 2];
 * - `legacy`: abab and MiniMax-Text-01 era models, which do not think at all.
 */
export type MiniMaxModelGeneration = 'legacy' | 'm2' | 'm3';

/** `normalizedModelId` is lower-cased and without a provider prefix (`minimax-m2.5`). */
export function getMiniMaxModelGeneration(normalizedModelId: string): MiniMaxModelGeneration {
  const id = normalizedModelId;
  if (/^(abab|minimax-text|minimax-01|minimax-vl)/.test(id)) return 'legacy';
  if (/^minimax-m[12](?:$|[.\-_])/.test(id)) return 'm2';
  return 'm3';
}
