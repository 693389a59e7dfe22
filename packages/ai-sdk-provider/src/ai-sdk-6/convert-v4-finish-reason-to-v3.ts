import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';
import type { LanguageModelV3FinishReason } from '@ai-sdk/provider-v3';

/**
 * V4 adds `interrupted` (the stream ended without a completion signal, output may be cut off).
 * V3 has no such value; it becomes `error`, which is how V3-era streams reported a cut-off, and
 * the raw reason is kept (`interrupted` when the provider gave none).
 */
export function convertV4FinishReasonToV3(
  finishReason: LanguageModelV4FinishReason,
): LanguageModelV3FinishReason {
  if (finishReason.unified === 'interrupted') {
    return { unified: 'error', raw: finishReason.raw ?? 'interrupted' };
  }
  return { unified: finishReason.unified, raw: finishReason.raw };
}
