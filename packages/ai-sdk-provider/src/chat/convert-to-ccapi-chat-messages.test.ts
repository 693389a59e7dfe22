import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { genericBrandAdapter } from '../brands/generic/generic-brand-adapter';
import { openaiBrandAdapter } from '../brands/openai/openai-brand-adapter';
import { convertToCCAPIChatMessages } from './convert-to-ccapi-chat-messages';

const convert = (prompt: any, adapter = genericBrandAdapter, options = {}) =>
  convertToCCAPIChatMessages({ prompt, adapter, options, normalizedModelId: 'x' });

describe('convertToCCAPIChatMessages', () => {
  it('system, text-only user content as a string, and assistant text', () => {
    expect(
      convert([
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Hi ' },
            { type: 'text', text: 'there' },
          ],
        },
        { role: 'assistant', content: [{ type: 'text', text: 'Hello' }] },
      ]),
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi there' },
      { role: 'assistant', content: 'Hello' },
    ]);
  });

  it('images as image_url parts (bytes to a data URL, URLs kept), audio, PDF', () => {
    const messages = convert([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe' },
          {
            type: 'file',
            mediaType: 'image/png',
            data: { type: 'data', data: new Uint8Array([1, 2, 3]) },
          },
          {
            type: 'file',
            mediaType: 'image/*',
            data: { type: 'url', url: new URL('https://x.test/a.jpg') },
          },
          { type: 'file', mediaType: 'audio/wav', data: { type: 'data', data: 'AAAA' } },
          {
            type: 'file',
            mediaType: 'application/pdf',
            filename: 'a.pdf',
            data: { type: 'data', data: 'JVBE' },
          },
        ],
      },
    ]);
    expect(messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Describe' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AQID' } },
        { type: 'image_url', image_url: { url: 'https://x.test/a.jpg' } },
        { type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } },
        {
          type: 'file',
          file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBE' },
        },
      ],
    });
  });

  it('rejects media it cannot carry with a typed error', () => {
    expect(() =>
      convert([
        {
          role: 'user',
          content: [{ type: 'file', mediaType: 'video/mp4', data: { type: 'data', data: 'AA' } }],
        },
      ]),
    ).toThrow(UnsupportedFunctionalityError);
  });

  it('tool calls: JSON-string arguments, {} for empty input, extra_content sent back, results as tool messages', () => {
    const messages = convert([
      {
        role: 'assistant',
        content: [
          { type: 'tool-call', toolCallId: 'c1', toolName: 'a', input: { city: 'Paris' } },
          {
            type: 'tool-call',
            toolCallId: 'c2',
            toolName: 'b',
            input: {},
            providerOptions: { ccapi: { extraContent: { google: { thought_signature: 'sig' } } } },
          },
          { type: 'tool-call', toolCallId: 'c3', toolName: 'c', input: undefined },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'a',
            output: { type: 'json', value: { t: 21 } },
          },
          {
            type: 'tool-result',
            toolCallId: 'c2',
            toolName: 'b',
            output: { type: 'text', value: 'ok' },
          },
          {
            type: 'tool-result',
            toolCallId: 'c3',
            toolName: 'c',
            output: { type: 'execution-denied' },
          },
        ],
      },
    ]);
    expect(messages).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'a', arguments: '{"city":"Paris"}' } },
          {
            id: 'c2',
            type: 'function',
            function: { name: 'b', arguments: '{}' },
            extra_content: { google: { thought_signature: 'sig' } },
          },
          { id: 'c3', type: 'function', function: { name: 'c', arguments: '{}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{"t":21}' },
      { role: 'tool', tool_call_id: 'c2', content: 'ok' },
      { role: 'tool', tool_call_id: 'c3', content: 'Tool execution denied.' },
    ]);
  });

  it('generic adapter sends reasoning back on tool-call turns only; OpenAI never', () => {
    const prompt = [
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'Need weather.' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'a', input: {} },
        ],
      },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'Done.' },
          { type: 'text', text: 'Hi' },
        ],
      },
    ];
    const generic = convert(prompt);
    expect(generic[0]).toMatchObject({ reasoning_content: 'Need weather.' });
    expect(generic[1]).not.toHaveProperty('reasoning_content');
    expect(convert(prompt, genericBrandAdapter, { sendReasoning: false })[0]).not.toHaveProperty(
      'reasoning_content',
    );
    expect(convert(prompt, openaiBrandAdapter)[0]).not.toHaveProperty('reasoning_content');
  });
});
