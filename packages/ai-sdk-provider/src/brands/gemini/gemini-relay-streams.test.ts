import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * Streams built as CCAPI's relay writes Gemini → OpenAI chunks (2026-12-03-wire-rules.md#gemini-on-the-chat-relay, #claude-on-the-chat-relay),
 * per relay era, and as Google's own OpenAI-compat layer streams them on pass-through channels
 * (2026-12-03-wire-rules.md#gemini).
 */

const ID = 'chatcmpl-20260606120000123456789abcdef01';
function relayChunk(delta: Record<string, unknown>, finishReason: string | null = null) {
  return {
    id: ID,
    object: 'chat.completion.chunk',
    created: 1750000000,
    model: 'gemini-2.5-pro',
    system_fingerprint: null,
    choices: [{ delta, logprobs: null, finish_reason: finishReason, index: 0 }],
    usage: null,
  };
}
const RELAY_USAGE = {
  prompt_tokens: 100,
  completion_tokens: 70,
  total_tokens: 170,
  prompt_tokens_details: { cached_tokens: 40, text_tokens: 100, audio_tokens: 0, image_tokens: 0 },
  completion_tokens_details: {
    text_tokens: 0,
    audio_tokens: 0,
    image_tokens: 0,
    reasoning_tokens: 50,
  },
  input_tokens: 0,
  output_tokens: 0,
  input_tokens_details: null,
  claude_cache_creation_5_m_tokens: 0,
  claude_cache_creation_1_h_tokens: 0,
};
const relayUsageChunk = {
  id: ID,
  object: 'chat.completion.chunk',
  created: 1750000000,
  model: 'gemini-2.5-pro',
  system_fingerprint: '',
  choices: [],
  usage: RELAY_USAGE,
};
const sse = (chunks: unknown[]) => ({
  kind: 'sse' as const,
  body: `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('')}data: [DONE]\n\n`,
});
const call = (index: number | undefined, id: string, name: string, args: string) => ({
  ...(index != null ? { index } : {}),
  id,
  type: 'function',
  function: { name, arguments: args },
});

const cityInput = jsonSchema<{ city: string }>({
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
});
const tools = {
  get_weather: tool({ inputSchema: cityInput, execute: async () => '21 C' }),
  get_time: tool({ inputSchema: cityInput, execute: async () => '09:30' }),
};
const answer = sse([
  relayChunk({ content: '', role: 'assistant' }),
  relayChunk({ content: 'Sunny.' }),
  relayChunk({}, 'stop'),
  relayUsageChunk,
]);

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;
beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

describe('Gemini through CCAPI relay streams', () => {
  it('current build: thought, text, two whole calls (dense index, finish on each), trailing tool_calls chunk, usage', async () => {
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ reasoning_content: 'Need the weather and time tools' }),
        relayChunk({ content: 'Checking.' }),
        relayChunk(
          {
            content: '',
            tool_calls: [
              call(0, 'call_9b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e', 'get_weather', '{"city":"Paris"}'),
            ],
          },
          'tool_calls',
        ),
        relayChunk(
          {
            content: '',
            tool_calls: [
              call(1, 'call_0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'get_time', '{"city":"Paris"}'),
            ],
          },
          'tool_calls',
        ),
        relayChunk({}, 'tool_calls'),
        relayUsageChunk,
      ]),
    );
    const result = streamText({
      model: ccapi.chat('gemini-2.5-pro'),
      prompt: 'Weather and time in Paris?',
      tools,
      reasoning: 'high',
    });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(types).not.toContain('error');
    expect(await result.reasoningText).toBe('Need the weather and time tools');
    expect(await result.text).toBe('Checking.');
    expect((await result.toolCalls).map((c) => [c.toolCallId, c.toolName, c.input])).toEqual([
      ['call_9b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e', 'get_weather', { city: 'Paris' }],
      ['call_0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'get_time', { city: 'Paris' }],
    ]);
    expect(await result.finishReason).toBe('tool-calls');
    const usage = await result.usage;
    // completion_tokens includes the thoughts; reasoning_tokens = thoughtsTokenCount.
    expect(usage.outputTokens).toBe(70);
    expect(usage.outputTokenDetails.reasoningTokens).toBe(50);
    expect(usage.outputTokenDetails.textTokens).toBe(20);
    expect(usage.inputTokens).toBe(100);
    expect(usage.inputTokenDetails.cacheReadTokens).toBe(40);
    expect(usage.inputTokenDetails.noCacheTokens).toBe(60);
    expect((await result.response).id).toBe(ID);
  });

  it('first event holds the call: id+name with "" in the start chunk, arguments in an id-less `type:null` delta', async () => {
    server.respond(
      sse([
        relayChunk({
          content: '',
          role: 'assistant',
          tool_calls: [call(0, 'call_11111111111111111111111111111111', 'get_weather', '')],
        }),
        relayChunk({
          content: '',
          tool_calls: [{ index: 0, type: null, function: { arguments: '{"city":"Rome"}' } }],
        }),
        relayChunk({}, 'tool_calls'),
        relayUsageChunk,
      ]),
      answer,
    );
    const start = server.requests.length;
    const result = streamText({
      model: ccapi.chat('gemini-2.5-flash'),
      prompt: 'Rome?',
      tools,
      stopWhen: stepCountIs(2),
    });
    expect(await result.text).toBe('Sunny.');
    const [step1] = await result.steps;
    expect(step1?.toolCalls.map((c) => [c.toolCallId, c.input])).toEqual([
      ['call_11111111111111111111111111111111', { city: 'Rome' }],
    ]);
    const second = server.requests.slice(start)[1]?.body;
    expect(second.messages[1].tool_calls).toEqual([
      {
        id: 'call_11111111111111111111111111111111',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Rome"}' },
      },
    ]);
    expect(second.messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'call_11111111111111111111111111111111',
      content: '21 C',
    });
  });

  it('builds before 2026-01-20: index restarts at 0 in every chunk; before 2026-05-25 the trailing chunk says stop', async () => {
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ content: 'Sure.' }),
        relayChunk(
          { content: '', tool_calls: [call(0, 'call_aaaa', 'get_weather', '{"city":"Oslo"}')] },
          'tool_calls',
        ),
        relayChunk(
          { content: '', tool_calls: [call(0, 'call_bbbb', 'get_time', '{"city":"Oslo"}')] },
          'tool_calls',
        ),
        relayChunk({}, 'stop'),
        relayUsageChunk,
      ]),
    );
    const result = streamText({ model: ccapi.chat('gemini-2.5-flash'), prompt: 'Oslo?', tools });
    expect((await result.toolCalls).map((c) => [c.toolCallId, c.input])).toEqual([
      ['call_aaaa', { city: 'Oslo' }],
      ['call_bbbb', { city: 'Oslo' }],
    ]);
    // Tool calls were seen: a later `stop` does not hide them.
    expect(await result.finishReason).toBe('tool-calls');
    expect(await result.rawFinishReason).toBe('stop');
  });

  it.each([
    ['length', 'length'], // MAX_TOKENS, on the content chunk, no stop chunk
    ['content_filter', 'content-filter'], // SAFETY, RECITATION, MALFORMED_FUNCTION_CALL, OTHER…
  ])('finish_reason %s on the content chunk → %s', async (raw, unified) => {
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ content: 'Partial' }, raw),
        relayUsageChunk,
      ]),
    );
    const result = streamText({ model: ccapi.chat('gemini-2.5-flash'), prompt: 'hi' });
    expect(await result.text).toBe('Partial');
    expect(await result.finishReason).toBe(unified);
    expect(await result.rawFinishReason).toBe(raw);
  });

  it('an event mixing a thought with text arrives whole as reasoning_content (relay behaviour): nothing lost', async () => {
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ reasoning_content: 'Thinking about it\nThe answer is 4.' }),
        relayChunk({ content: 'Final: 4' }),
        relayChunk({}, 'stop'),
        relayUsageChunk,
      ]),
    );
    const result = streamText({
      model: ccapi.chat('gemini-2.5-flash'),
      prompt: '2+2',
      reasoning: 'low',
    });
    expect(await result.reasoningText).toBe('Thinking about it\nThe answer is 4.');
    expect(await result.text).toBe('Final: 4');
  });

  it('images come back as markdown data URLs in the text and are left as text', async () => {
    const image = '![image](data:image/png;base64,iVBORw0KGgo=)';
    server.respond(
      sse([
        relayChunk({ content: '', role: 'assistant' }),
        relayChunk({ content: `Here:\n${image}` }),
        relayChunk({}, 'stop'),
      ]),
    );
    const result = streamText({ model: ccapi.chat('gemini-2.5-flash-image'), prompt: 'Draw' });
    expect(await result.text).toBe(`Here:\n${image}`);
  });

  it('non-stream relay body: joined content, reasoning_content, gateway call ids, usage', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        id: ID,
        object: 'chat.completion',
        created: 1750000000,
        model: 'gemini-2.5-pro',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: '',
              reasoning_content: 'Plan: call the tool',
              tool_calls: [
                call(
                  undefined,
                  'call_22222222222222222222222222222222',
                  'get_weather',
                  '{"city":"Lima"}',
                ),
              ],
            },
            finish_reason: 'tool_calls',
          },
        ],
        usage: RELAY_USAGE,
      }),
    });
    const result = await generateText({
      model: ccapi.chat('gemini-2.5-pro'),
      prompt: 'Lima?',
      tools,
      stopWhen: stepCountIs(1),
    });
    expect(result.reasoningText).toBe('Plan: call the tool');
    expect(result.text).toBe('');
    expect(result.toolCalls.map((c) => [c.toolCallId, c.input])).toEqual([
      ['call_22222222222222222222222222222222', { city: 'Lima' }],
    ]);
    expect(result.usage.outputTokenDetails.reasoningTokens).toBe(50);
  });
});

