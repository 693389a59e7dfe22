import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, useFixtureServer } from '../../../test/fixture-server';
import { replayBrandFixtures } from '../../../test/fixtures/replay-brand-fixtures';

// DeepSeek's own API captures (vercel/ai), whose bodies CCAPI's DeepSeek channel passes through
// unchanged.
replayBrandFixtures({
  brand: 'deepseek',
  fixtures: new URL('./__fixtures__/', import.meta.url),
  cases: {
    'deepseek-reasoner_v3.2_text__reasoning_content_deltas__usage-in-finish-chunk.chunks.jsonl': {
      expect: ({ steps }) => {
        // Reasoning text is all DeepSeek needs back: nothing else is stored on the part.
        const reasoning = steps[0].content.find((part: any) => part.type === 'reasoning');
        expect(reasoning.providerMetadata).toBeUndefined();
      },
    },
  },
});

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const fixture = (name: string) => loadFixture(FIXTURES + name);
const fixtureJson = (name: string) => JSON.parse(readFileSync(FIXTURES + name, 'utf8'));
const TEXT_JSON = 'deepseek-chat_v3.2_text__finish-length__cache-hit-miss-usage__nonstream.json';
const TEXT_CHUNKS = 'deepseek-chat_v3.2_text__finish-length__usage-in-finish-chunk.chunks.jsonl';
const REASONING_CHUNKS =
  'deepseek-reasoner_v3.2_text__reasoning_content_deltas__usage-in-finish-chunk.chunks.jsonl';
const TOOL_CHUNKS =
  'deepseek-reasoner_v3.2_tool-call__id-on-first-delta_args-split__usage-in-finish-chunk.chunks.jsonl';
const TOOL_JSON = 'deepseek-reasoner_v3.2_tool-call__reasoning_content+tool_calls__nonstream.json';
const JSON_AFTER_TOOL = 'deepseek-reasoner_v3.2_json-mode-after-tool-result__nonstream.json';

describe('DeepSeek captures, as DeepSeek serves them under load and across turns', () => {
  const loopback = useFixtureServer();
  beforeEach(() => {
    loopback.server.requests.length = 0;
  });

  it('a non-stream body preceded by blank lines (DeepSeek under load) still parses', async () => {
    const body = readFileSync(FIXTURES + TEXT_JSON, 'utf8');
    loopback.server.respond({ kind: 'json', body: `\n\n\n${body}` });
    const result = await generateText({
      model: loopback.ccapi.chat('deepseek-chat'),
      prompt: 'hello',
    });
    expect(result.text).toBe(fixtureJson(TEXT_JSON).choices[0].message.content);
    expect(result.finishReason).toBe('length');
    expect(result.usage.inputTokens).toBe(13);
  });

  it('`: keep-alive` comments anywhere in a stream are skipped, output unchanged', async () => {
    loopback.server.respond(fixture(TEXT_CHUNKS));
    const plain = streamText({ model: loopback.ccapi.chat('deepseek-chat'), prompt: 'hello' });
    const plainText = await plain.text;

    const recorded = fixture(TEXT_CHUNKS);
    if (recorded.kind !== 'sse') throw new Error('expected sse');
    const events = recorded.body.split('\n\n').filter((event) => event.length > 0);
    // DeepSeek keeps loaded connections open with comments: before the first event and between
    // events.
    const withKeepAlive = `: keep-alive\n\n: keep-alive\n\n${events.join('\n\n: keep-alive\n\n')}\n\n`;
    expect(withKeepAlive.match(/: keep-alive/g)?.length).toBeGreaterThan(400);
    loopback.server.respond({ kind: 'sse', body: withKeepAlive });
    const errors: unknown[] = [];
    const kept = streamText({
      model: loopback.ccapi.chat('deepseek-chat'),
      prompt: 'hello',
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    expect(await kept.text).toBe(plainText);
    expect(await kept.finishReason).toBe(await plain.finishReason);
    expect(await kept.usage).toEqual(await plain.usage);
    expect(errors).toEqual([]);
  });

  describe('turn 2 after a tool call: the turn-1 reasoning goes back as reasoning_content', () => {
    const weather = tool({
      inputSchema: jsonSchema<{ location: string }>({
        type: 'object',
        properties: { location: { type: 'string' } },
        required: ['location'],
      }),
      execute: async ({ location }) => ({ location, condition: 'cloudy', temperature: 7 }),
    });
    const question = 'What is the weather in San Francisco? Reply with JSON.';

    const expectTurn2Request = (body: any, toolCallId: string, reasoning: string) => {
      expect(body.messages).toEqual([
        { role: 'user', content: question },
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
          // DeepSeek answers 400 without it in thinking mode.
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

    it('generateText', async () => {
      loopback.server.respond(fixture(TOOL_JSON), fixture(JSON_AFTER_TOOL));
      const result = await generateText({
        model: loopback.ccapi('deepseek-v3.2'),
        prompt: question,
        tools: { weather },
        providerOptions: { ccapi: { thinking: true } },
        stopWhen: stepCountIs(2),
      });
      const turn1 = fixtureJson(TOOL_JSON).choices[0].message;
      expectTurn2Request(
        loopback.server.requests[1]?.body,
        turn1.tool_calls[0].id,
        turn1.reasoning_content,
      );
      expect(JSON.parse(result.text)).toEqual({
        location: 'San Francisco',
        condition: 'cloudy',
        temperature: 7,
      });
      // Each step read 320 cached tokens (prompt_cache_hit_tokens); the total sums both steps.
      expect(result.steps[1]?.usage.inputTokenDetails.cacheReadTokens).toBe(320);
      expect(result.usage.inputTokenDetails.cacheReadTokens).toBe(640);
      expect(result.usage.outputTokenDetails.reasoningTokens).toBe(48 + 118);
    });

    it('streamText, the history reloaded from JSON between the turns', async () => {
      loopback.server.respond(fixture(TOOL_CHUNKS), fixture(REASONING_CHUNKS));
      const first = streamText({
        model: loopback.ccapi('deepseek-v3.2'),
        prompt: question,
        tools: { weather },
        reasoning: 'high',
        stopWhen: stepCountIs(1),
      });
      const turn1 = await first.responseMessages;
      const reasoning = await first.reasoningText;
      expect(loopback.server.requests[0]?.body.thinking).toEqual({ type: 'enabled' });
      expect(loopback.server.requests[0]?.body.reasoning_effort).toBeUndefined();

      // The app stores the history as JSON and continues from it.
      const history = JSON.parse(JSON.stringify([{ role: 'user', content: question }, ...turn1]));
      const second = streamText({
        model: loopback.ccapi('deepseek-v3.2'),
        messages: history,
        tools: { weather },
        reasoning: 'high',
      });
      await second.text;
      expectTurn2Request(
        loopback.server.requests[1]?.body,
        'call_00_ioIn7yN9p1ZOMNpDLwd4MgAF',
        reasoning ?? '',
      );
    });
  });
});
