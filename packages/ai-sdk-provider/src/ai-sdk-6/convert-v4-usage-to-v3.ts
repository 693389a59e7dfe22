import type { LanguageModelV4Usage } from '@ai-sdk/provider';
import type { LanguageModelV3Usage } from '@ai-sdk/provider-v3';
import { convertV4JSONObjectToV3 } from './convert-v4-json-to-v3';

/** Token usage has the same fields in V3 and V4; only the JSON type of `raw` differs. */
export function convertV4UsageToV3(usage: LanguageModelV4Usage): LanguageModelV3Usage {
  const { raw, ...counts } = usage;
  return { ...counts, ...(raw != null && { raw: convertV4JSONObjectToV3(raw) }) };
}
