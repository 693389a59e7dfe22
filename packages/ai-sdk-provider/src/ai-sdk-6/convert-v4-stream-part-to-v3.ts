import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider-v3';
import { convertV4CitationsToV3Sources } from './convert-v4-citations-to-v3-sources';
import {
  type CCAPIDroppedPart,
  convertV4FilePartToV3,
  describeUnknownPart,
} from './convert-v4-file-part-to-v3';
import { convertV4FinishReasonToV3 } from './convert-v4-finish-reason-to-v3';
import { convertV4JSONValueToV3, withV3ProviderMetadata } from './convert-v4-json-to-v3';
import { convertV4UsageToV3 } from './convert-v4-usage-to-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';
import { moveToCCAPIMetadata } from './move-to-ccapi-metadata';

/**
 * Converts the parts of one V4 stream to V3 parts, in order. Most parts have the same shape.
 * The differences:
 * - `text-end` citations become `source` parts right after it (each source id once);
 * - `ping` (a keep-alive) is left out;
 * - `reasoning-file`, `custom` and files at a URL have no V3 part and are dropped. A V3 stream
 *   takes warnings only in `stream-start`, before any of them can arrive, so they are listed in
 *   the `finish` part's `providerMetadata.ccapi.droppedParts` instead;
 * - the finish reason `interrupted` becomes `error`; warnings are converted.
 */
export function createV4StreamPartToV3Converter(): (
  part: LanguageModelV4StreamPart,
) => LanguageModelV3StreamPart[] {
  const emittedSourceIds = new Set<string>();
  const droppedParts: CCAPIDroppedPart[] = [];

  return (part) => {
    switch (part.type) {
      case 'text-end': {
        const { citations, ...textEnd } = part;
        return [
          withV3ProviderMetadata(textEnd),
          ...convertV4CitationsToV3Sources(citations, emittedSourceIds),
        ];
      }
      case 'source':
        if (emittedSourceIds.has(part.id)) return [];
        emittedSourceIds.add(part.id);
        return [withV3ProviderMetadata(part)];
      case 'file':
      case 'reasoning-file':
      case 'custom': {
        const converted = convertV4FilePartToV3(part);
        if (converted.file != null) return [converted.file];
        droppedParts.push(converted.dropped);
        return [];
      }
      case 'stream-start':
        return [{ type: 'stream-start', warnings: convertV4WarningsToV3(part.warnings) }];
      case 'finish':
        return [
          {
            type: 'finish',
            usage: convertV4UsageToV3(part.usage),
            finishReason: convertV4FinishReasonToV3(part.finishReason),
            ...moveToCCAPIMetadata(part.providerMetadata, {
              droppedParts: droppedParts.length > 0 ? [...droppedParts] : undefined,
            }),
          },
        ];
      case 'ping':
        return [];
      case 'text-start':
      case 'text-delta':
      case 'reasoning-start':
      case 'reasoning-delta':
      case 'reasoning-end':
      case 'tool-input-start':
      case 'tool-input-delta':
      case 'tool-input-end':
      case 'tool-approval-request':
      case 'tool-call':
        return [withV3ProviderMetadata(part)];
      case 'tool-result':
        return [{ ...withV3ProviderMetadata(part), result: convertV4JSONValueToV3(part.result) }];
      case 'response-metadata':
      case 'raw':
      case 'error':
        return [part];
      default: {
        // A part type newer than this layer: dropped like the V4-only ones, not a failed stream.
        const unknownPart: never = part;
        droppedParts.push(describeUnknownPart(unknownPart));
        return [];
      }
    }
  };
}

/** A V4 model stream as a V3 stream. */
export function convertV4StreamToV3(
  stream: ReadableStream<LanguageModelV4StreamPart>,
): ReadableStream<LanguageModelV3StreamPart> {
  const convert = createV4StreamPartToV3Converter();
  return stream.pipeThrough(
    new TransformStream<LanguageModelV4StreamPart, LanguageModelV3StreamPart>({
      transform(part, controller) {
        for (const converted of convert(part)) controller.enqueue(converted);
      },
    }),
  );
}
