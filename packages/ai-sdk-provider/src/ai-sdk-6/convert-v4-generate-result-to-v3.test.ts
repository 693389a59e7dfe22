import type { LanguageModelV4GenerateResult, LanguageModelV4Usage } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { convertV4GenerateResultToV3 } from './convert-v4-generate-result-to-v3';

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 10, noCache: 8, cacheRead: 2, cacheWrite: undefined },
  outputTokens: { total: 5, text: 3, reasoning: 2 },
  raw: { prompt_tokens: 10, completion_tokens: 5 },
};
const source = {
  type: 'source' as const,
  sourceType: 'url' as const,
  id: 's1',
  url: 'https://example.com/a',
  title: 'A',
};
const result = (
  overrides: Partial<LanguageModelV4GenerateResult>,
): LanguageModelV4GenerateResult => ({
  content: [],
  finishReason: { unified: 'stop', raw: 'stop' },
  usage,
  warnings: [],
  ...overrides,
});

describe('convertV4GenerateResultToV3', () => {
  it('keeps usage, provider metadata, response metadata and the same-shaped parts as they are', () => {
    const timestamp = new Date(0);
    const converted = convertV4GenerateResultToV3(
      result({
        content: [
          { type: 'reasoning', text: 'hmm', providerMetadata: { ccapi: { signature: 'sig' } } },
          { type: 'text', text: 'Hi' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'weather', input: '{"city":"Paris"}' },
          {
            type: 'tool-result',
            toolCallId: 'c0',
            toolName: 'search',
            result: { hits: [1, 2] },
            providerExecuted: true,
          } as LanguageModelV4GenerateResult['content'][number],
          { type: 'tool-approval-request', approvalId: 'a1', toolCallId: 'c1' },
          { type: 'file', mediaType: 'image/png', data: { type: 'data', data: 'iVBORw0KGgo=' } },
        ],
        providerMetadata: { ccapi: { route: 'chat', brand: 'openai' } },
        request: { url: 'https://api.ccapi.ai/v1/chat/completions', body: { model: 'gpt-5' } },
        response: { id: 'r1', modelId: 'gpt-5', timestamp, headers: { 'x-a': '1' }, body: {} },
      }),
    );
    expect(converted).toEqual({
      content: [
        { type: 'reasoning', text: 'hmm', providerMetadata: { ccapi: { signature: 'sig' } } },
        { type: 'text', text: 'Hi' },
        { type: 'tool-call', toolCallId: 'c1', toolName: 'weather', input: '{"city":"Paris"}' },
        {
          type: 'tool-result',
          toolCallId: 'c0',
          toolName: 'search',
          result: { hits: [1, 2] },
          providerExecuted: true,
        },
        { type: 'tool-approval-request', approvalId: 'a1', toolCallId: 'c1' },
        { type: 'file', mediaType: 'image/png', data: 'iVBORw0KGgo=' },
      ],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage,
      providerMetadata: { ccapi: { route: 'chat', brand: 'openai' } },
      // V3 requests carry only the body.
      request: { body: { model: 'gpt-5' } },
      response: { id: 'r1', modelId: 'gpt-5', timestamp, headers: { 'x-a': '1' }, body: {} },
      warnings: [],
    });
  });

  it('renders text citations as sources after the text, once per source id', () => {
    const converted = convertV4GenerateResultToV3(
      result({
        content: [
          source,
          {
            type: 'text',
            text: 'Paris is sunny.',
            citations: [
              { source, startIndex: 0, endIndex: 5 },
              {
                source: { ...source, id: 's2', url: 'https://example.com/b', title: 'B' },
                citedText: 'sunny',
              },
            ],
          },
        ],
      }),
    );
    expect(converted.content).toEqual([
      source,
      { type: 'text', text: 'Paris is sunny.' },
      { ...source, id: 's2', url: 'https://example.com/b', title: 'B' },
    ]);
  });

  it('drops the parts V3 cannot carry, with one warning each, and keeps the rest in order', () => {
    const converted = convertV4GenerateResultToV3(
      result({
        content: [
          { type: 'reasoning-file', mediaType: 'image/png', data: { type: 'data', data: 'AA==' } },
          { type: 'text', text: 'before' },
          { type: 'custom', kind: 'openai.compaction', providerMetadata: { openai: { id: 'x' } } },
          {
            type: 'file',
            mediaType: 'image/png',
            data: { type: 'url', url: new URL('https://example.com/generated.png') },
          },
          { type: 'text', text: 'after' },
        ],
        warnings: [{ type: 'unsupported', feature: 'topK' }],
      }),
    );
    expect(converted.content).toEqual([
      { type: 'text', text: 'before' },
      { type: 'text', text: 'after' },
    ]);
    expect(converted.warnings).toEqual([
      { type: 'unsupported', feature: 'topK' },
      {
        type: 'other',
        message: expect.stringMatching(
          /^The model returned a 'reasoning-file' part \(image\/png\) that AI SDK 6 cannot represent \(V3 reasoning is text only\), so it was dropped\./,
        ),
      },
      {
        type: 'other',
        message: expect.stringContaining("'custom' part (openai.compaction)"),
      },
      {
        type: 'other',
        message: expect.stringContaining("'file' part (image/png)"),
      },
    ]);
  });

  it('maps the V4-only finish reason interrupted to error, keeping the raw reason', () => {
    expect(
      convertV4GenerateResultToV3(
        result({ finishReason: { unified: 'interrupted', raw: undefined } }),
      ).finishReason,
    ).toEqual({ unified: 'error', raw: 'interrupted' });
    expect(
      convertV4GenerateResultToV3(
        result({ finishReason: { unified: 'length', raw: 'max_tokens' } }),
      ).finishReason,
    ).toEqual({ unified: 'length', raw: 'max_tokens' });
  });

  it('turns V4 deprecated warnings into V3 other warnings', () => {
    expect(
      convertV4GenerateResultToV3(
        result({
          warnings: [
            { type: 'deprecated', setting: 'textEmbeddingModel', message: 'Use embeddingModel.' },
            { type: 'compatibility', feature: 'seed', details: 'approximated' },
          ],
        }),
      ).warnings,
    ).toEqual([
      { type: 'other', message: 'textEmbeddingModel is deprecated: Use embeddingModel.' },
      { type: 'compatibility', feature: 'seed', details: 'approximated' },
    ]);
  });

  it('warns when the model selected structured output text that differs from all the text', () => {
    const selected = convertV4GenerateResultToV3(
      result({
        content: [
          { type: 'text', text: 'draft ' },
          { type: 'text', text: '{"a":1}' },
        ],
        structuredOutputText: '{"a":1}',
      }),
    );
    expect(selected.warnings).toEqual([
      { type: 'other', message: expect.stringContaining('parses all text parts together') },
    ]);
    const same = convertV4GenerateResultToV3(
      result({ content: [{ type: 'text', text: '{"a":1}' }], structuredOutputText: '{"a":1}' }),
    );
    expect(same.warnings).toEqual([]);
    expect(same).not.toHaveProperty('structuredOutputText');
  });
});
