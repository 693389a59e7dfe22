import { readFileSync } from 'node:fs';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * Every Claude fixture replayed through the provider over loopback HTTP (`ccapi.chat(...)`, the
 * chat-completions route). REFERENCE-* files are other gateways' conventions (OpenRouter, Vercel
 * AI Gateway): they must parse, and their turn-2 requests show what those gateways need back.
 */

const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;
const readJson = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));
/** The JSON chunks of an `.sse` fixture, in order. */
const readChunks = (name: string): any[] =>
  readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)));
/** The last chunk that carries usage. */
const usageOf = (chunks: any[]) => chunks.filter((chunk) => chunk.usage != null).at(-1)?.usage;

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

const numbers = jsonSchema<{ a: number; b: number }>({
  type: 'object',
  properties: { a: { type: 'integer' }, b: { type: 'integer' } },
  required: ['a', 'b'],
});
// The fantasy recordings' tools; `execute` returns what the turn-2 requests carry.
const arithmetic = {
  add: tool({ inputSchema: numbers, execute: async ({ a, b }) => String(a + b) }),
  multiply: tool({ inputSchema: numbers, execute: async ({ a, b }) => String(a * b) }),
};
const weather = tool({
  description: 'Get weather information for a location',
  inputSchema: jsonSchema<{ location: string }>({
    type: 'object',
    properties: { location: { type: 'string', description: 'the city' } },
    required: ['location'],
  }),
  execute: async () => '40 C',
});

function splitSystem(messages: Array<{ role: string; content: string }>) {
  const system = messages.filter((message) => message.role === 'system');
  return {
    instructions: system.map((message) => message.content).join('\n'),
    messages: messages.filter((message) => message.role !== 'system') as any,
  };
}

/** Tool calls as the recording has them, with arguments parsed (we re-serialize compactly). */
const normalizeCalls = (calls: any[]) =>
  calls.map((call) => ({
    id: call.id,
    type: 'function',
    name: call.function.name,
    input: JSON.parse(call.function.arguments),
  }));

