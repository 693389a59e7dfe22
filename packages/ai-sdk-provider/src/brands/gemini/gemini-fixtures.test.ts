import { readFileSync } from 'node:fs';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * Every Gemini fixture replayed through the provider over loopback HTTP (chat-completions
 * route). The `gemini-2.5-flash-preview_openai-compat_*` captures are Google's own OpenAI-compat
 * layer (what a pass-through channel forwards); REFERENCE-* files are other gateways'
 * conventions (OpenRouter, Vercel AI Gateway).
 */

const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;
const readJson = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));
const readChunks = (name: string): any[] =>
  readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)));
const usageOf = (chunks: any[]) => chunks.filter((chunk) => chunk.usage != null).at(-1)?.usage;
const contentOf = (chunks: any[]) =>
  chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');

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

const normalizeCalls = (calls: any[]) =>
  calls.map((call) => ({
    id: call.id,
    name: call.function.name,
    input: JSON.parse(call.function.arguments),
  }));

describe("Google's OpenAI-compat captures (what a pass-through channel forwards)", () => {
  it('non-stream text: Google id, no system_fingerprint, usage without details', async () => {
    const name = 'gemini-2.5-flash-preview_openai-compat_text__nonstream.json';
    server.respond(loadFixture(fixture(name)));
    const body = readJson(name);
    const result = await generateText({ model: ccapi.chat('gemini-2.5-flash'), prompt: 'hi' });
    expect(result.text).toBe('Hello World');
    expect(result.finishReason).toBe('stop');
    expect(result.rawFinishReason).toBe('stop');
    expect(result.usage.inputTokens).toBe(body.usage.prompt_tokens);
    expect(result.usage.outputTokens).toBe(body.usage.completion_tokens);
    expect(result.usage.inputTokenDetails.cacheReadTokens).toBeUndefined();
    expect(result.usage.outputTokenDetails.reasoningTokens).toBeUndefined();
    expect(result.response.id).toBe('QTpyabuaIfaevdIPzqPKkQU');
    expect(result.response.modelId).toBe('gemini-2.5-flash-preview-09-2025');
    expect(result.reasoningText).toBeUndefined();
  });

  it('stream: one chunk with role + whole content + finish, no usage', async () => {
    const name =
      'gemini-2.5-flash-preview_openai-compat_text__single-chunk-role+content+finish__no-usage.sse';
    server.respond(loadFixture(fixture(name)));
    const result = streamText({ model: ccapi.chat('gemini-2.5-flash'), prompt: 'hi' });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(await result.text).toBe('Hello World');
    expect(await result.finishReason).toBe('stop');
    expect((await result.usage).inputTokens).toBeUndefined();
    expect(types).not.toContain('error');
    expect((await result.response).id).toBe('SzpyaZuaHu_WxN8P9M-PgA4');
  });

  it('non-stream tool call: no content key, id function-call-<digits>, no index', async () => {
    const name =
      'gemini-2.5-flash-preview_openai-compat_tool-call__id-function-call-N__no-content-field__nonstream.json';
    server.respond(loadFixture(fixture(name)));
    const result = await generateText({
      model: ccapi.chat('gemini-2.5-flash'),
      prompt: 'Weather in Tokyo?',
      tools: { get_weather: tool({ inputSchema: jsonSchema({ type: 'object' }) }) },
    });
    expect(result.text).toBe('');
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]).toMatchObject({
      toolCallId: 'function-call-21392045118397310',
      toolName: 'get_weather',
      input: { location: 'Tokyo' },
    });
    expect(result.finishReason).toBe('tool-calls');
    expect(result.usage.inputTokens).toBe(44);
    expect(result.usage.outputTokens).toBe(19);
  });

  it('non-stream with sampling parameters: sent as given, answer parsed', async () => {
    const name = 'gemini-2.5-flash-preview_openai-compat_with-params__nonstream.json';
    server.respond(loadFixture(fixture(name)));
    const result = await generateText({
      model: ccapi.chat('gemini-2.5-flash'),
      prompt: 'Name three planets',
      temperature: 0.7,
      topP: 0.9,
      maxOutputTokens: 50,
      stopSequences: ['END'],
      seed: 42,
    });
    expect(result.text).toBe('Earth, Mars, Venus');
    expect(result.usage.totalTokens).toBe(15);
    const sent = server.requests.at(-1)?.body;
    expect(sent).toMatchObject({
      temperature: 0.7,
      top_p: 0.9,
      max_tokens: 50,
      stop: ['END'],
      seed: 42,
    });
    expect(sent.extra_body).toBeUndefined();
    expect(sent.reasoning_effort).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });
});

