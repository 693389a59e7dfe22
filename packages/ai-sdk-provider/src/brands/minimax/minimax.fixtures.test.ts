import { readFileSync } from 'node:fs';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { useFixtureServer } from '../../../test/fixture-server';
import { readRecordedChunks } from '../../../test/fixtures/recorded-fixtures';
import { replayBrandFixtures } from '../../../test/fixtures/replay-brand-fixtures';
import { createCCAPI } from '../../ccapi-provider';

// MiniMax's captures (OpenAI-compatible API): thinking inline as <think>…</think> in content, or
// split into reasoning_content + reasoning_details with `reasoning_split`, or M3's plain
// reasoning_content. Every one must go back whole on the next turn.
const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;
const INLINE =
  'minimax-m2.7_openai-compat_no-reasoning_split__think-tags-inline-in-content__ends-with-usage-only-chunk.sse';
const SPLIT =
  'minimax-m2.7_openai-compat_reasoning_split-true__incremental-reasoning_content+reasoning_details__usage-separate-chunk.sse';
const SHORT = 'minimax-m2.7_openai-compat_think-tags-in-content__short__nonstream.json';
const LENGTH =
  'minimax-m2_openai-compat_think-tags-in-content__finish-length-mid-thinking__base_resp__nonstream.json';
const M3 =
  'minimax-m3-a_official_openai-compat_reasoning_content-field__sdk-reserialized__nonstream.json';

const recordedContent = (name: string): string =>
  name.endsWith('.json')
    ? JSON.parse(readFileSync(fixture(name), 'utf8')).choices[0].message.content
    : readRecordedChunks(fixture(name))
        .map((chunk) => chunk.choices[0]?.delta?.content ?? '')
        .join('');

const reasoningPart = (step: any) => step.content.find((part: any) => part.type === 'reasoning');

/** Inline thinking: the raw block is kept, and goes back with the text byte for byte. */
const inlineThinking = (name: string) => ({
  expect: async ({ steps, sendBack }: any) => {
    const content = recordedContent(name);
    const thinkBlock = reasoningPart(steps[0]).providerMetadata.ccapi.thinkBlock;
    expect(content.startsWith(thinkBlock)).toBe(true);
    expect(steps[0].text).toBe(content.slice(thinkBlock.length));
    const assistant = await sendBack();
    expect(assistant.content).toBe(content);
    expect(assistant.reasoning_details).toBeUndefined();
    expect(assistant.reasoning_content).toBeUndefined();
  },
});

const SPLIT_REASONING = readRecordedChunks(fixture(SPLIT))
  .map((chunk) => chunk.choices[0]?.delta?.reasoning_content ?? '')
  .join('');
const MERGED_DETAILS = [
  {
    type: 'reasoning.text',
    id: 'reasoning-text-1',
    format: 'MiniMax-response-v1',
    index: 0,
    text: SPLIT_REASONING,
  },
];

replayBrandFixtures({
  brand: 'minimax',
  fixtures: new URL('./__fixtures__/', import.meta.url),
  cases: {
    [INLINE]: {
      expect: async (replay) => {
        await inlineThinking(INLINE).expect(replay);
        expect(reasoningPart(replay.steps[0]).providerMetadata.ccapi.thinkBlock).toBe(
          `<think>\n${replay.steps[0].reasoningText}\n</think>\n\n`,
        );
      },
    },
    [SPLIT]: {
      settings: { providerOptions: { ccapi: { reasoningSplit: true } } },
      expect: async ({ steps, sent, sendBack }) => {
        expect(sent[0]).toMatchObject({ reasoning_split: true, stream: true });
        // Both fields carry the reasoning: it is read once, and the details are merged.
        expect(steps[0].reasoningText).toBe(SPLIT_REASONING);
        expect(reasoningPart(steps[0]).providerMetadata).toEqual({
          ccapi: { reasoningDetails: MERGED_DETAILS },
        });
        const assistant = await sendBack();
        expect(assistant.content).toBe(steps[0].text);
        expect(assistant.reasoning_details).toEqual(MERGED_DETAILS);
        expect(assistant.reasoning_content).toBe(SPLIT_REASONING);
      },
    },
    [SHORT]: inlineThinking(SHORT),
    [LENGTH]: {
      settings: { maxOutputTokens: 300 },
      expect: async (replay) => {
        // Cut off inside the think block: no text, all of it reasoning, the block kept.
        await inlineThinking(LENGTH).expect(replay);
        expect(replay.steps[0].text).toBe('');
        // max_tokens is deprecated at MiniMax: the limit goes out as max_completion_tokens.
        expect(replay.sent[0].max_completion_tokens).toBe(300);
        expect(replay.sent[0]).not.toHaveProperty('max_tokens');
      },
    },
    [M3]: {
      modelId: 'MiniMax-M3',
      expect: async ({ steps, sendBack }) => {
        expect(reasoningPart(steps[0]).providerMetadata).toBeUndefined();
        const assistant = await sendBack();
        expect(assistant.content).toBe(steps[0].text);
        expect(assistant.reasoning_content).toBe(steps[0].reasoningText);
        expect(assistant.reasoning_details).toBeUndefined();
      },
    },
  },
});