describe('Claude fixtures replayed over loopback (chat route)', () => {
  it('Anthropic→OpenAI gateway: tool call at index 1 (content-block index), empty-args delta, no usage', async () => {
    const name =
      'claude-haiku-4.5_via-anthropic-to-openai-gateway__tool_calls-index-starts-at-1__sanitized.sse';
    server.respond(loadFixture(fixture(name)));
    const result = streamText({
      model: ccapi.chat('claude-haiku-4-5'),
      prompt: 'Read a.txt',
      tools: { read_file: tool({ inputSchema: jsonSchema({ type: 'object' }) }) },
    });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);

    expect(await result.text).toBe('Reading it.');
    const calls = await result.toolCalls;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      toolCallId: 'toolu_sanitized',
      toolName: 'read_file',
      input: { path: 'a.txt' },
    });
    expect(await result.finishReason).toBe('tool-calls');
    expect(await result.rawFinishReason).toBe('tool_calls');
    // No usage chunk in this capture: numbers stay unknown rather than 0.
    const usage = await result.usage;
    expect(usage.inputTokens).toBeUndefined();
    expect(usage.outputTokens).toBeUndefined();
    expect(parts).not.toContain('error');
    expect((await result.response).id).toBe('msg_sanitized');
    expect((await result.response).modelId).toBe('claude-haiku-4-5-20251001');
    expect(server.requests.at(-1)?.body.model).toBe('claude-haiku-4-5');
  });

  const parallel = [
    {
      gateway: 'OpenRouter (Bedrock): duplicated finish chunk, native_finish_reason',
      prefix:
        'REFERENCE-openrouter_claude-haiku-4.5-bedrock_parallel-tools_stream__duplicate-finish-chunk',
      modelId: 'anthropic/claude-haiku-4.5',
      text1: '',
    },
    {
      gateway: 'Vercel AI Gateway: provider_metadata in the finish chunk',
      prefix: 'REFERENCE-vercel-ai-gateway_claude-sonnet-4_parallel-tools_stream',
      modelId: 'anthropic/claude-sonnet-4',
      text1: "I'll add and multiply the numbers 2 and 3 for you.",
    },
  ];
  for (const { gateway, prefix, modelId, text1 } of parallel) {
    it(`${gateway}: parallel calls, usage, and the turn-2 request`, async () => {
      const response1 = `${prefix}__turn1of2.response.sse`;
      const response2 = `${prefix}__turn2of2.response.sse`;
      server.respond(loadFixture(fixture(response1)), loadFixture(fixture(response2)));
      const turn1 = readJson(`${prefix}__turn1of2.request.json`);
      const turn2 = readJson(`${prefix}__turn2of2.request.json`);
      const chunks1 = readChunks(response1);
      const chunks2 = readChunks(response2);
      const start = server.requests.length;

      const result = streamText({
        model: ccapi.chat(modelId),
        ...splitSystem(turn1.messages),
        maxOutputTokens: turn1.max_tokens,
        tools: arithmetic,
        stopWhen: stepCountIs(2),
      });
      const finishes: string[] = [];
      for await (const part of result.fullStream) {
        if (part.type === 'finish-step') finishes.push(part.finishReason);
        expect(part.type).not.toBe('error');
      }
      const steps = await result.steps;
      expect(steps).toHaveLength(2);

      // Turn 1: two calls assembled by id, text before them, one finish despite duplicates.
      const [step1, step2] = steps;
      expect(step1?.text).toBe(text1);
      const recordedCalls = normalizeCalls(turn2.messages[2].tool_calls);
      expect(
        step1?.toolCalls.map((call) => ({
          id: call.toolCallId,
          type: 'function',
          name: call.toolName,
          input: call.input,
        })),
      ).toEqual(recordedCalls);
      expect(step1?.finishReason).toBe('tool-calls');
      expect(step1?.rawFinishReason).toBe('tool_calls');
      const usage1 = usageOf(chunks1);
      expect(step1?.usage.inputTokens).toBe(usage1.prompt_tokens);
      expect(step1?.usage.outputTokens).toBe(usage1.completion_tokens);
      expect(step1?.usage.inputTokenDetails.cacheReadTokens).toBe(0);
      expect(step1?.usage.outputTokenDetails.reasoningTokens).toBe(0);
      expect(step1?.response.id).toBe(chunks1[0].id);

      // Turn 2: the answer.
      const expectedText = chunks2.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
      expect(step2?.text).toBe(expectedText);
      expect(step2?.finishReason).toBe('stop');
      expect(step2?.usage.inputTokens).toBe(usageOf(chunks2).prompt_tokens);
      expect(step2?.usage.outputTokens).toBe(usageOf(chunks2).completion_tokens);
      expect(finishes).toEqual(['tool-calls', 'stop']);

      // What we sent: the recorded turn-1 request's messages and tools…
      const [first, second] = server.requests.slice(start).map((request) => request.body);
      expect(first.messages).toEqual(turn1.messages);
      expect(first.max_tokens).toBe(turn1.max_tokens);
      expect(first.tools.map((t: any) => t.function.name)).toEqual(['add', 'multiply']);
      // …and turn 2 as the recording: assistant tool calls (arguments as a JSON object), then
      // one tool message per call with the executed result.
      expect(second.messages.slice(0, 2)).toEqual(turn2.messages.slice(0, 2));
      const assistant = second.messages[2];
      expect(assistant.role).toBe('assistant');
      expect(
        assistant.tool_calls.map((call: any) => ({
          id: call.id,
          type: call.type,
          name: call.function.name,
          input: JSON.parse(call.function.arguments),
        })),
      ).toEqual(recordedCalls);
      // Nothing to send back on this route: no reasoning was received.
      expect(assistant.reasoning_details).toBeUndefined();
      expect(assistant.reasoning_content).toBeUndefined();
      expect(second.messages.slice(3)).toEqual(turn2.messages.slice(3));
      expect(second.messages.some((message: any) => message.role === 'developer')).toBe(false);
    });
  }

  for (const mode of ['non-stream', 'stream'] as const) {
    const prefix =
      mode === 'stream'
        ? 'REFERENCE-vercel-ai-gateway_claude-sonnet-4_thinking-tool-loop_stream__reasoning_details-signature'
        : 'REFERENCE-vercel-ai-gateway_claude-sonnet-4_thinking-tool-loop';
    const ext = mode === 'stream' ? 'sse' : 'json';

    it(`Vercel AI Gateway thinking tool loop (${mode}): signed reasoning_details are stored and sent back verbatim`, async () => {
      server.respond(
        loadFixture(fixture(`${prefix}__turn1of2.response.${ext}`)),
        loadFixture(fixture(`${prefix}__turn2of2.response.${ext}`)),
      );
      const turn1 = readJson(`${prefix}__turn1of2.request.json`);
      const turn2 = readJson(`${prefix}__turn2of2.request.json`);
      const recordedAssistant = turn2.messages[2];
      const start = server.requests.length;

      const settings = {
        model: ccapi.chat('anthropic/claude-sonnet-4'),
        ...splitSystem(turn1.messages),
        tools: { weather },
        reasoning: 'medium' as const,
        stopWhen: stepCountIs(2),
      };
      const steps =
        mode === 'stream' ? await streamText(settings).steps : (await generateText(settings)).steps;
      expect(steps).toHaveLength(2);
      const [step1, step2] = steps;

      // Turn 1: reasoning (from `reasoning`, not duplicated from reasoning_details), then the call.
      expect(step1?.reasoningText).toBe(recordedAssistant.reasoning);
      const reasoningPart = step1?.content.find((part) => part.type === 'reasoning') as any;
      expect(reasoningPart.providerMetadata?.ccapi?.reasoningDetails).toEqual(
        recordedAssistant.reasoning_details,
      );
      expect(step1?.toolCalls).toHaveLength(1);
      expect(step1?.toolCalls[0]).toMatchObject({
        toolCallId: recordedAssistant.tool_calls[0].id,
        toolName: 'weather',
        input: { location: 'Florence, Italy' },
      });
      expect(step1?.finishReason).toBe('tool-calls');
      expect(step1?.usage.outputTokenDetails.reasoningTokens).toBe(0);

      // Turn 2: the text answer.
      expect(step2?.text).toMatch(/40°C/);
      expect(step2?.finishReason).toBe('stop');

      const [first, second] = server.requests.slice(start).map((request) => request.body);
      // Our wire turns thinking on the way CCAPI's relay understands it (the gateway used
      // `reasoning: {enabled}`), with room above the 2048-token budget.
      expect(first.reasoning_effort).toBe('medium');
      expect(first.max_tokens).toBeGreaterThan(2048);
      expect(first.messages).toEqual(turn1.messages);

      // The follow-up carries the signed reasoning_details exactly as received, so thinking may
      // stay on (a gateway that hands out signatures can continue the loop).
      const assistant = second.messages[2];
      expect(assistant.reasoning_details).toEqual(recordedAssistant.reasoning_details);
      expect(assistant.reasoning).toBe(recordedAssistant.reasoning);
      expect(normalizeCalls(assistant.tool_calls)).toEqual(
        normalizeCalls(recordedAssistant.tool_calls),
      );
      expect(second.messages[3]).toEqual(turn2.messages[3]);
      expect(second.reasoning_effort).toBe('medium');
    });
  }

  it('sendReasoning: false keeps signed reasoning_details off the follow-up (and then guards the loop)', async () => {
    const prefix = 'REFERENCE-vercel-ai-gateway_claude-sonnet-4_thinking-tool-loop';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.json`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.json`)),
    );
    const start = server.requests.length;
    const result = await generateText({
      model: ccapi.chat('anthropic/claude-sonnet-4'),
      prompt: "What's the weather in Florence, Italy?",
      tools: { weather },
      reasoning: 'medium',
      providerOptions: { ccapi: { sendReasoning: false } },
      stopWhen: stepCountIs(2),
    });
    expect(result.steps).toHaveLength(2);
    const second = server.requests.slice(start)[1]?.body;
    expect(second.messages[1].reasoning_details).toBeUndefined();
    // Without signatures the relay cannot continue with thinking: it is dropped, with a warning.
    expect(second.reasoning_effort).toBeUndefined();
    expect(
      (result.steps[1]?.warnings ?? []).map((warning: any) => warning.details).join(' '),
    ).toMatch(/ccapi\.messages/);
  });
});