describe("Gemini through a pass-through channel (Google's OpenAI-compat shape)", () => {
  const googleChunk = (delta: Record<string, unknown>, finishReason?: string) => ({
    choices: [{ delta, ...(finishReason ? { finish_reason: finishReason } : {}), index: 0 }],
    created: 1769093707,
    id: 'SzpyaZuaHu_WxN8P9M-PgA4',
    model: 'gemini-3-pro-preview',
    object: 'chat.completion.chunk',
  });

  it('no index, parallel calls in separate chunks, signature on the first only, `stop` after tool calls; each call gets its own extra_content back', async () => {
    const signature = { google: { thought_signature: 'EjQKMgEMOdbHA6W7-first' } };
    server.respond(
      sse([
        googleChunk({
          role: 'assistant',
          tool_calls: [
            {
              ...call(undefined, 'function-call-101', 'get_weather', '{"city":"Paris"}'),
              extra_content: signature,
            },
          ],
        }),
        googleChunk({
          role: 'assistant',
          tool_calls: [call(undefined, 'function-call-102', 'get_time', '{"city":"Paris"}')],
        }),
        googleChunk({ role: 'assistant' }, 'stop'),
      ]),
      answer,
    );
    const start = server.requests.length;
    const result = streamText({
      model: ccapi.chat('gemini-3-pro-preview'),
      prompt: 'Paris?',
      tools,
      stopWhen: stepCountIs(2),
    });
    expect(await result.text).toBe('Sunny.');
    const [step1] = await result.steps;
    expect(step1?.finishReason).toBe('tool-calls');
    expect(step1?.rawFinishReason).toBe('stop');
    const calls = step1!.content.filter((part) => part.type === 'tool-call');
    expect(calls.map((c) => [c.toolCallId, c.providerMetadata?.ccapi?.extraContent])).toEqual([
      ['function-call-101', signature],
      ['function-call-102', undefined],
    ]);

    const assistant = server.requests.slice(start)[1]?.body.messages[1];
    expect(assistant.tool_calls[0].extra_content).toEqual(signature);
    // Not copied onto the second parallel call.
    expect('extra_content' in assistant.tool_calls[1]).toBe(false);
  });

  it('a call split into an id-and-name chunk and an id-less `type:null` arguments chunk; a standalone signature delta', async () => {
    const signature = { google: { thought_signature: 'sig-late' } };
    server.respond(
      sse([
        googleChunk({
          role: 'assistant',
          tool_calls: [call(undefined, 'function-call-7', 'get_weather', '')],
        }),
        googleChunk({ tool_calls: [{ type: null, function: { arguments: '{"city":"Kyoto"}' } }] }),
        googleChunk({ tool_calls: [{ extra_content: signature, function: {} }] }),
        googleChunk({}, 'stop'),
      ]),
    );
    const result = streamText({
      model: ccapi.chat('gemini-3-pro-preview'),
      prompt: 'Kyoto?',
      tools: { get_weather: tools.get_weather },
    });
    const [step] = await result.steps;
    const calls = step!.content.filter((part) => part.type === 'tool-call');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.toolCallId).toBe('function-call-7');
    expect(calls[0]?.input).toEqual({ city: 'Kyoto' });
    expect(calls[0]?.providerMetadata?.ccapi?.extraContent).toEqual(signature);
  });

  it('an empty id ("") gets a generated one; two such whole calls stay two calls', async () => {
    server.respond(
      sse([
        googleChunk({
          role: 'assistant',
          tool_calls: [call(undefined, '', 'get_weather', '{"city":"A"}')],
        }),
        googleChunk({
          role: 'assistant',
          tool_calls: [call(undefined, '', 'get_time', '{"city":"B"}')],
        }),
        googleChunk({}, 'stop'),
      ]),
    );
    const result = streamText({ model: ccapi.chat('gemini-2.5-flash'), prompt: 'x', tools });
    const calls = await result.toolCalls;
    expect(calls.map((c) => [c.toolName, c.input])).toEqual([
      ['get_weather', { city: 'A' }],
      ['get_time', { city: 'B' }],
    ]);
    expect(calls[0]?.toolCallId).not.toBe('');
    expect(calls[0]?.toolCallId).not.toBe(calls[1]?.toolCallId);
  });
});
