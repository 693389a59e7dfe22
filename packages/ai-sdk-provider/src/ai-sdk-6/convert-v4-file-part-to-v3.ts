import type {
  LanguageModelV4CustomContent,
  LanguageModelV4File,
  LanguageModelV4ReasoningFile,
} from '@ai-sdk/provider';
import type { LanguageModelV3File, SharedV3Warning } from '@ai-sdk/provider-v3';
import { convertV4ProviderMetadataToV3 } from './convert-v4-json-to-v3';

/** What the AI SDK 6 layer dropped, as listed in `providerMetadata.ccapi.droppedParts`. */
export type CCAPIDroppedPart = {
  /** The V4 part type (`reasoning-file`, `custom`, `file`). */
  type: string;
  mediaType?: string;
  /** For `custom` parts: the provider's kind, e.g. `openai.compaction`. */
  kind?: string;
  /** Why V3 cannot carry it. */
  reason: string;
};

/**
 * Generated files and the two V4-only content parts. A file with inline data is the same V3
 * file (untagged data). V3 has no part for a file at a URL (its file data is bytes or base64),
 * for files inside reasoning (`reasoning-file`) or for provider-specific `custom` content, so those
 * are dropped and described; the caller reports them.
 */
export function convertV4FilePartToV3(
  part: LanguageModelV4File | LanguageModelV4ReasoningFile | LanguageModelV4CustomContent,
):
  | { file: LanguageModelV3File; dropped?: undefined }
  | { file?: undefined; dropped: CCAPIDroppedPart } {
  switch (part.type) {
    case 'file':
      if (part.data.type === 'data') {
        return {
          file: {
            type: 'file',
            mediaType: part.mediaType,
            data: part.data.data,
            ...(part.providerMetadata != null && {
              providerMetadata: convertV4ProviderMetadataToV3(part.providerMetadata),
            }),
          },
        };
      }
      return {
        dropped: {
          type: 'file',
          mediaType: part.mediaType,
          reason: 'V3 file parts carry bytes or base64, not a URL',
        },
      };
    case 'reasoning-file':
      return {
        dropped: {
          type: 'reasoning-file',
          mediaType: part.mediaType,
          reason: 'V3 reasoning is text only',
        },
      };
    case 'custom':
      return {
        dropped: {
          type: 'custom',
          kind: part.kind,
          reason: 'V3 has no provider-specific content parts',
        },
      };
    default: {
      const exhaustive: never = part;
      return exhaustive;
    }
  }
}

/** A part whose type this layer does not know (a newer V4 spec): dropped the same way. */
export function describeUnknownPart(part: unknown): CCAPIDroppedPart {
  const type = (part as { type?: unknown } | null)?.type;
  return {
    type: typeof type === 'string' ? type : 'unknown',
    reason: 'it is newer than this version of @ccapi/ai-sdk-provider/ai-sdk-6',
  };
}

/** The warning `generateText` on AI SDK 6 shows for a dropped part. */
export function createDroppedPartWarning(dropped: CCAPIDroppedPart): SharedV3Warning {
  const what = [dropped.mediaType, dropped.kind].filter((value) => value != null).join(', ');
  return {
    type: 'other',
    message: `The model returned a '${dropped.type}' part${what ? ` (${what})` : ''} that AI SDK 6 cannot represent (${dropped.reason}), so it was dropped. Use @ccapi/ai-sdk-provider with AI SDK 7 to receive it.`,
  };
}
