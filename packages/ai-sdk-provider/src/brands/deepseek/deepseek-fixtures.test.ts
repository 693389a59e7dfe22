import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * Every recorded DeepSeek capture replayed through the provider over loopback HTTP, with the
 * normalized output asserted (2026-12-03-wire-rules.md#deepseek). The captures are DeepSeek's own API, whose body
 * CCAPI's DeepSeek channel passes through unchanged.
 */

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const fixture = (name: string) => loadFixture(FIXTURES + name);
const fixtureJson = (name: string) => JSON.parse(readFileSync(FIXTURES + name, 'utf8'));

const TEXT_JSON = 'deepseek-chat_v3.2_text__finish-length__cache-hit-miss-usage__nonstream.json';
const TEXT_CHUNKS = 'deepseek-chat_v3.2_text__finish-length__usage-in-finish-chunk.chunks.jsonl';
const REASONING_JSON = 'deepseek-reasoner_v3.2_text__reasoning_content__nonstream.json';
const REASONING_CHUNKS =
  'deepseek-reasoner_v3.2_text__reasoning_content_deltas__usage-in-finish-chunk.chunks.jsonl';
const TOOL_CHUNKS =
  'deepseek-reasoner_v3.2_tool-call__id-on-first-delta_args-split__usage-in-finish-chunk.chunks.jsonl';
const TOOL_JSON = 'deepseek-reasoner_v3.2_tool-call__reasoning_content+tool_calls__nonstream.json';
const JSON_AFTER_TOOL = 'deepseek-reasoner_v3.2_json-mode-after-tool-result__nonstream.json';

const STRAWBERRY_STREAM_REASONING =
  'We need to count the number of the letter "r" in the word "strawberry". The word is spelled: s-t-r-a-w-b-e-r-r-y. Let\'s list the letters and count the "r"s:\n\nPosition 1: s\n2: t\n3: r (first r)\n4: a\n5: w\n6: b\n7: e\n8: r (second r)\n9: r (third r)\n10: y\n\nSo there are three "r"s. But wait, let\'s double-check: "strawberry" indeed has three "r"s: one after "t", and then two consecutive "r"s before "y". So the answer is 3.\n\nThe question is straightforward. However, sometimes people might miscount. Let\'s ensure: The word has 10 letters. The "r"s are at positions 3, 8, and 9. So yes, 3.\n\nThus, the answer is 3.';
const TOOL_STREAM_REASONING =
  'The user is asking for the weather in San Francisco. I need to use the weather tool to get this information. Let me invoke the weather tool with the location parameter set to "San Francisco".';
const TOOL_JSON_REASONING =
  'The user is asking for the weather in San Francisco. I have a weather tool available that can get weather information for a location. I should use this tool with the location parameter set to "San Francisco". Let me call the weather function.';

const PROMPT: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'hello' }] },
];

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

function partTypes(parts: LanguageModelV4StreamPart[]): string[] {
  // Collapse runs of deltas so the order of blocks is easy to read.
  const types: string[] = [];
  for (const part of parts) {
    if (part.type.endsWith('-delta') && types[types.length - 1] === part.type) continue;
    types.push(part.type);
  }
  return types;
}

function finishPart(parts: LanguageModelV4StreamPart[]) {
  const finish = parts.find((part) => part.type === 'finish');
  if (finish?.type !== 'finish') throw new Error('no finish part');
  return finish;
}

