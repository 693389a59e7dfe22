import { readFileSync } from 'node:fs';
import { APICallError, generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;
const readJson = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

// The tool the fantasy recordings were made with.
const weather = tool({
  description: 'Get weather information for a location',
  inputSchema: jsonSchema<{ location: string }>({
    type: 'object',
    properties: { location: { type: 'string', description: 'the city' } },
    required: ['location'],
  }),
  execute: async () => '40 C',
});
const numbers = jsonSchema<{ a: number; b: number }>({
  type: 'object',
  properties: { a: { type: 'number' }, b: { type: 'number' } },
  required: ['a', 'b'],
});

// ai@7 takes system prompts as `instructions`, not as messages.
function splitSystem(messages: Array<{ role: string; content: string }>) {
  const system = messages.filter((message) => message.role === 'system');
  return {
    ...(system.length > 0
      ? { instructions: system.map((message) => message.content).join('\n') }
      : {}),
    messages: messages.filter((message) => message.role !== 'system') as any,
  };
}

describe('OpenAI fixtures replayed over loopback', () => {
  it('gpt-4.1-nano non-stream text: usage details and metadata', async () => {
    server.respond(loadFixture(fixture('openai_gpt-4.1-nano_text__nonstream.json')));
    const body = readJson('openai_gpt-4.1-nano_text__nonstream.json');
    const result = await generateText({ model: ccapi.chat('gpt-4.1-nano'), prompt: 'hi' });
    expect(result.text).toBe(body.choices[0].message.content);
    expect(result.finishReason).toBe('stop');
    expect(result.rawFinishReason).toBe('stop');
    expect(result.usage.inputTokens).toBe(body.usage.prompt_tokens);
    expect(result.usage.outputTokens).toBe(body.usage.completion_tokens);
    expect(result.usage.inputTokenDetails.cacheReadTokens).toBe(
      body.usage.prompt_tokens_details.cached_tokens,
    );
    expect(result.response.id).toBe(body.id);
    expect(result.response.modelId).toBe(body.model);
  });

  it('gpt-4.1-nano stream: role-first chunk, obfuscation, usage in a choices:[] chunk', async () => {
    const name =
      'openai_gpt-4.1-nano_text__role-first-chunk__usage-separate-empty-choices-chunk__obfuscation.chunks.jsonl';
    server.respond(loadFixture(fixture(name)));
    const chunks = readFileSync(fixture(name), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const expected = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    const usageChunk = chunks.find((chunk) => chunk.choices.length === 0);

    const result = streamText({ model: ccapi.chat('gpt-4.1-nano'), prompt: 'hi' });
    expect(await result.text).toBe(expected);
    expect(await result.finishReason).toBe('stop');
    const usage = await result.usage;
    expect(usage.inputTokens).toBe(usageChunk.usage.prompt_tokens);
    expect(usage.outputTokens).toBe(usageChunk.usage.completion_tokens);
  });

  it('gpt-4o-mini stream without include_usage: text, no usage, ends with [DONE]', async () => {
    server.respond(loadFixture(fixture('openai_gpt-4o-mini_text__no-include_usage__done.sse')));
    const result = streamText({ model: ccapi.chat('gpt-4o-mini'), prompt: 'hi' });
    expect((await result.text).length).toBeGreaterThan(0);
    expect(await result.finishReason).toBe('stop');
    expect((await result.usage).inputTokens).toBeUndefined();
  });

  it('gpt-4o-mini JSON mode', async () => {
    server.respond(loadFixture(fixture('openai_gpt-4o-mini_json-mode__nonstream.json')));
    const body = readJson('openai_gpt-4o-mini_json-mode__nonstream.json');
    const result = await generateText({ model: ccapi.chat('gpt-4o-mini'), prompt: 'json please' });
    expect(JSON.parse(result.text)).toEqual(JSON.parse(body.choices[0].message.content));
  });

  it('gpt-4o-mini tool call with content:null and no index', async () => {
    server.respond(
      loadFixture(fixture('openai_gpt-4o-mini_tool-call__content-null__nonstream.json')),
    );
    const body = readJson('openai_gpt-4o-mini_tool-call__content-null__nonstream.json');
    const call = body.choices[0].message.tool_calls[0];
    const result = await generateText({
      model: ccapi.chat('gpt-4o-mini'),
      prompt: 'weather?',
      tools: { [call.function.name]: tool({ inputSchema: jsonSchema({ type: 'object' }) }) },
    });
    expect(result.text).toBe('');
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]?.toolCallId).toBe(call.id);
    expect(result.toolCalls[0]?.input).toEqual(JSON.parse(call.function.arguments));
    expect(result.finishReason).toBe('tool-calls');
  });

  it('o3-mini: reasoning tokens without reasoning text', async () => {
    server.respond(
      loadFixture(fixture('openai_o3-mini_reasoning_tokens-no-reasoning-text__nonstream.json')),
    );
    const body = readJson('openai_o3-mini_reasoning_tokens-no-reasoning-text__nonstream.json');
    const result = await generateText({ model: ccapi.chat('o3-mini'), prompt: 'think' });
    expect(result.reasoningText).toBeUndefined();
    expect(result.usage.outputTokenDetails.reasoningTokens).toBe(
      body.usage.completion_tokens_details.reasoning_tokens,
    );
    expect(result.usage.outputTokenDetails.textTokens).toBe(
      body.usage.completion_tokens - body.usage.completion_tokens_details.reasoning_tokens,
    );
  });

  it('Azure model router: empty first chunk with prompt_filter_results is tolerated', async () => {
    const name =
      'azure-openai_gpt-5-nano_model-router__prompt_filter_results-empty-choices-first-chunk.chunks.jsonl';
    server.respond(loadFixture(fixture(name)));
    const chunks = readFileSync(fixture(name), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const expected = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    const result = streamText({ model: ccapi.chat('gpt-5-nano'), prompt: 'hi' });
    expect(await result.text).toBe(expected);
    // The real response id comes from the first non-empty chunk, not Azure's `"id":""` one.
    expect((await result.response).id).toBe(chunks.find((chunk) => chunk.id)?.id);
    expect(await result.finishReason).toBe('stop');
  });

  it('a 400 unsupported_parameter body becomes a non-retryable APICallError with the upstream text', async () => {
    const body = readFileSync(
      fixture('openai_reasoning-model__max_tokens-unsupported__error-400-body.json'),
      'utf8',
    );
    server.respond({ kind: 'json', body, status: 400 });
    const error = await generateText({
      model: ccapi.chat('o3'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((error as APICallError).message).toContain("'max_tokens' is not supported");
  });

  it('gpt-5 text stream: request matches the recording, text and reasoning usage', async () => {
    server.respond(loadFixture(fixture('openai_gpt-5_text_stream__turn1of1.response.sse')));
    const recorded = readJson('openai_gpt-5_text_stream__turn1of1.request.json');
    const result = streamText({
      model: ccapi.chat('gpt-5'),
      ...splitSystem(recorded.messages),
      maxOutputTokens: recorded.max_completion_tokens,
    });
    expect((await result.text).length).toBeGreaterThan(0);
    const sent = server.requests.at(-1)?.body;
    expect(sent.model).toBe(recorded.model);
    expect(sent.messages).toEqual(recorded.messages);
    // gpt-5 is a reasoning model: max_completion_tokens, never max_tokens.
    expect(sent.max_completion_tokens).toBe(recorded.max_completion_tokens);
    expect(sent.max_tokens).toBeUndefined();
    expect(sent.stream).toBe(true);
    expect(sent.stream_options).toEqual({ include_usage: true });
    expect((await result.usage).outputTokenDetails.reasoningTokens).toBeGreaterThan(0);
  });

  for (const mode of ['non-stream', 'stream'] as const) {
    const prefix = mode === 'stream' ? 'openai_gpt-5_tool-loop_stream' : 'openai_gpt-5_tool-loop';
    const ext = mode === 'stream' ? 'sse' : 'json';

    it(`gpt-5 tool loop (${mode}): both requests match the recordings`, async () => {
      server.respond(
        loadFixture(fixture(`${prefix}__turn1of2.response.${ext}`)),
        loadFixture(fixture(`${prefix}__turn2of2.response.${ext}`)),
      );
      const turn1 = readJson(`${prefix}__turn1of2.request.json`);
      const turn2 = readJson(`${prefix}__turn2of2.request.json`);
      const start = server.requests.length;
      const settings = {
        model: ccapi.chat('gpt-5'),
        ...splitSystem(turn1.messages),
        maxOutputTokens: turn1.max_completion_tokens,
        tools: { weather },
        stopWhen: stepCountIs(2),
      };
      const text =
        mode === 'stream' ? await streamText(settings).text : (await generateText(settings)).text;
      expect(text.length).toBeGreaterThan(0);

      const [first, second] = server.requests.slice(start).map((request) => request.body);
      expect(first.messages).toEqual(turn1.messages);
      expect(first.tool_choice).toBe(turn1.tool_choice);
      expect(first.max_completion_tokens).toBe(turn1.max_completion_tokens);
      expect(first.tools[0].function.name).toBe('weather');
      expect(first.tools[0].function.parameters).toMatchObject(turn1.tools[0].function.parameters);
      // Turn 2 carries the assistant tool call and the tool result exactly as OpenAI expects.
      expect(second.messages.slice(0, 2)).toEqual(turn2.messages.slice(0, 2));
      const assistant = second.messages[2];
      const recordedAssistant = turn2.messages[2];
      expect(assistant.tool_calls).toEqual(
        recordedAssistant.tool_calls.map((call: any) => ({ ...call, type: 'function' })),
      );
      expect(assistant.reasoning_content).toBeUndefined();
      expect(second.messages[3]).toEqual(turn2.messages[3]);
    });
  }

  it('gpt-5 parallel tools (stream): two calls by index, both sent back with their results', async () => {
    server.respond(
      loadFixture(fixture('openai_gpt-5_parallel-tools_stream__turn1of2.response.sse')),
      loadFixture(fixture('openai_gpt-5_parallel-tools_stream__turn2of2.response.sse')),
    );
    const turn1 = readJson('openai_gpt-5_parallel-tools_stream__turn1of2.request.json');
    const turn2 = readJson('openai_gpt-5_parallel-tools_stream__turn2of2.request.json');
    const start = server.requests.length;
    const result = streamText({
      model: ccapi.chat('gpt-5'),
      ...splitSystem(turn1.messages),
      tools: {
        add: tool({ inputSchema: numbers, execute: async ({ a, b }) => String(a + b) }),
        multiply: tool({ inputSchema: numbers, execute: async ({ a, b }) => String(a * b) }),
      },
      stopWhen: stepCountIs(2),
    });
    expect((await result.text).length).toBeGreaterThan(0);
    const steps = await result.steps;
    expect(steps[0]?.toolCalls.map((call) => call.toolName)).toEqual(['add', 'multiply']);
    expect(steps[0]?.finishReason).toBe('tool-calls');

    const second = server.requests.slice(start)[1]?.body;
    const recorded = turn2.messages;
    expect(second.messages.at(-3).tool_calls.map((call: any) => call.id)).toEqual(
      recorded.at(-3).tool_calls.map((call: any) => call.id),
    );
    expect(second.messages.at(-2)).toEqual(recorded.at(-2));
    expect(second.messages.at(-1)).toEqual(recorded.at(-1));
  });
});