describe('REFERENCE gateway fixtures (OpenRouter, Vercel AI Gateway) for Gemini', () => {
  it('OpenRouter Gemini 3.1 tool loop: encrypted reasoning_details, duplicated finish, and the turn-2 request', async () => {
    const prefix = 'REFERENCE-openrouter_gemini_tool-loop_stream';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.sse`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.sse`)),
    );
    const turn1 = readJson(`${prefix}__turn1of2.request.json`);
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const chunks1 = readChunks(`${prefix}__turn1of2.response.sse`);
    const chunks2 = readChunks(`${prefix}__turn2of2.response.sse`);
    const start = server.requests.length;

    const result = streamText({
      model: ccapi.chat('google/gemini-3.1-flash-lite-preview'),
      ...splitSystem(turn1.messages),
      maxOutputTokens: turn1.max_tokens,
      tools: { weather },
      stopWhen: stepCountIs(2),
    });
    const finishes: string[] = [];
    for await (const part of result.fullStream) {
      expect(part.type).not.toBe('error');
      if (part.type === 'finish-step') finishes.push(part.finishReason);
    }
    const [step1, step2] = await result.steps;
    expect(step1?.toolCalls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual([
      ['tool_weather_nNBvDVuJXrZZDwEjuOoj', 'weather', { location: 'Florence, Italy' }],
    ]);
    expect(step1?.rawFinishReason).toBe('tool_calls');
    expect(step1?.usage.inputTokens).toBe(usageOf(chunks1).prompt_tokens);
    expect(step1?.usage.outputTokens).toBe(usageOf(chunks1).completion_tokens);
    expect(step2?.text).toBe(contentOf(chunks2));
    expect(step2?.usage.inputTokens).toBe(usageOf(chunks2).prompt_tokens);
    // One finish per step although OpenRouter repeats the finish chunk.
    expect(finishes).toEqual(['tool-calls', 'stop']);

    // What matters on our wire: the call goes back with its id and arguments, the result after it.
    const [first, second] = server.requests.slice(start).map((request) => request.body);
    expect(first.messages).toEqual(turn1.messages);
    expect(second.messages.slice(0, 2)).toEqual(turn2.messages.slice(0, 2));
    expect(normalizeCalls(second.messages[2].tool_calls)).toEqual(
      normalizeCalls(turn2.messages[2].tool_calls),
    );
    expect(second.messages[3]).toEqual(turn2.messages[3]);
  });

  // KNOWN CORE GAP (reported to the lead): OpenRouter's only reasoning here is an encrypted
  // `reasoning_details` entry with no text, so the core opens no reasoning part and stores
  // nothing; OpenRouter wants it back on the assistant message. CCAPI's relay drops the field,
  // so our own wire is unaffected. This test flips to passing once the core stores such entries.
  it('OpenRouter: the text-less encrypted reasoning_details entry is sent back', async () => {
    const prefix = 'REFERENCE-openrouter_gemini_tool-loop_stream';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.sse`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.sse`)),
    );
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const start = server.requests.length;
    await streamText({
      model: ccapi.chat('google/gemini-3.1-flash-lite-preview'),
      prompt: "What's the weather in Florence,Italy?",
      tools: { weather },
      stopWhen: stepCountIs(2),
    }).text;
    const second = server.requests.slice(start)[1]?.body;
    expect(second.messages.at(-2).reasoning_details).toEqual(turn2.messages[2].reasoning_details);
  });

  it('Vercel Gemini 3 Pro parallel tools: id+name chunk then whole-arguments chunk, reasoning tokens', async () => {
    const prefix = 'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_parallel-tools_stream';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.sse`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.sse`)),
    );
    const turn1 = readJson(`${prefix}__turn1of2.request.json`);
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const chunks1 = readChunks(`${prefix}__turn1of2.response.sse`);
    const chunks2 = readChunks(`${prefix}__turn2of2.response.sse`);
    const start = server.requests.length;

    const result = streamText({
      model: ccapi.chat('google/gemini-3-pro-preview'),
      ...splitSystem(turn1.messages),
      maxOutputTokens: turn1.max_tokens,
      tools: arithmetic,
      stopWhen: stepCountIs(2),
    });
    const [step1, step2] = await result.steps;
    expect(step1?.toolCalls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual([
      ['WQuZA7oD8t6sGOrb', 'add', { a: 2, b: 3 }],
      ['pJnoRXDGFYDYCXIg', 'multiply', { a: 2, b: 3 }],
    ]);
    expect(step1?.finishReason).toBe('tool-calls');
    const usage1 = usageOf(chunks1);
    expect(step1?.usage.outputTokens).toBe(usage1.completion_tokens);
    expect(step1?.usage.outputTokenDetails.reasoningTokens).toBe(
      usage1.completion_tokens_details.reasoning_tokens,
    );
    // The gateway reports more reasoning than completion tokens: text never goes negative.
    expect(step1?.usage.outputTokenDetails.textTokens).toBe(0);
    expect(step2?.text).toBe(contentOf(chunks2));
    expect(step2?.finishReason).toBe('stop');

    const second = server.requests.slice(start)[1]?.body;
    expect(normalizeCalls(second.messages[2].tool_calls)).toEqual(
      normalizeCalls(turn2.messages[2].tool_calls),
    );
    expect(second.messages.slice(3)).toEqual(turn2.messages.slice(3));
    expect(second.messages[2].tool_calls.every((call: any) => call.extra_content == null)).toBe(
      true,
    );
  });

  it('Vercel Gemini 3 Pro tool loop (stream): whole arguments after an id chunk; turn-2 request', async () => {
    const prefix = 'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_tool-loop_stream';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.sse`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.sse`)),
    );
    const turn1 = readJson(`${prefix}__turn1of2.request.json`);
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const start = server.requests.length;
    const result = streamText({
      model: ccapi.chat('google/gemini-3-pro-preview'),
      ...splitSystem(turn1.messages),
      maxOutputTokens: turn1.max_tokens,
      tools: { weather },
      stopWhen: stepCountIs(2),
    });
    expect(await result.text).toBe(contentOf(readChunks(`${prefix}__turn2of2.response.sse`)));
    const [step1] = await result.steps;
    expect(step1?.toolCalls[0]).toMatchObject({
      toolCallId: 'XxJypvJEEcLmxyOD',
      input: { location: 'Florence, Italy' },
    });
    expect(step1?.usage.outputTokenDetails.reasoningTokens).toBe(84);
    const [first, second] = server.requests.slice(start).map((request) => request.body);
    expect(first.messages).toEqual(turn1.messages);
    expect(second.messages.slice(0, 2)).toEqual(turn2.messages.slice(0, 2));
    expect(normalizeCalls(second.messages[2].tool_calls)).toEqual(
      normalizeCalls(turn2.messages[2].tool_calls),
    );
    expect(second.messages[3]).toEqual(turn2.messages[3]);
  });

  it('Vercel Gemini 3 Pro thinking tool loop (non-stream): reasoning, its reasoning_details sent back', async () => {
    const prefix = 'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_thinking-tool-loop';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.json`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.json`)),
    );
    const turn1 = readJson(`${prefix}__turn1of2.request.json`);
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const body1 = readJson(`${prefix}__turn1of2.response.json`);
    const start = server.requests.length;
    const result = await generateText({
      model: ccapi.chat('google/gemini-3-pro-preview'),
      ...splitSystem(turn1.messages),
      tools: { weather },
      reasoning: 'high',
      stopWhen: stepCountIs(2),
    });
    const [step1, step2] = result.steps;
    const message1 = body1.choices[0].message;
    expect(step1?.reasoningText).toBe(message1.reasoning);
    const reasoning = step1?.content.find((part) => part.type === 'reasoning') as any;
    expect(reasoning.providerMetadata.ccapi.reasoningDetails).toEqual(message1.reasoning_details);
    expect(step1?.toolCalls[0]).toMatchObject({
      toolCallId: 'BgmJlIfqJnTEdHBD',
      toolName: 'weather',
      input: { location: 'Florence, Italy' },
    });
    expect(step1?.usage.outputTokenDetails.reasoningTokens).toBe(69);
    expect(step2?.text).toBe('The weather in Florence, Italy is currently 40°C.');

    const [first, second] = server.requests.slice(start).map((request) => request.body);
    expect(first.messages).toEqual(turn1.messages);
    expect(first.tool_choice).toBe(turn1.tool_choice);
    // Our wire: thinking through extra_body (what CCAPI's Gemini relay reads), never both
    // level and budget, never reasoning_effort.
    expect(first.extra_body).toEqual({
      google: { thinking_config: { thinking_level: 'high', include_thoughts: true } },
    });
    expect(first.reasoning_effort).toBeUndefined();
    // The gateway's reasoning_details go back verbatim (its recording adds an empty encrypted
    // entry we never received).
    const assistant = second.messages[2];
    expect(assistant.reasoning_details).toEqual(
      turn2.messages[2].reasoning_details.filter((d: any) => d.type === 'reasoning.text'),
    );
    expect(normalizeCalls(assistant.tool_calls)).toEqual(
      normalizeCalls(turn2.messages[2].tool_calls),
    );
    expect(second.messages[3]).toEqual(turn2.messages[3]);
  });

  it('Vercel Gemini 3 Pro thinking tool loop (stream): reasoning, call, and the turn-2 request', async () => {
    const prefix =
      'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_thinking-tool-loop_stream__reasoning_details-encrypted-signature';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.sse`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.sse`)),
    );
    const turn1 = readJson(`${prefix}__turn1of2.request.json`);
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const chunks1 = readChunks(`${prefix}__turn1of2.response.sse`);
    const chunks2 = readChunks(`${prefix}__turn2of2.response.sse`);
    const start = server.requests.length;
    const result = streamText({
      model: ccapi.chat('google/gemini-3-pro-preview'),
      ...splitSystem(turn1.messages),
      tools: { weather },
      reasoning: 'high',
      stopWhen: stepCountIs(2),
    });
    const [step1, step2] = await result.steps;
    expect(step1?.reasoningText).toBe(chunks1[1].choices[0].delta.reasoning);
    expect(step1?.toolCalls[0]).toMatchObject({
      toolCallId: 'dEDMKZ3Jd0omXRAI',
      input: { location: 'Florence, Italy' },
    });
    expect(step1?.usage.outputTokenDetails.reasoningTokens).toBe(61);
    expect(step2?.reasoningText).toBe(chunks2[1].choices[0].delta.reasoning);
    expect(step2?.text).toBe('The weather in Florence, Italy is currently 40°C.');
    expect(step2?.finishReason).toBe('stop');

    const [first, second] = server.requests.slice(start).map((request) => request.body);
    expect(first.messages).toEqual(turn1.messages);
    expect(first.stream_options).toEqual(turn1.stream_options);
    expect(first.extra_body.google.thinking_config).toEqual({
      thinking_level: 'high',
      include_thoughts: true,
    });
    expect(second.messages.slice(0, 2)).toEqual(turn2.messages.slice(0, 2));
    const assistant = second.messages[2];
    expect(normalizeCalls(assistant.tool_calls)).toEqual(
      normalizeCalls(turn2.messages[2].tool_calls),
    );
    expect(second.messages[3]).toEqual(turn2.messages[3]);
    // The reasoning text entry that arrived with the reasoning goes back verbatim.
    expect(assistant.reasoning_details[0]).toEqual(
      chunks1[1].choices[0].delta.reasoning_details[0],
    );
  });

  // KNOWN CORE GAP (reported to the lead): the encrypted signature arrives in a
  // `reasoning_details` delta AFTER the tool call closed the reasoning part, so the core never
  // adds it to the stored metadata. The Vercel gateway wants it back (see the recorded turn 2).
  it('Vercel stream: the late encrypted signature is sent back', async () => {
    const prefix =
      'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_thinking-tool-loop_stream__reasoning_details-encrypted-signature';
    server.respond(
      loadFixture(fixture(`${prefix}__turn1of2.response.sse`)),
      loadFixture(fixture(`${prefix}__turn2of2.response.sse`)),
    );
    const turn2 = readJson(`${prefix}__turn2of2.request.json`);
    const start = server.requests.length;
    await streamText({
      model: ccapi.chat('google/gemini-3-pro-preview'),
      prompt: "What's the weather in Florence, Italy?",
      tools: { weather },
      reasoning: 'high',
      stopWhen: stepCountIs(2),
    }).text;
    const second = server.requests.slice(start)[1]?.body;
    expect(second.messages.at(-2).reasoning_details).toContainEqual(
      turn2.messages[2].reasoning_details[0],
    );
  });
});