describe('deepseek-chat (V3.2 non-thinking), finish length', () => {
  it('non-stream: text, raw length kept, cache hit/miss usage', async () => {
    server.respond(fixture(TEXT_JSON));
    const result = await ccapi.chat('deepseek-chat').doGenerate({ prompt: PROMPT });

    expect(result.content).toHaveLength(1);
    const text = result.content[0];
    expect(text?.type).toBe('text');
    expect(text?.type === 'text' && text.text).toBe(
      fixtureJson(TEXT_JSON).choices[0].message.content,
    );
    expect(text?.type === 'text' && text.text.startsWith('## **Holiday Name: Gratitude')).toBe(
      true,
    );
    expect(result.finishReason).toEqual({ unified: 'length', raw: 'length' });
    expect(result.usage.inputTokens).toEqual({
      total: 13,
      noCache: 13,
      cacheRead: 0,
      cacheWrite: undefined,
    });
    expect(result.usage.outputTokens).toEqual({ total: 300, text: 300, reasoning: undefined });
    expect(result.response?.id).toBe('00f10ecd-60b3-4707-b5db-e4bcadf7aea1');
    expect(result.response?.modelId).toBe('deepseek-chat');
  });

  it('non-stream body preceded by blank lines (DeepSeek under load) still parses', async () => {
    const body = readFileSync(FIXTURES + TEXT_JSON, 'utf8');
    server.respond({ kind: 'json', body: `\n\n\n${body}` });
    const result = await ccapi.chat('deepseek-chat').doGenerate({ prompt: PROMPT });
    expect(result.finishReason).toEqual({ unified: 'length', raw: 'length' });
    expect(result.usage.inputTokens.total).toBe(13);
  });

  it('stream: role-first chunk, usage inside the finish chunk', async () => {
    server.respond(fixture(TEXT_CHUNKS));
    const { stream } = await ccapi.chat('deepseek-chat').doStream({ prompt: PROMPT });
    const parts = await collectStream(stream);

    expect(partTypes(parts)).toEqual([
      'stream-start',
      'response-metadata',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ]);
    const text = joinDeltas(parts, 'text-delta');
    expect(text.startsWith('## **Holiday Name:** Starlight Remembrance\n\n**Date:**')).toBe(true);
    expect(text.endsWith('observe 15 minutes of silent looking at')).toBe(true);
    const finish = finishPart(parts);
    expect(finish.finishReason).toEqual({ unified: 'length', raw: 'length' });
    expect(finish.usage.inputTokens).toEqual({
      total: 13,
      noCache: 13,
      cacheRead: 0,
      cacheWrite: undefined,
    });
    expect(finish.usage.outputTokens).toEqual({ total: 400, text: 400, reasoning: undefined });
    expect(finish.providerMetadata?.ccapi).toMatchObject({ brand: 'deepseek' });
  });

  it('stream: `: keep-alive` comments anywhere are skipped, output unchanged', async () => {
    server.respond(fixture(TEXT_CHUNKS));
    const plain = await collectStream(
      (await ccapi.chat('deepseek-chat').doStream({ prompt: PROMPT })).stream,
    );

    const recorded = fixture(TEXT_CHUNKS);
    if (recorded.kind !== 'sse') throw new Error('expected sse');
    const events = recorded.body.split('\n\n').filter((event) => event.length > 0);
    // DeepSeek keeps loaded connections open with comments: before the first event and between
    // events (2026-12-03-wire-rules.md#deepseek).
    const withKeepAlive = `: keep-alive\n\n: keep-alive\n\n${events.join('\n\n: keep-alive\n\n')}\n\n`;
    server.respond({ kind: 'sse', body: withKeepAlive });
    const parts = await collectStream(
      (await ccapi.chat('deepseek-chat').doStream({ prompt: PROMPT })).stream,
    );

    expect(withKeepAlive.match(/: keep-alive/g)?.length).toBeGreaterThan(400);
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(joinDeltas(parts, 'text-delta')).toBe(joinDeltas(plain, 'text-delta'));
    expect(finishPart(parts)).toEqual(finishPart(plain));
  });
});

