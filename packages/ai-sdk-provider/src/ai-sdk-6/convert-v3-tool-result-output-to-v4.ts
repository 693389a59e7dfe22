import type { LanguageModelV4ToolResultOutput } from '@ai-sdk/provider';
import type { LanguageModelV3ToolResultOutput } from '@ai-sdk/provider-v3';
import { parseV3Url } from './convert-v3-file-data-to-v4';

type V3ContentItem = Extract<LanguageModelV3ToolResultOutput, { type: 'content' }>['value'][number];
type V4ContentItem = Extract<LanguageModelV4ToolResultOutput, { type: 'content' }>['value'][number];

/**
 * V3 tool results carry files as seven typed items (`file-data`, `file-url`, `file-id`,
 * `image-data`, `image-url`, `image-file-id`); V4 has one `file` item with tagged data. Images
 * without a media type get the top-level type `image`, other files `application/octet-stream`
 * (URL) or `application` (provider file id), which the V4 spec allows. A string file id is read as
 * a CCAPI file id. Every other output type has the same shape in both specs.
 */
export function convertV3ToolResultOutputToV4(
  output: LanguageModelV3ToolResultOutput,
): LanguageModelV4ToolResultOutput {
  if (output.type !== 'content') return output;
  return { ...output, value: output.value.map(convertContentItem) };
}

function convertContentItem(item: V3ContentItem): V4ContentItem {
  const providerOptions = item.providerOptions != null && { providerOptions: item.providerOptions };
  switch (item.type) {
    case 'text':
    case 'custom':
      return item;
    case 'file-data':
      return {
        type: 'file',
        data: { type: 'data', data: item.data },
        mediaType: item.mediaType,
        ...(item.filename != null && { filename: item.filename }),
        ...providerOptions,
      };
    case 'image-data':
      return {
        type: 'file',
        data: { type: 'data', data: item.data },
        mediaType: item.mediaType,
        ...providerOptions,
      };
    case 'file-url':
    case 'image-url':
      return {
        type: 'file',
        data: { type: 'url', url: parseV3Url(item.url), originalUrl: item.url },
        mediaType:
          item.type === 'image-url'
            ? 'image'
            : // `mediaType` on file-url arrived in @ai-sdk/provider 3.0.x after v4's copy of V3.
              ((item as { mediaType?: string }).mediaType ?? 'application/octet-stream'),
        ...providerOptions,
      };
    case 'file-id':
    case 'image-file-id':
      return {
        type: 'file',
        data: {
          type: 'reference',
          reference: typeof item.fileId === 'string' ? { ccapi: item.fileId } : item.fileId,
        },
        mediaType: item.type === 'image-file-id' ? 'image' : 'application',
        ...providerOptions,
      };
    default: {
      const exhaustive: never = item;
      return exhaustive;
    }
  }
}
