import { readFileSync } from 'node:fs';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { generateText, type ModelMessage, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;
const readText = (name: string) => readFileSync(fixture(name), 'utf8');
const readJson = (name: string) => JSON.parse(readText(name));
/** The `data:` payloads of a recorded `.sse` file, parsed. */
const readChunks = (name: string): any[] =>
  readText(name)
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice('data: '.length)));
const toSSE = (chunks: unknown[]) =>
  chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('');

const INLINE =
  'minimax-m2.7_openai-compat_no-reasoning_split__think-tags-inline-in-content__ends-with-usage-only-chunk.sse';
const SPLIT =
  'minimax-m2.7_openai-compat_reasoning_split-true__incremental-reasoning_content+reasoning_details__usage-separate-chunk.sse';
const SHORT = 'minimax-m2.7_openai-compat_think-tags-in-content__short__nonstream.json';
const LENGTH =
  'minimax-m2_openai-compat_think-tags-in-content__finish-length-mid-thinking__base_resp__nonstream.json';
const M3 =
  'minimax-m3-a_official_openai-compat_reasoning_content-field__sdk-reserialized__nonstream.json';

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

/** Follow-up request after `first`: what our provider sends back for the assistant turn. */
async function sendBack(modelId: string, messages: ModelMessage[], providerOptions?: any) {
  server.respond(loadFixture(fixture(SHORT)));
  const before = server.requests.length;
  await generateText({
    model: ccapi.chat(modelId),
    messages: [...messages, { role: 'user', content: 'and then?' }],
    providerOptions,
  });
  const request = server.requests[before]!.body;
  return request.messages.find((message: any) => message.role === 'assistant');
}

function reasoningEnd(parts: LanguageModelV4StreamPart[]) {
  return parts.find(
    (part): part is Extract<LanguageModelV4StreamPart, { type: 'reasoning-end' }> =>
      part.type === 'reasoning-end',
  );
}

