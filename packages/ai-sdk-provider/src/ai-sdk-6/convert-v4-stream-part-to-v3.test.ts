import type { LanguageModelV4StreamPart, LanguageModelV4Usage } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { collectStream } from '../../test/collect-stream';
import { convertV4StreamToV3 } from './convert-v4-stream-part-to-v3';

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 4, noCache: 4, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 6, text: 4, reasoning: 2 },
};
const source = {
  type: 'source' as const,
  sourceType: 'url' as const,
  id: 's1',
  url: 'https://example.com/a',
};

async function convert(parts: LanguageModelV4StreamPart[]) {
  const stream = new ReadableStream<LanguageModelV4StreamPart>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
  return collectStream(convertV4StreamToV3(stream));
}

describe('convertV4StreamToV3', () => {
  it('passes the parts both specs share through in order, converting warnings', async () => {
    const error = new Error('upstream');
    const parts: LanguageModelV4StreamPart[] = [
      { type: 'stream-start', warnings: [{ type: 'deprecated', setting: 's', message: 'm' }] },
      { type: 'response-metadata', id: 'r1', modelId: 'glm-5' },
      { type: 'raw', rawValue: { choices: [] } },
      { type: 'reasoning-start', id: 'r', providerMetadata: { ccapi: { a: 1 } } },
      { type: 'reasoning-delta', id: 'r', delta: 'hmm' },
      { type: 'reasoning-end', id: 'r' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Hi' },
      { type: 'text-end', id: 't' },
      { type: 'tool-input-start', id: 'c1', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'c1', delta: '{}' },
      { type: 'tool-input-end', id: 'c1' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'weather', input: '{}' },
      { type: 'tool-result', toolCallId: 'c1', toolName: 'weather', result: { ok: true } },
      { type: 'tool-approval-request', approvalId: 'a', toolCallId: 'c1' },
      { type: 'file', mediaType: 'image/png', data: { type: 'data', data: 'AA==' } },
      { type: 'error', error },
      { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
    ];
    const converted = await convert(parts);
    expect(converted).toEqual([
      { type: 'stream-start', warnings: [{ type: 'other', message: 's is deprecated: m' }] },
      ...parts.slice(1, 15),
      { type: 'file', mediaType: 'image/png', data: 'AA==' },
      { type: 'error', error },
      { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
    ]);
  });

  it('renders citations as sources after text-end, once per source id, and leaves out ping', async () => {
    const converted = await convert([
      { type: 'stream-start', warnings: [] },
      source,
      { type: 'ping' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Sunny.' },
      {
        type: 'text-end',
        id: 't',
        citations: [
          { source },
          { source: { ...source, id: 's2' } },
          { source: { ...source, id: 's2' } },
        ],
      },
      { ...source, id: 's2' },
      { type: 'finish', usage, finishReason: { unified: 'stop', raw: undefined } },
    ]);
    expect(
      converted.map((part) => (part.type === 'source' ? `source:${part.id}` : part.type)),
    ).toEqual([
      'stream-start',
      'source:s1',
      'text-start',
      'text-delta',
      'text-end',
      'source:s2',
      'finish',
    ]);
    expect(converted[4]).toEqual({ type: 'text-end', id: 't' });
  });

  it('drops V4-only parts and lists them in the finish provider metadata', async () => {
    const converted = await convert([
      { type: 'stream-start', warnings: [] },
      { type: 'reasoning-file', mediaType: 'image/png', data: { type: 'data', data: 'AA==' } },
      { type: 'custom', kind: 'openai.compaction' },
      {
        type: 'file',
        mediaType: 'image/png',
        data: { type: 'url', url: new URL('https://example.com/x.png') },
      },
      { type: 'text-start', id: 't' },
      { type: 'text-end', id: 't' },
      {
        type: 'finish',
        usage,
        finishReason: { unified: 'interrupted', raw: 'eof' },
        providerMetadata: { ccapi: { route: 'gemini' }, google: { x: 1 } },
      },
    ]);
    expect(converted.map((part) => part.type)).toEqual([
      'stream-start',
      'text-start',
      'text-end',
      'finish',
    ]);
    expect(converted[3]).toEqual({
      type: 'finish',
      usage,
      finishReason: { unified: 'error', raw: 'eof' },
      providerMetadata: {
        google: { x: 1 },
        ccapi: {
          route: 'gemini',
          droppedParts: [
            { type: 'reasoning-file', mediaType: 'image/png', reason: 'V3 reasoning is text only' },
            {
              type: 'custom',
              kind: 'openai.compaction',
              reason: 'V3 has no provider-specific content parts',
            },
            {
              type: 'file',
              mediaType: 'image/png',
              reason: 'V3 file parts carry bytes or base64, not a URL',
            },
          ],
        },
      },
    });
  });

  it('drops a part type newer than this layer instead of failing the stream', async () => {
    const converted = await convert([
      { type: 'stream-start', warnings: [] },
      { type: 'hologram', id: 'h' } as unknown as LanguageModelV4StreamPart,
      { type: 'finish', usage, finishReason: { unified: 'stop', raw: undefined } },
    ]);
    expect(converted[1]).toMatchObject({
      type: 'finish',
      providerMetadata: { ccapi: { droppedParts: [{ type: 'hologram' }] } },
    });
  });
});
