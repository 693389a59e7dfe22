import type { LanguageModelV4Citation } from '@ai-sdk/provider';
import type { LanguageModelV3Source } from '@ai-sdk/provider-v3';
import { withV3ProviderMetadata } from './convert-v4-json-to-v3';

/**
 * V4 text can carry citations; V3 text cannot. Each cited source becomes a V3 `source` part after
 * the text, once per source id (`emittedSourceIds` is shared with the `source` parts of the call,
 * so a source the model also sent on its own is not repeated). The cited span is not carried.
 */
export function convertV4CitationsToV3Sources(
  citations: readonly LanguageModelV4Citation[] | undefined,
  emittedSourceIds: Set<string>,
): LanguageModelV3Source[] {
  const sources: LanguageModelV3Source[] = [];
  for (const { source } of citations ?? []) {
    if (emittedSourceIds.has(source.id)) continue;
    emittedSourceIds.add(source.id);
    sources.push(withV3ProviderMetadata(source));
  }
  return sources;
}