describe('MiniMax fixtures replayed over loopback', () => {
  describe('M2.7 stream, inline <think> (no reasoning_split)', () => {
    const chunks = readChunks(INLINE);
    const content = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    const thinkBlock = content.slice(0, content.indexOf('</think>') + '</think>\n\n'.length);
    const reasoning =
      "The user wants a proof that the sum of two odd numbers is even. I'll keep this straightforward and concise.";
    const usage = chunks[chunks.length - 1].usage;

    it('splits reasoning from text, keeps the raw block, reads usage from the choices:[] chunk', async () => {
      server.respond(loadFixture(fixture(INLINE)));
      const result = streamText({ model: ccapi.chat('MiniMax-M2.7'), prompt: 'prove it' });
      const types: string[] = [];
      for await (const part of result.fullStream) {
        if (types[types.length - 1] !== part.type) types.push(part.type);
      }
      expect(await result.reasoningText).toBe(reasoning);
      expect(await result.text).toBe(content.slice(thinkBlock.length));
      expect(await result.text).not.toContain('think>');
      expect(thinkBlock).toBe(`<think>\n${reasoning}\n</think>\n\n`);
      expect((await result.reasoning)[0]?.providerMetadata).toEqual({ ccapi: { thinkBlock } });
      // Reasoning closes before text starts; the stream ends with no `[DONE]` and no error.
      expect(
        types.filter((type) => type.startsWith('reasoning') || type.startsWith('text')),
      ).toEqual([
        'reasoning-start',
        'reasoning-delta',
        'reasoning-end',
        'text-start',
        'text-delta',
        'text-end',
      ]);
      expect(types).not.toContain('error');
      expect(await result.finishReason).toBe('stop');
      expect(await result.rawFinishReason).toBe('stop');
      const total = await result.usage;
      expect(total.inputTokens).toBe(767);
      expect(total.inputTokenDetails).toMatchObject({ cacheReadTokens: 443, noCacheTokens: 324 });
      expect(total.outputTokens).toBe(172);
      expect(total.outputTokenDetails).toMatchObject({ reasoningTokens: 25, textTokens: 147 });
      expect(total.raw).toEqual(usage);
      const response = await result.response;
      expect(response.id).toBe(chunks[0].id);
      expect(response.modelId).toBe('MiniMax-M2.7');
    });

    it('sends the whole content back, <think> block included, byte for byte', async () => {
      server.respond(loadFixture(fixture(INLINE)));
      const first = streamText({ model: ccapi.chat('MiniMax-M2.7'), prompt: 'prove it' });
      const messages: ModelMessage[] = [
        { role: 'user', content: 'prove it' },
        ...(await first.response).messages,
      ];
      const assistant = await sendBack('MiniMax-M2.7', messages);
      expect(assistant.content).toBe(content);
      expect(assistant.reasoning_details).toBeUndefined();
      expect(assistant.reasoning_content).toBeUndefined();
    });

    it('also finishes cleanly when the relay adds its own [DONE]', async () => {
      server.respond({ kind: 'sse', body: `${readText(INLINE)}data: [DONE]\n\n` });
      const result = streamText({ model: ccapi.chat('MiniMax-M2.7'), prompt: 'x' });
      expect(await result.reasoningText).toBe(reasoning);
      expect(await result.text).toBe(content.slice(thinkBlock.length));
      expect(await result.finishReason).toBe('stop');
    });
  });

  describe('M2.7 stream, reasoning_split: true (reasoning_content + reasoning_details)', () => {
    const chunks = readChunks(SPLIT);
    const reasoning = chunks
      .map((chunk) => chunk.choices[0]?.delta?.reasoning_content ?? '')
      .join('');
    const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    const mergedDetails = [
      {
        type: 'reasoning.text',
        id: 'reasoning-text-1',
        format: 'MiniMax-response-v1',
        index: 0,
        text: reasoning,
      },
    ];

    it('reads incremental reasoning once (both fields carry it) and merges the details', async () => {
      server.respond(loadFixture(fixture(SPLIT)));
      const result = streamText({
        model: ccapi.chat('MiniMax-M2.7'),
        prompt: 'prove it',
        providerOptions: { ccapi: { reasoningSplit: true } },
      });
      expect(await result.reasoningText).toBe(reasoning);
      expect(reasoning.startsWith('The user wants a proof')).toBe(true);
      expect(await result.text).toBe(text);
      expect((await result.reasoning)[0]?.providerMetadata).toEqual({
        ccapi: { reasoningDetails: mergedDetails },
      });
      expect(await result.finishReason).toBe('stop');
      const usage = await result.usage;
      expect(usage.inputTokens).toBe(769);
      expect(usage.inputTokenDetails.cacheReadTokens).toBe(443);
      expect(usage.outputTokens).toBe(116);
      expect(usage.outputTokenDetails).toMatchObject({ reasoningTokens: 37, textTokens: 79 });
      expect(server.requests.at(-1)?.body).toMatchObject({ reasoning_split: true, stream: true });
    });

    it('reads cumulative reasoning_details (MiniMax doc example) without repeating text', async () => {
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
        server.respond({ kind: 'sse', body: toSSE(cumulative) });
        const result = streamText({ model: ccapi.chat('MiniMax-M2.7'), prompt: 'x' });
        expect(await result.reasoningText, `reasoning_content kept: ${keepReasoningContent}`).toBe(
          reasoning,
        );
        expect(await result.text).toBe(text);
        expect((await result.reasoning)[0]?.providerMetadata).toEqual({
          ccapi: { reasoningDetails: mergedDetails },
        });
      }
    });

    it('sends reasoning_details back verbatim, plus reasoning_content for the relay, content untouched', async () => {
      server.respond(loadFixture(fixture(SPLIT)));
      const first = streamText({
        model: ccapi.chat('MiniMax-M2.7'),
        prompt: 'prove it',
        providerOptions: { ccapi: { reasoningSplit: true } },
      });
      const messages: ModelMessage[] = [
        { role: 'user', content: 'prove it' },
        ...(await first.response).messages,
      ];
      const assistant = await sendBack('MiniMax-M2.7', messages, {
        ccapi: { reasoningSplit: true },
      });
      expect(assistant.content).toBe(text);
      expect(assistant.reasoning_details).toEqual(mergedDetails);
      expect(assistant.reasoning_content).toBe(reasoning);
    });
  });

  describe('M2.7 non-stream, short inline block (GoModel capture with a `provider` member)', () => {
    const body = readJson(SHORT);

    it('parses the block, tolerates the extra members, keeps usage without details', async () => {
      server.respond(loadFixture(fixture(SHORT)));
      const result = await generateText({ model: ccapi.chat('MiniMax-M2.7'), prompt: 'x' });
      expect(body.provider).toBe('minimax');
      expect(result.reasoningText).toBe('inner');
      expect(result.text).toBe('inner');
      expect(result.reasoning[0]?.providerMetadata).toEqual({
        ccapi: { thinkBlock: '<think>\ninner\n</think>\n\n' },
      });
      expect(result.finishReason).toBe('stop');
      expect(result.usage.inputTokens).toBe(798);
      expect(result.usage.outputTokens).toBe(7);
      expect(result.usage.inputTokenDetails.cacheReadTokens).toBeUndefined();
      expect(result.usage.outputTokenDetails.reasoningTokens).toBeUndefined();
      expect(result.response.id).toBe(body.id);

      const assistant = await sendBack('MiniMax-M2.7', [
        { role: 'user', content: 'x' },
        ...result.response.messages,
      ]);
      expect(assistant.content).toBe(body.choices[0].message.content);
    });
  });

  describe('M2 non-stream cut by the token limit inside the think block', () => {
    const body = readJson(LENGTH);
    const content: string = body.choices[0].message.content;

    it('reports length, no text, all of it reasoning, and keeps the block for the next turn', async () => {
      server.respond(loadFixture(fixture(LENGTH)));
      const result = await generateText({
        model: ccapi.chat('MiniMax-M2'),
        prompt: 'How many primes below 30?',
        maxOutputTokens: 300,
      });
      expect(result.finishReason).toBe('length');
      expect(result.rawFinishReason).toBe('length');
      expect(result.text).toBe('');
      expect(result.reasoningText).toBe(
        content.slice('<think>\n'.length, content.lastIndexOf('\n</think>')),
      );
      expect(result.reasoning[0]?.providerMetadata).toEqual({ ccapi: { thinkBlock: content } });
      expect(result.usage.inputTokens).toBe(765);
      expect(result.usage.outputTokens).toBe(300);
      // max_tokens is deprecated at MiniMax: the limit goes out as max_completion_tokens.
      const sent = server.requests.at(-1)?.body;
      expect(sent.max_completion_tokens).toBe(300);
      expect(sent).not.toHaveProperty('max_tokens');

      const assistant = await sendBack('MiniMax-M2', [
        { role: 'user', content: 'How many primes below 30?' },
        ...result.response.messages,
      ]);
      expect(assistant.content).toBe(content);
    });

    it('streams a block cut off before its close tag as reasoning (finish length)', async () => {
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
      server.respond({ kind: 'sse', body: toSSE(stream) });
      const result = streamText({ model: ccapi.chat('MiniMax-M2'), prompt: 'x' });
      expect(await result.text).toBe('');
      expect(await result.reasoningText).toBe(open.slice('<think>\n'.length));
      expect((await result.reasoning)[0]?.providerMetadata).toEqual({
        ccapi: { thinkBlock: open },
      });
      expect(await result.finishReason).toBe('length');
    });
  });

  describe('M3-a non-stream with plain reasoning_content (OpenAI-SDK re-serialised)', () => {
    const body = readJson(M3);
    const message = body.choices[0].message;

    it('reads reasoning_content, text and usage details; sends reasoning_content back', async () => {
      server.respond(loadFixture(fixture(M3)));
      const result = await generateText({ model: ccapi.chat('MiniMax-M3'), prompt: 'x' });
      expect(result.reasoningText).toBe(message.reasoning_content);
      expect(result.text).toBe(message.content);
      expect(result.reasoning[0]?.providerMetadata).toBeUndefined();
      expect(result.finishReason).toBe('stop');
      expect(result.usage.inputTokens).toBe(152);
      expect(result.usage.inputTokenDetails).toMatchObject({
        cacheReadTokens: 127,
        noCacheTokens: 25,
      });
      expect(result.usage.outputTokens).toBe(200);
      expect(result.usage.outputTokenDetails).toMatchObject({
        reasoningTokens: 169,
        textTokens: 31,
      });
      expect(result.response.modelId).toBe('space-bunny');

      const assistant = await sendBack('MiniMax-M3', [
        { role: 'user', content: 'x' },
        ...result.response.messages,
      ]);
      expect(assistant.content).toBe(message.content);
      expect(assistant.reasoning_content).toBe(message.reasoning_content);
      expect(assistant.reasoning_details).toBeUndefined();
    });
  });
});

describe('MiniMax stream shapes at the byte level', () => {
  const bytes = new TextEncoder().encode(readText(INLINE));

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
    return {
      reasoning: joinDeltas(parts, 'reasoning-delta'),
      text: joinDeltas(parts, 'text-delta'),
      thinkBlock: (reasoningEnd(parts)?.providerMetadata?.ccapi as any)?.thinkBlock,
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