describe('deepseek-reasoner (V3.2 thinking), text with reasoning_content', () => {
  it('non-stream: reasoning before text, reasoning tokens', async () => {
    server.respond(fixture(REASONING_JSON));
    const result = await ccapi.chat('deepseek-reasoner').doGenerate({ prompt: PROMPT });
    const message = fixtureJson(REASONING_JSON).choices[0].message;

    expect(result.content.map((part) => part.type)).toEqual(['reasoning', 'text']);
    expect(result.content[0]).toEqual({ type: 'reasoning', text: message.reasoning_content });
    expect(result.content[1]).toEqual({
      type: 'text',
      text: 'The word "strawberry" contains three instances of the letter "r": one after the "t" and two before the "y".',
    });
    expect(result.finishReason).toEqual({ unified: 'stop', raw: 'stop' });
    expect(result.usage.inputTokens).toEqual({
      total: 18,
      noCache: 18,
      cacheRead: 0,
      cacheWrite: undefined,
    });
    expect(result.usage.outputTokens).toEqual({ total: 345, text: 30, reasoning: 315 });
  });

  it('stream: empty reasoning_content first chunk, reasoning deltas, then content', async () => {
    server.respond(fixture(REASONING_CHUNKS));
    const { stream } = await ccapi.chat('deepseek-reasoner').doStream({ prompt: PROMPT });
    const parts = await collectStream(stream);

    expect(partTypes(parts)).toEqual([
      'stream-start',
      'response-metadata',
      'reasoning-start',
      'reasoning-delta',
      'reasoning-end',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ]);
    expect(joinDeltas(parts, 'reasoning-delta')).toBe(STRAWBERRY_STREAM_REASONING);
    expect(joinDeltas(parts, 'text-delta')).toBe('The word "strawberry" contains three "r"s.');
    // Reasoning text is all DeepSeek needs back: nothing else is stored on the part.
    const reasoningEnd = parts.find((part) => part.type === 'reasoning-end');
    expect(reasoningEnd).toEqual({ type: 'reasoning-end', id: 'reasoning-0' });
    const finish = finishPart(parts);
    expect(finish.finishReason).toEqual({ unified: 'stop', raw: 'stop' });
    expect(finish.usage.outputTokens).toEqual({ total: 219, text: 14, reasoning: 205 });
    expect(finish.usage.inputTokens.total).toBe(18);
  });
});

describe('deepseek-reasoner (V3.2 thinking), tool call', () => {
  it('stream: id on the first delta, token-sized argument fragments, cached input', async () => {
    server.respond(fixture(TOOL_CHUNKS));
    const { stream } = await ccapi.chat('deepseek-reasoner').doStream({ prompt: PROMPT });
    const parts = await collectStream(stream);

    expect(partTypes(parts)).toEqual([
      'stream-start',
      'response-metadata',
      'reasoning-start',
      'reasoning-delta',
      'reasoning-end',
      'tool-input-start',
      'tool-input-delta',
      'tool-input-end',
      'tool-call',
      'finish',
    ]);
    expect(joinDeltas(parts, 'reasoning-delta')).toBe(TOOL_STREAM_REASONING);
    expect(parts.find((part) => part.type === 'tool-input-start')).toEqual({
      type: 'tool-input-start',
      id: 'call_00_ioIn7yN9p1ZOMNpDLwd4MgAF',
      toolName: 'weather',
    });
    const inputDeltas = parts.filter((part) => part.type === 'tool-input-delta');
    expect(inputDeltas.length).toBe(10);
    expect(parts.find((part) => part.type === 'tool-call')).toEqual({
      type: 'tool-call',
      toolCallId: 'call_00_ioIn7yN9p1ZOMNpDLwd4MgAF',
      toolName: 'weather',
      input: '{"location": "San Francisco"}',
    });
    const finish = finishPart(parts);
    expect(finish.finishReason).toEqual({ unified: 'tool-calls', raw: 'tool_calls' });
    expect(finish.usage.inputTokens).toEqual({
      total: 339,
      noCache: 19,
      cacheRead: 320,
      cacheWrite: undefined,
    });
    expect(finish.usage.outputTokens).toEqual({ total: 83, text: 44, reasoning: 39 });
    expect(finish.usage.raw).toMatchObject({
      prompt_cache_hit_tokens: 320,
      prompt_cache_miss_tokens: 19,
    });
  });

  it('non-stream: empty-string content, reasoning and a call_00_ id', async () => {
    server.respond(fixture(TOOL_JSON));
    const result = await ccapi.chat('deepseek-reasoner').doGenerate({ prompt: PROMPT });

    expect(result.content).toEqual([
      { type: 'reasoning', text: TOOL_JSON_REASONING },
      {
        type: 'tool-call',
        toolCallId: 'call_00_9V0vrf86Pc9aelHCJMZqnJBo',
        toolName: 'weather',
        input: '{"location": "San Francisco"}',
      },
    ]);
    expect(result.finishReason).toEqual({ unified: 'tool-calls', raw: 'tool_calls' });
    expect(result.usage.inputTokens).toEqual({
      total: 339,
      noCache: 19,
      cacheRead: 320,
      cacheWrite: undefined,
    });
    expect(result.usage.outputTokens).toEqual({ total: 92, text: 44, reasoning: 48 });
  });
});

