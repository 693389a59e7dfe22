import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * Streams built exactly as CCAPI's relay (new-api) writes Claude → OpenAI chunks, one per relay
 * era (2026-12-03-wire-rules.md#claude-on-the-chat-relay, #claude-on-the-chat-relay): the tool-call `index` was always 0 before 2025-04-15, the
 * content-block index − 1 (parallel calls collide) until 2026-05-25, and the content-block index
 * since. A new call starts whenever a delta carries a non-empty id, whatever the index says.
 */

const MODEL = 'claude-sonnet-4-5-20250929';

function relayChunk(delta: Record<string, unknown>, finishReason: string | null = null) {
  return {
    id: 'msg_01XYZ',
    object: 'chat.completion.chunk',
    created: 1750000000,
    model: MODEL,
    system_fingerprint: null,
    choices: [{ delta, logprobs: null, finish_reason: finishReason, index: 0 }],
    usage: null,
  };
}

/** The relay's usage chunk (current build: prompt_tokens includes cache reads and writes). */
function relayUsageChunk(usage: Record<string, unknown>) {
  return {
    id: 'msg_01XYZ',
    object: 'chat.completion.chunk',
    created: 1750000000,
    model: 'claude-sonnet-4-5',
    system_fingerprint: null,
    choices: [],
    usage,
  };
}

const CURRENT_USAGE = {
  prompt_tokens: 1250,
  completion_tokens: 80,
  total_tokens: 1330,
  usage_semantic: 'openai',
  usage_source: 'anthropic',
  prompt_tokens_details: {
    cached_tokens: 1000,
    cached_creation_tokens: 200,
    text_tokens: 0,
    audio_tokens: 0,
    image_tokens: 0,
  },
  completion_tokens_details: {
    text_tokens: 0,
    audio_tokens: 0,
    image_tokens: 0,
    reasoning_tokens: 0,
  },
  input_tokens: 1250,
  output_tokens: 0,
  input_tokens_details: null,
  claude_cache_creation_5_m_tokens: 200,
  claude_cache_creation_1_h_tokens: 0,
};

function sse(chunks: unknown[], trailer = 'data: [DONE]\n\n') {
  return {
    kind: 'sse' as const,
    body: chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + trailer,
  };
}

/** Two parallel tool_use blocks after a thinking and a text block, with a given index per call. */
function parallelToolStream(indexes: [number, number]) {
  const [first, second] = indexes;
  return sse([
    relayChunk({ content: '', role: 'assistant' }),
    relayChunk({}), // content_block_start thinking
    relayChunk({ reasoning_content: 'User wants weather and time' }),
    relayChunk({ reasoning_content: '\n' }), // signature_delta
    relayChunk({ content: '' }), // content_block_start text
    relayChunk({ content: "I'll check both." }),
    relayChunk({
      tool_calls: [
        {
          index: first,
          id: 'toolu_01A',
          type: 'function',
          function: { name: 'get_weather', arguments: '' },
        },
      ],
    }),
    relayChunk({ tool_calls: [{ index: first, type: 'function', function: { arguments: '' } }] }),
    relayChunk({
      tool_calls: [{ index: first, type: 'function', function: { arguments: '{"city": ' } }],
    }),
    relayChunk({
      tool_calls: [{ index: first, type: 'function', function: { arguments: '"Paris"}' } }],
    }),
    relayChunk({
      tool_calls: [
        {
          index: second,
          id: 'toolu_01B',
          type: 'function',
          function: { name: 'get_time', arguments: '' },
        },
      ],
    }),
    relayChunk({ tool_calls: [{ index: second, type: 'function', function: { arguments: '' } }] }),
    relayChunk({
      tool_calls: [{ index: second, type: 'function', function: { arguments: '{"city": "Par' } }],
    }),
    relayChunk({
      tool_calls: [{ index: second, type: 'function', function: { arguments: 'is"}' } }],
    }),
    relayChunk({}, 'tool_calls'),
    relayUsageChunk(CURRENT_USAGE),
  ]);
}

const cityInput = jsonSchema<{ city: string }>({
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
});
const tools = {
  get_weather: tool({ inputSchema: cityInput }),
  get_time: tool({ inputSchema: cityInput }),
};

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;
beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

describe('Claude through CCAPI relay streams, every relay era', () => {
  const eras: Array<[string, [number, number]]> = [
    ['current build: index = content-block index (2, 3 after thinking and text)', [2, 3]],
    ['2025-04 … 2026-05 builds: index = block index − 1', [1, 2]],
    ['2025-04 … 2026-05 builds, parallel calls from block 0: both index 0', [0, 0]],
    ['builds before 2025-04: every tool delta has index 0', [0, 0]],
  ];
  for (const [era, indexes] of eras) {
    it(era, async () => {
      server.respond(parallelToolStream(indexes));
      const result = streamText({
        model: ccapi.chat('claude-sonnet-4-5'),
        prompt: 'Weather and time in Paris?',
        tools,
        reasoning: 'high',
      });
      const types: string[] = [];
      for await (const part of result.fullStream) types.push(part.type);

      // Thinking comes as reasoning_content; the relay's "\n" stands in for the signature.
      expect(await result.reasoningText).toBe('User wants weather and time\n');
      expect(await result.text).toBe("I'll check both.");
      const calls = await result.toolCalls;
      expect(calls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual([
        ['toolu_01A', 'get_weather', { city: 'Paris' }],
        ['toolu_01B', 'get_time', { city: 'Paris' }],
      ]);
      expect(types.indexOf('reasoning-start')).toBeLessThan(types.indexOf('text-start'));
      expect(types).not.toContain('error');
      expect(await result.finishReason).toBe('tool-calls');
      expect(await result.rawFinishReason).toBe('tool_calls');

      // Nothing is stored for the next turn: the relay exposes no signatures.
      const reasoning = (await result.steps)[0]?.content.find((part) => part.type === 'reasoning');
      expect(reasoning?.providerMetadata?.ccapi).toBeUndefined();

      const usage = await result.usage;
      expect(usage.inputTokens).toBe(1250);
      expect(usage.inputTokenDetails.cacheReadTokens).toBe(1000);
      expect(usage.inputTokenDetails.cacheWriteTokens).toBe(200);
      expect(usage.inputTokenDetails.noCacheTokens).toBe(50);
      expect(usage.outputTokens).toBe(80);
      expect(usage.outputTokenDetails.reasoningTokens).toBe(0);
      expect((await result.response).id).toBe('msg_01XYZ');
    });
  }

  it('a tool without arguments: "" fragments become {} and go back as "{}"', async () => {
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({
          tool_calls: [
            {
              index: 0,
              id: 'toolu_01N',
              type: 'function',
              function: { name: 'get_clock', arguments: '' },
            },
          ],
        }),
        relayChunk({ tool_calls: [{ index: 0, type: 'function', function: { arguments: '' } }] }),
        relayChunk({}, 'tool_calls'),
        relayUsageChunk(CURRENT_USAGE),
      ]),
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ content: '' }),
        relayChunk({ content: 'It is noon.' }),
        relayChunk({}, 'stop'),
        relayUsageChunk(CURRENT_USAGE),
      ]),
    );
    const start = server.requests.length;
    const result = streamText({
      model: ccapi.chat('claude-sonnet-4-5'),
      prompt: 'What time is it?',
      tools: {
        get_clock: tool({
          inputSchema: jsonSchema({ type: 'object', properties: {} }),
          execute: async () => '12:00',
        }),
      },
      stopWhen: stepCountIs(2),
    });
    expect(await result.text).toBe('It is noon.');
    const steps = await result.steps;
    expect(steps[0]?.toolCalls[0]?.input).toEqual({});
    const second = server.requests.slice(start)[1]?.body;
    // The relay skips a tool_use whose arguments are not a JSON object (then Anthropic 400s on
    // the orphaned tool_result): the call must go back as "{}".
    expect(second.messages[1].tool_calls[0].function.arguments).toBe('{}');
    expect(second.messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'toolu_01N',
      content: '12:00',
    });
  });

  it('non-stream relay body: last text block, reasoning_content, tool_calls without index', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        id: 'msg_01XYZ',
        model: MODEL,
        object: 'chat.completion',
        created: 1750000000,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: "I'll check.",
              reasoning_content: 'User wants weather…',
              tool_calls: [
                {
                  id: 'toolu_01A',
                  type: 'function',
                  function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
                },
              ],
            },
            finish_reason: 'tool_calls',
          },
        ],
        usage: CURRENT_USAGE,
      }),
    });
    const result = await generateText({
      model: ccapi.chat('claude-sonnet-4-5'),
      prompt: 'Weather in Paris?',
      tools,
      stopWhen: stepCountIs(1),
    });
    expect(result.reasoningText).toBe('User wants weather…');
    expect(result.text).toBe("I'll check.");
    expect(result.toolCalls.map((call) => [call.toolCallId, call.input])).toEqual([
      ['toolu_01A', { city: 'Paris' }],
    ]);
    expect(result.finishReason).toBe('tool-calls');
    expect(result.usage.inputTokenDetails.cacheWriteTokens).toBe(200);
    expect(result.response.id).toBe('msg_01XYZ');
  });

  it.each([
    ['content_filter', 'content-filter'], // Anthropic `refusal`, mapped by the relay
    ['length', 'length'], // `max_tokens`
    ['pause_turn', 'other'], // passed through unchanged
    ['model_context_window_exceeded', 'length'], // passed through unchanged
  ])('finish reason %s → %s (raw kept)', async (raw, unified) => {
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ content: '' }),
        relayChunk({ content: 'Partial' }),
        relayChunk({}, raw),
        relayUsageChunk(CURRENT_USAGE),
      ]),
    );
    const result = streamText({ model: ccapi.chat('claude-sonnet-4-5'), prompt: 'hi' });
    expect(await result.text).toBe('Partial');
    expect(await result.finishReason).toBe(unified);
    expect(await result.rawFinishReason).toBe(raw);
  });

  it('an Anthropic error mid-stream (bare JSON line, no [DONE]) becomes an error and finish "error"', async () => {
    server.respond(
      sse(
        [
          relayChunk({ content: '', role: 'assistant' }),
          relayChunk({ content: '' }),
          relayChunk({ content: 'Hel' }),
        ],
        '{"error":{"message":"Overloaded (request id: 2026060612000000000001)","type":"overloaded_error","param":"","code":"overloaded_error"}}',
      ),
    );
    const errors: unknown[] = [];
    const result = streamText({
      model: ccapi.chat('claude-sonnet-4-5'),
      prompt: 'hi',
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    expect(await result.text).toBe('Hel');
    expect(await result.finishReason).toBe('error');
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toContain('Overloaded');
  });
});
