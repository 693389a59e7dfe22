import {
  type LanguageModelV4FilePart,
  type LanguageModelV4Prompt,
  type LanguageModelV4ToolResultOutput,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import {
  convertToBase64,
  detectMediaType,
  getTopLevelMediaType,
  isFullMediaType,
} from '@ai-sdk/provider-utils';
import type { CCAPIBrandAdapter, CCAPIReasoningMetadata } from './ccapi-brand-adapter';
import type {
  CCAPIChatAssistantMessage,
  CCAPIChatMessage,
  CCAPIChatToolCall,
  CCAPIChatUserContentPart,
} from './ccapi-chat-api';
import type { CCAPIChatOptions } from './ccapi-chat-options';

/**
 * Converts an AI SDK prompt to chat-completions messages. The core writes what every brand
 * accepts; the adapter adds what its brand needs on assistant messages (reasoning sent back).
 */
export function convertToCCAPIChatMessages({
  prompt,
  adapter,
  options,
  normalizedModelId,
}: {
  prompt: LanguageModelV4Prompt;
  adapter: CCAPIBrandAdapter;
  options: CCAPIChatOptions;
  normalizedModelId: string;
}): CCAPIChatMessage[] {
  const messages: CCAPIChatMessage[] = [];
  let lastUserIndex = -1;
  for (let i = 0; i < prompt.length; i++) if (prompt[i]?.role === 'user') lastUserIndex = i;

  for (let index = 0; index < prompt.length; index++) {
    const message = prompt[index]!;
    switch (message.role) {
      case 'system':
        messages.push({ role: 'system', content: message.content });
        break;

      case 'user': {
        const onlyText = message.content.every((part) => part.type === 'text');
        if (onlyText) {
          messages.push({
            role: 'user',
            content: message.content
              .map((part) => (part.type === 'text' ? part.text : ''))
              .join(''),
          });
        } else {
          messages.push({ role: 'user', content: message.content.map(convertUserPart) });
        }
        break;
      }

      case 'assistant': {
        let text = '';
        let reasoningText = '';
        const reasoningMetadata: CCAPIReasoningMetadata[] = [];
        const toolCalls: CCAPIChatToolCall[] = [];
        for (const part of message.content) {
          switch (part.type) {
            case 'text':
              text += part.text;
              break;
            case 'reasoning':
              reasoningText += part.text;
              reasoningMetadata.push(
                (part.providerOptions?.ccapi as CCAPIReasoningMetadata | undefined) ?? {},
              );
              break;
            case 'tool-call': {
              if (part.providerExecuted) break;
              const extraContent = (
                part.providerOptions?.ccapi as { extraContent?: unknown } | undefined
              )?.extraContent;
              toolCalls.push({
                id: part.toolCallId,
                type: 'function',
                function: { name: part.toolName, arguments: stringifyToolInput(part.input) },
                ...(extraContent != null ? { extra_content: extraContent } : {}),
              });
              break;
            }
            default:
              // Files, provider-executed tool results and custom parts have no chat-completions
              // form on an assistant message.
              break;
          }
        }
        const wireMessage: CCAPIChatAssistantMessage = {
          role: 'assistant',
          content: text.length > 0 ? text : toolCalls.length > 0 ? null : '',
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        };
        adapter.prepareAssistantMessage?.({
          message: wireMessage,
          reasoningText,
          reasoningMetadata,
          isBeforeLastUserMessage: index < lastUserIndex,
          options,
          normalizedModelId,
        });
        messages.push(wireMessage);
        break;
      }

      case 'tool': {
        for (const part of message.content) {
          if (part.type !== 'tool-result') continue; // approval responses have no wire form
          messages.push({
            role: 'tool',
            tool_call_id: part.toolCallId,
            content: stringifyToolOutput(part.output),
          });
        }
        break;
      }

      default: {
        const exhaustive: never = message;
        throw new UnsupportedFunctionalityError({
          functionality: `message role ${(exhaustive as { role: string }).role}`,
        });
      }
    }
  }
  return messages;
}

/** Tool inputs always go out as a JSON object string; `{}` for none (the Claude relay skips `""`). */
function stringifyToolInput(input: unknown): string {
  if (input == null || input === '') return '{}';
  if (typeof input === 'string') {
    const trimmed = input.trim();
    return trimmed.length === 0 ? '{}' : trimmed;
  }
  return JSON.stringify(input);
}

function stringifyToolOutput(output: LanguageModelV4ToolResultOutput): string {
  switch (output.type) {
    case 'text':
    case 'error-text':
      return output.value;
    case 'json':
    case 'error-json':
      return JSON.stringify(output.value);
    case 'execution-denied':
      return output.reason ?? 'Tool execution denied.';
    case 'content':
      return output.value
        .map((item) => (item.type === 'text' ? item.text : JSON.stringify(item)))
        .join('\n');
    default: {
      const exhaustive: never = output;
      return JSON.stringify(exhaustive);
    }
  }
}

function convertUserPart(
  part: Extract<LanguageModelV4Prompt[number], { role: 'user' }>['content'][number],
): CCAPIChatUserContentPart {
  if (part.type === 'text') return { type: 'text', text: part.text };
  return convertFilePart(part);
}

function convertFilePart(part: LanguageModelV4FilePart): CCAPIChatUserContentPart {
  const data = part.data;
  if (data.type === 'text') return { type: 'text', text: data.text };
  if (data.type === 'reference') {
    throw new UnsupportedFunctionalityError({
      functionality: 'file references in chat messages (upload the bytes or pass a URL instead)',
    });
  }

  const topLevel = getTopLevelMediaType(part.mediaType);
  const mediaType = isFullMediaType(part.mediaType)
    ? part.mediaType
    : data.type === 'data'
      ? (detectMediaType({ data: data.data, topLevelType: topLevel }) ?? defaultSubtype(topLevel))
      : defaultSubtype(topLevel);

  if (topLevel === 'image') {
    const url =
      data.type === 'url'
        ? (data.originalUrl ?? data.url.toString())
        : `data:${mediaType};base64,${convertToBase64(data.data)}`;
    return { type: 'image_url', image_url: { url } };
  }

  if (topLevel === 'audio' && data.type === 'data') {
    const format = mediaType.includes('wav') ? 'wav' : mediaType.includes('mp') ? 'mp3' : undefined;
    if (format == null) {
      throw new UnsupportedFunctionalityError({
        functionality: `audio file part with media type ${mediaType} (only wav and mp3 are carried)`,
      });
    }
    return { type: 'input_audio', input_audio: { data: convertToBase64(data.data), format } };
  }

  if (mediaType === 'application/pdf' || topLevel === 'application' || topLevel === 'text') {
    const fileData =
      data.type === 'url'
        ? (data.originalUrl ?? data.url.toString())
        : `data:${mediaType};base64,${convertToBase64(data.data)}`;
    return {
      type: 'file',
      file: { ...(part.filename != null ? { filename: part.filename } : {}), file_data: fileData },
    };
  }

  throw new UnsupportedFunctionalityError({
    functionality: `file part with media type ${part.mediaType}`,
  });
}

function defaultSubtype(topLevel: string): string {
  switch (topLevel) {
    case 'image':
      return 'image/jpeg';
    case 'audio':
      return 'audio/mpeg';
    case 'text':
      return 'text/plain';
    default:
      return 'application/octet-stream';
  }
}