const toSSE = (chunks: unknown[]) =>
  chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('');

describe('MiniMax captures, reshaped the ways relays and MiniMax itself send them', () => {
  const loopback = useFixtureServer();

  it('finishes cleanly when the relay adds its own [DONE]', async () => {
    loopback.server.respond({
      kind: 'sse',
      body: `${readFileSync(fixture(INLINE), 'utf8')}data: [DONE]\n\n`,
    });
    const result = streamText({ model: loopback.ccapi.chat('MiniMax-M2.7'), prompt: 'x' });
    const content = recordedContent(INLINE);
    expect(await result.reasoningText).toBe(content.slice(8, content.indexOf('\n</think>')));
    expect(await result.text).toBe(content.slice(content.indexOf('</think>\n\n') + 10));
    expect(await result.finishReason).toBe('stop');
  });

  it('reads cumulative reasoning_details (MiniMax doc example) without repeating text', async () => {
    const chunks = readRecordedChunks(fixture(SPLIT));
    const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    // The same stream with each reasoning_details text replaced by everything so far, with and
    // without the (incremental) reasoning_content beside it.
    for (const keepReasoningContent of [false, true]) {
      let soFar = '';
      const cumulative = chunks.map((chunk) => {
        const delta = chunk.choices[0]?.delta;
        if (delta?.reasoning_details == null) return chunk;
        soFar += delta.reasoning_details[0].text;
        const { reasoning_content, ...rest } = delta;
        return {
          ...chunk,
          choices: [
            {
              ...chunk.choices[0],
              delta: {
                ...rest,
                ...(keepReasoningContent ? { reasoning_content } : {}),
                reasoning_details: [{ ...delta.reasoning_details[0], text: soFar }],
              },
            },
          ],
        };
      });
      loopback.server.respond({ kind: 'sse', body: toSSE(cumulative) });
      const result = streamText({ model: loopback.ccapi.chat('MiniMax-M2.7'), prompt: 'x' });
      expect(await result.reasoningText, `reasoning_content kept: ${keepReasoningContent}`).toBe(
        SPLIT_REASONING,
      );
      expect(await result.text).toBe(text);
      expect((await result.reasoning)[0]?.providerMetadata).toEqual({
        ccapi: { reasoningDetails: MERGED_DETAILS },
      });
    }
  });

  it('streams a block cut off before its close tag as reasoning (finish length)', async () => {
    const body = JSON.parse(readFileSync(fixture(LENGTH), 'utf8'));
    const content: string = body.choices[0].message.content;
    const open = content.slice(0, content.lastIndexOf('\n</think>'));
    const pieces = open.match(/[\s\S]{1,40}/g) ?? [];
    const stream = pieces.map((piece, index) => ({
      id: body.id,
      object: 'chat.completion.chunk',
      model: 'MiniMax-M2',
      choices: [
        {
          index: 0,
          delta: { content: piece, role: 'assistant', name: 'MiniMax AI', audio_content: '' },
          ...(index === pieces.length - 1 ? { finish_reason: 'length' } : {}),
        },
      ],
    }));
    loopback.server.respond({ kind: 'sse', body: toSSE(stream) });
    const result = streamText({ model: loopback.ccapi.chat('MiniMax-M2'), prompt: 'x' });
    expect(await result.text).toBe('');
    expect(await result.reasoningText).toBe(open.slice('<think>\n'.length));
    expect((await result.reasoning)[0]?.providerMetadata).toEqual({ ccapi: { thinkBlock: open } });
    expect(await result.finishReason).toBe('length');
  });
});

