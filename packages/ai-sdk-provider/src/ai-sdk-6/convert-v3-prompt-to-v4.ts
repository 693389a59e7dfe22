import type { LanguageModelV4FilePart, LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { LanguageModelV3FilePart, LanguageModelV3Prompt } from '@ai-sdk/provider-v3';
import { convertV3FileDataToV4 } from './convert-v3-file-data-to-v4';
import { convertV3ToolResultOutputToV4 } from './convert-v3-tool-result-output-to-v4';

/**
 * A V3 prompt as a V4 prompt. Messages, text, reasoning, tool calls and approval responses have
 * the same shape in both specs; file parts and tool-result outputs are converted. Parts keep their
 * `providerOptions`, so reasoning metadata (thought signatures, reasoning details) saved in an
 * AI SDK 6 conversation goes back to the brand exactly as on AI SDK 7.
 */
export function convertV3PromptToV4(prompt: LanguageModelV3Prompt): LanguageModelV4Prompt {
  return prompt.map((message) => {
    switch (message.role) {
      case 'system':
        return message;
      case 'user':
        return {
          ...message,
          content: message.content.map((part) =>
            part.type === 'file' ? convertFilePart(part) : part,
          ),
        };
      case 'assistant':
        return {
          ...message,
          content: message.content.map((part) => {
            switch (part.type) {
              case 'file':
                return convertFilePart(part);
              case 'tool-result':
                return { ...part, output: convertV3ToolResultOutputToV4(part.output) };
              default:
                return part;
            }
          }),
        };
      case 'tool':
        return {
          ...message,
          content: message.content.map((part) =>
            part.type === 'tool-result'
              ? { ...part, output: convertV3ToolResultOutputToV4(part.output) }
              : part,
          ),
        };
      default: {
        const exhaustive: never = message;
        return exhaustive;
      }
    }
  });
}

/** `originalUrl` arrived in `@ai-sdk/provider` 3.0.x after the V3 types that v4 re-exports. */
function convertFilePart(
  part: LanguageModelV3FilePart & { originalUrl?: string },
): LanguageModelV4FilePart {
  const { originalUrl, ...rest } = part;
  return { ...rest, data: convertV3FileDataToV4(part.data, originalUrl) };
}
