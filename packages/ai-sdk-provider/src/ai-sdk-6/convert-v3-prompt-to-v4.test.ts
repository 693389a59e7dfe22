import { InvalidPromptError } from '@ai-sdk/provider';
import type { LanguageModelV3Prompt } from '@ai-sdk/provider-v3';
import { describe, expect, it } from 'vitest';
import { convertV3PromptToV4 } from './convert-v3-prompt-to-v4';

const bytes = Uint8Array.from([137, 80, 78, 71]);

describe('convertV3PromptToV4: file parts (V3 untagged data, V4 tagged data)', () => {
  it('bytes and base64 become data, URLs and URL strings become url with the original string', () => {
    const url = new URL('https://example.com/cat.png');
    const prompt: LanguageModelV3Prompt = [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Compare' },
          { type: 'file', mediaType: 'image/png', data: bytes },
          { type: 'file', mediaType: 'image/png', data: 'iVBORw0KGgo=' },
          {
            type: 'file',
            mediaType: 'image/*',
            data: url,
            originalUrl: 'https://example.com/cat.png',
          },
          {
            type: 'file',
            mediaType: 'application/pdf',
            data: 'https://example.com/a.pdf',
            filename: 'a.pdf',
          },
          { type: 'file', mediaType: 'image/png', data: 'data:image/png;base64,iVBORw0KGgo=' },
        ],
      },
    ];
    const [user] = convertV3PromptToV4(prompt);
    expect(user).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Compare' },
        { type: 'file', mediaType: 'image/png', data: { type: 'data', data: bytes } },
        { type: 'file', mediaType: 'image/png', data: { type: 'data', data: 'iVBORw0KGgo=' } },
        {
          type: 'file',
          mediaType: 'image/*',
          data: { type: 'url', url, originalUrl: 'https://example.com/cat.png' },
        },
        {
          type: 'file',
          mediaType: 'application/pdf',
          filename: 'a.pdf',
          data: {
            type: 'url',
            url: new URL('https://example.com/a.pdf'),
            originalUrl: 'https://example.com/a.pdf',
          },
        },
        {
          type: 'file',
          mediaType: 'image/png',
          data: {
            type: 'url',
            url: new URL('data:image/png;base64,iVBORw0KGgo='),
            originalUrl: 'data:image/png;base64,iVBORw0KGgo=',
          },
        },
      ],
    });
  });

  it('a malformed URL string is an InvalidPromptError, not a TypeError', () => {
    const convert = () =>
      convertV3PromptToV4([
        { role: 'user', content: [{ type: 'file', mediaType: 'image/png', data: 'https://' }] },
      ]);
    expect(convert).toThrow(InvalidPromptError);
    expect(convert).toThrow(/not a valid URL/);
  });

  it('assistant files are converted too; text, reasoning and tool calls keep their providerOptions', () => {
    const reasoningMetadata = {
      ccapi: { reasoningDetails: [{ type: 'reasoning.text', text: 'x' }] },
    };
    const [assistant] = convertV3PromptToV4([
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'hmm', providerOptions: reasoningMetadata },
          { type: 'file', mediaType: 'image/png', data: bytes },
          {
            type: 'tool-call',
            toolCallId: 'c1',
            toolName: 'weather',
            input: { city: 'Paris' },
            providerOptions: { ccapi: { thoughtSignature: 'sig' } },
          },
        ],
        providerOptions: { ccapi: { note: 'kept' } },
      },
    ]);
    expect(assistant).toEqual({
      role: 'assistant',
      content: [
        { type: 'reasoning', text: 'hmm', providerOptions: reasoningMetadata },
        { type: 'file', mediaType: 'image/png', data: { type: 'data', data: bytes } },
        {
          type: 'tool-call',
          toolCallId: 'c1',
          toolName: 'weather',
          input: { city: 'Paris' },
          providerOptions: { ccapi: { thoughtSignature: 'sig' } },
        },
      ],
      providerOptions: { ccapi: { note: 'kept' } },
    });
  });
});

describe('convertV3PromptToV4: tool-result outputs', () => {
  it('keeps text, json, error and denial outputs as they are', () => {
    const outputs = [
      { type: 'text', value: 'sunny' },
      { type: 'json', value: { temperature: 21 } },
      { type: 'error-text', value: 'boom' },
      { type: 'error-json', value: { code: 1 } },
      { type: 'execution-denied', reason: 'not allowed' },
    ] as const;
    const converted = convertV3PromptToV4([
      {
        role: 'tool',
        content: outputs.map((output, index) => ({
          type: 'tool-result' as const,
          toolCallId: `c${index}`,
          toolName: 'weather',
          output,
        })),
      },
    ]);
    expect(converted[0]?.content).toEqual(
      outputs.map((output, index) => ({
        type: 'tool-result',
        toolCallId: `c${index}`,
        toolName: 'weather',
        output,
      })),
    );
  });

  it('turns the seven V3 content items into V4 text, file and custom items', () => {
    const [tool] = convertV3PromptToV4([
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'render',
            output: {
              type: 'content',
              value: [
                { type: 'text', text: 'done' },
                {
                  type: 'file-data',
                  data: 'JVBERi0=',
                  mediaType: 'application/pdf',
                  filename: 'r.pdf',
                },
                {
                  type: 'file-url',
                  url: 'https://example.com/r.pdf',
                  mediaType: 'application/pdf',
                },
                { type: 'file-url', url: 'https://example.com/blob' },
                { type: 'file-id', fileId: 'file_123' },
                { type: 'image-data', data: 'iVBORw0KGgo=', mediaType: 'image/png' },
                { type: 'image-url', url: 'https://example.com/cat.png' },
                { type: 'image-file-id', fileId: { openai: 'file_img' } },
                { type: 'custom', providerOptions: { ccapi: { kind: 'x' } } },
              ],
            },
          },
        ],
      },
    ]);
    expect(tool).toMatchObject({ role: 'tool' });
    const part = tool?.role === 'tool' ? tool.content[0] : undefined;
    expect(part?.type === 'tool-result' && part.output).toEqual({
      type: 'content',
      value: [
        { type: 'text', text: 'done' },
        {
          type: 'file',
          data: { type: 'data', data: 'JVBERi0=' },
          mediaType: 'application/pdf',
          filename: 'r.pdf',
        },
        {
          type: 'file',
          data: {
            type: 'url',
            url: new URL('https://example.com/r.pdf'),
            originalUrl: 'https://example.com/r.pdf',
          },
          mediaType: 'application/pdf',
        },
        {
          type: 'file',
          data: {
            type: 'url',
            url: new URL('https://example.com/blob'),
            originalUrl: 'https://example.com/blob',
          },
          mediaType: 'application/octet-stream',
        },
        {
          type: 'file',
          data: { type: 'reference', reference: { ccapi: 'file_123' } },
          mediaType: 'application',
        },
        { type: 'file', data: { type: 'data', data: 'iVBORw0KGgo=' }, mediaType: 'image/png' },
        {
          type: 'file',
          data: {
            type: 'url',
            url: new URL('https://example.com/cat.png'),
            originalUrl: 'https://example.com/cat.png',
          },
          mediaType: 'image',
        },
        {
          type: 'file',
          data: { type: 'reference', reference: { openai: 'file_img' } },
          mediaType: 'image',
        },
        { type: 'custom', providerOptions: { ccapi: { kind: 'x' } } },
      ],
    });
  });
});