describe('MiniMax stream shapes at the byte level', () => {
  const bytes = new TextEncoder().encode(readFileSync(fixture(INLINE), 'utf8'));

  /** A provider whose fetch answers with `body` cut into the given byte pieces. */
  function providerServing(pieces: Uint8Array[]) {
    return createCCAPI({
      baseURL: 'http://127.0.0.1:9/v1',
      apiKey: 'sk-test',
      fetch: async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (const piece of pieces) controller.enqueue(piece);
              controller.close();
            },
          }),
          { status: 200, headers: { 'content-type': 'text/event-stream' } },
        ),
    });
  }

  async function streamParts(pieces: Uint8Array[]) {
    const model = providerServing(pieces).chat('MiniMax-M2.7');
    const { stream } = await model.doStream({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
    });
    const parts = await collectStream(stream);
    const reasoningEnd = parts.find(
      (part): part is Extract<LanguageModelV4StreamPart, { type: 'reasoning-end' }> =>
        part.type === 'reasoning-end',
    );
    return {
      reasoning: joinDeltas(parts, 'reasoning-delta'),
      text: joinDeltas(parts, 'text-delta'),
      thinkBlock: (reasoningEnd?.providerMetadata?.ccapi as any)?.thinkBlock,
      errors: parts.filter((part) => part.type === 'error').length,
      finish: parts.find((part) => part.type === 'finish'),
    };
  }

  it('gives the same output for a network split at every byte of the inline fixture', async () => {
    const expected = await streamParts([bytes]);
    expect(expected.errors).toBe(0);
    expect(expected.thinkBlock?.startsWith('<think>\nThe user')).toBe(true);
    for (let at = 1; at < bytes.length; at++) {
      const result = await streamParts([bytes.subarray(0, at), bytes.subarray(at)]);
      expect(result, `split at byte ${at}`).toEqual(expected);
    }
  });

  it('gives the same output with one byte per network read (multi-byte ∎ and — included)', async () => {
    const expected = await streamParts([bytes]);
    expect(expected.text).toContain('—');
    expect(expected.text.endsWith('∎')).toBe(true);
    const result = await streamParts(Array.from(bytes, (byte) => Uint8Array.of(byte)));
    expect(result).toEqual(expected);
    expect(result.text).not.toContain('\uFFFD');
  });

  it('never yields U+FFFD when emoji are split across network reads', async () => {
    const content = '<think>\n想一想 🧠🙂\n</think>\n\n答案 😀🎉👍🏽 done';
    const sse = toSSE(
      [content.slice(0, 12), content.slice(12, 30), content.slice(30)].map((piece, index) => ({
        id: 'e1',
        object: 'chat.completion.chunk',
        model: 'MiniMax-M2.7',
        choices: [
          {
            index: 0,
            delta: { content: piece, role: 'assistant', name: 'MiniMax AI', audio_content: '' },
            ...(index === 2 ? { finish_reason: 'stop' } : {}),
          },
        ],
      })),
    );
    const encoded = new TextEncoder().encode(sse);
    for (let at = 1; at < encoded.length; at++) {
      const result = await streamParts([encoded.subarray(0, at), encoded.subarray(at)]);
      expect(result.text, `split at byte ${at}`).toBe('答案 😀🎉👍🏽 done');
      expect(result.reasoning).toBe('想一想 🧠🙂');
    }
  });

  it('reads the fixture dripped one byte per write over a real loopback socket', async () => {
    const { createServer } = await import('node:http');
    const drip = createServer((_request, response) => {
      response.socket?.setNoDelay(true);
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      let index = 0;
      const next = () => {
        if (index >= bytes.length) {
          response.end();
          return;
        }
        response.write(bytes.subarray(index, index + 1));
        index += 1;
        setImmediate(next);
      };
      next();
    });
    await new Promise<void>((resolve) => drip.listen(0, '127.0.0.1', resolve));
    try {
      const port = (drip.address() as { port: number }).port;
      const provider = createCCAPI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-test' });
      const result = streamText({ model: provider.chat('MiniMax-M2.7'), prompt: 'x' });
      const expected = await streamParts([bytes]);
      expect(await result.text).toBe(expected.text);
      expect(await result.reasoningText).toBe(expected.reasoning);
      expect(await result.finishReason).toBe('stop');
    } finally {
      await new Promise<void>((resolve) => drip.close(() => resolve()));
    }
  });
});
