import type { LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import type {
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  SharedV3Warning,
} from '@ai-sdk/provider-v3';
import { convertV4CitationsToV3Sources } from './convert-v4-citations-to-v3-sources';
import {
  convertV4FilePartToV3,
  createDroppedPartWarning,
  describeUnknownPart,
} from './convert-v4-file-part-to-v3';
import { convertV4FinishReasonToV3 } from './convert-v4-finish-reason-to-v3';
import {
  convertV4JSONValueToV3,
  convertV4ProviderMetadataToV3,
  withV3ProviderMetadata,
} from './convert-v4-json-to-v3';
import { convertV4UsageToV3 } from './convert-v4-usage-to-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';

/**
 * A V4 `doGenerate` result as V3. Content keeps its order; citations become sources after their
 * text; parts V3 cannot carry are dropped with a warning each. `request.url` (V4 only) is left out.
 */
export function convertV4GenerateResultToV3(
  result: LanguageModelV4GenerateResult,
): LanguageModelV3GenerateResult {
  const warnings: SharedV3Warning[] = convertV4WarningsToV3(result.warnings);
  const emittedSourceIds = new Set(
    result.content.flatMap((part) => (part.type === 'source' ? [part.id] : [])),
  );
  const content: LanguageModelV3Content[] = [];

  for (const part of result.content) {
    switch (part.type) {
      case 'text': {
        const { citations, ...text } = part;
        content.push(
          withV3ProviderMetadata(text),
          ...convertV4CitationsToV3Sources(citations, emittedSourceIds),
        );
        break;
      }
      case 'file':
      case 'reasoning-file':
      case 'custom': {
        const converted = convertV4FilePartToV3(part);
        if (converted.file != null) content.push(converted.file);
        else warnings.push(createDroppedPartWarning(converted.dropped));
        break;
      }
      case 'tool-result':
        content.push({
          ...withV3ProviderMetadata(part),
          result: convertV4JSONValueToV3(part.result),
        });
        break;
      case 'reasoning':
      case 'source':
      case 'tool-call':
      case 'tool-approval-request':
        content.push(withV3ProviderMetadata(part));
        break;
      default: {
        // A part type newer than this layer: dropped like the V4-only ones, not a failed call.
        const unknownPart: never = part;
        warnings.push(createDroppedPartWarning(describeUnknownPart(unknownPart)));
      }
    }
  }

  if (result.structuredOutputText != null) {
    const allText = content.map((part) => (part.type === 'text' ? part.text : '')).join('');
    if (allText !== result.structuredOutputText) {
      warnings.push({
        type: 'other',
        message:
          'The model marked part of its text as the structured output; AI SDK 6 has no such selection and parses all text parts together.',
      });
    }
  }

  return {
    content,
    finishReason: convertV4FinishReasonToV3(result.finishReason),
    usage: convertV4UsageToV3(result.usage),
    ...(result.providerMetadata != null && {
      providerMetadata: convertV4ProviderMetadataToV3(result.providerMetadata),
    }),
    ...(result.request != null && { request: { body: result.request.body } }),
    ...(result.response != null && { response: result.response }),
    warnings,
  };
}