describe('turn 2 after a tool call (JSON answer after the tool result)', () => {
  const weather = tool({
    inputSchema: jsonSchema<{ location: string }>({
      type: 'object',
      properties: { location: { type: 'string' } },
      required: ['location'],
    }),
    execute: async ({ location }) => ({ location, condition: 'cloudy', temperature: 7 }),
  });

  const expectTurn2Request = (body: any, toolCallId: string, reasoning: string) => {
    expect(body.messages).toEqual([
      { role: 'user', content: 'What is the weather in San Francisco? Reply with JSON.' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: toolCallId,
            type: 'function',
            function: { name: 'weather', arguments: '{"location":"San Francisco"}' },
          },
        ],
        // DeepSeek answers 400 without it in thinking mode (2026-12-03-wire-rules.md#deepseek).
        reasoning_content: reasoning,
      },
      {
        role: 'tool',
        tool_call_id: toolCallId,
        content: '{"location":"San Francisco","condition":"cloudy","temperature":7}',
      },
    ]);
    expect(body.thinking).toEqual({ type: 'enabled' });
  };

  it('generateText: the turn-1 reasoning goes back as reasoning_content', async () => {
    server.respond(fixture(TOOL_JSON), fixture(JSON_AFTER_TOOL));
    const result = await generateText({
      model: ccapi('deepseek-v3.2'),
      prompt: 'What is the weather in San Francisco? Reply with JSON.',
      tools: { weather },
      providerOptions: { ccapi: { thinking: true } },
      stopWhen: stepCountIs(2),
    });

    expect(server.requests).toHaveLength(2);
    expectTurn2Request(
      server.requests[1]?.body,
      'call_00_9V0vrf86Pc9aelHCJMZqnJBo',
      TOOL_JSON_REASONING,
    );
    expect(JSON.parse(result.text)).toEqual({
      location: 'San Francisco',
      condition: 'cloudy',
      temperature: 7,
    });
    expect(result.finalStep.reasoningText).toBe(
      fixtureJson(JSON_AFTER_TOOL).choices[0].message.reasoning_content,
    );
    expect(result.steps[0]?.finishReason).toBe('tool-calls');
    // Each step read 320 cached tokens (prompt_cache_hit_tokens); the total sums both steps.
    expect(result.steps[1]?.usage.inputTokenDetails.cacheReadTokens).toBe(320);
    expect(result.usage.inputTokenDetails.cacheReadTokens).toBe(640);
    expect(result.usage.outputTokenDetails.reasoningTokens).toBe(48 + 118);
  });

  it('streamText: streamed reasoning goes back exactly, after a JSON reload of the history', async () => {
    server.respond(fixture(TOOL_CHUNKS), fixture(REASONING_CHUNKS));
    const first = streamText({
      model: ccapi('deepseek-v3.2'),
      prompt: 'What is the weather in San Francisco? Reply with JSON.',
      tools: { weather },
      reasoning: 'high',
      stopWhen: stepCountIs(1),
    });
    const turn1 = await first.responseMessages;
    expect(server.requests[0]?.body.thinking).toEqual({ type: 'enabled' });
    expect(server.requests[0]?.body.reasoning_effort).toBeUndefined();

    // The app stores the history as JSON and continues from it.
    const history = JSON.parse(
      JSON.stringify([
        { role: 'user', content: 'What is the weather in San Francisco? Reply with JSON.' },
        ...turn1,
      ]),
    );
    const second = streamText({
      model: ccapi('deepseek-v3.2'),
      messages: history,
      tools: { weather },
      reasoning: 'high',
    });
    expect(await second.text).toBe('The word "strawberry" contains three "r"s.');
    expectTurn2Request(
      server.requests[1]?.body,
      'call_00_ioIn7yN9p1ZOMNpDLwd4MgAF',
      TOOL_STREAM_REASONING,
    );
  });
});
