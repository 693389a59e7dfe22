import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { generateText, jsonSchema, type ModelMessage, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * Every recorded GLM capture replayed through the provider over loopback HTTP
 * (2026-12-03-wire-rules.md#glm). The `zai-*` captures are Z.ai's Coding Plan endpoint, whose bodies CCAPI's Zhipu channel
 * passes through unchanged; the `REFERENCE-*` pair is OpenRouter serving GLM (a gateway
 * convention: `reasoning` + `reasoning_details`, SSE comments, a duplicated finish chunk).
 *
 * Turn-2 fixtures: the turn-2 request is rebuilt from the turn-1 response by the real AI SDK
 * (tools whose `execute` returns what the recorded turn-2 request carries) and compared with the
 * recorded one.
 */

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const fixture = (name: string) => loadFixture(FIXTURES + name);
const readJson = (name: string) => JSON.parse(readFileSync(FIXTURES + name, 'utf8'));

interface RecordedAnswer {
  text: string;
  reasoning: string;
  toolCalls: { id: string; name: string; arguments: string }[];
  finishReason: string;
  usage: Record<string, any>;
}

/** What a recorded response says, read with plain JSON (independent of the provider's parser). */
function readRecordedAnswer(name: string): RecordedAnswer {
  if (name.endsWith('.json')) {
    const body = readJson(name);
    const message = body.choices[0].message;
    return {
      text: message.content ?? '',
      reasoning: message.reasoning_content ?? '',
      toolCalls: (message.tool_calls ?? []).map((call: any) => ({
        id: call.id,
        name: call.function.name,
        arguments: call.function.arguments,
      })),
      finishReason: body.choices[0].finish_reason,
      usage: body.usage,
    };
  }
  const chunks = readFileSync(FIXTURES + name, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)));
  const answer: RecordedAnswer = {
    text: '',
    reasoning: '',
    toolCalls: [],
    finishReason: '',
    usage: {},
  };
  for (const chunk of chunks) {
    if (chunk.usage != null) answer.usage = chunk.usage;
    const choice = chunk.choices?.[0];
    if (choice == null) continue;
    if (choice.finish_reason != null) answer.finishReason = choice.finish_reason;
    const delta = choice.delta ?? {};
    if (typeof delta.content === 'string') answer.text += delta.content;
    if (typeof delta.reasoning_content === 'string') answer.reasoning += delta.reasoning_content;
    if (typeof delta.reasoning === 'string') answer.reasoning += delta.reasoning;
    for (const call of delta.tool_calls ?? []) {
      const open = answer.toolCalls.find((existing) => existing.id === call.id);
      if (open == null && call.id != null) {
        answer.toolCalls.push({
          id: call.id,
          name: call.function.name,
          arguments: call.function.arguments,
        });
      } else {
        const last = open ?? answer.toolCalls[answer.toolCalls.length - 1]!;
        last.arguments += call.function?.arguments ?? '';
      }
    }
  }
  return answer;
}

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

const PROMPT: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'hello' }] },
];

describe('single-turn captures', () => {
  it('text (non-stream): reasoning_content, request_id envelope, cached tokens', async () => {
    const request = readJson('zai-glm-4.7-flash_coding-endpoint_text__turn1of1.request.json');
    server.respond(fixture('zai-glm-4.7-flash_coding-endpoint_text__turn1of1.response.json'));
    const result = await generateText({
      model: ccapi('glm-4.7-flash'),
      instructions: request.messages[0].content,
      prompt: request.messages[1].content,
      maxOutputTokens: 4000,
    });

    const body = server.requests[0]?.body;
    expect(body.messages).toEqual(request.messages);
    expect(body.max_tokens).toBe(4000);
    expect(body.model).toBe('glm-4.7-flash');

    const recorded = readRecordedAnswer(
      'zai-glm-4.7-flash_coding-endpoint_text__turn1of1.response.json',
    );
    expect(result.text).toBe('Olá! (Oh-lah)');
    expect(result.finalStep.reasoningText).toBe(recorded.reasoning);
    expect(result.content.map((part) => part.type)).toEqual(['reasoning', 'text']);
    expect(result.finishReason).toBe('stop');
    expect(result.rawFinishReason).toBe('stop');
    expect(result.usage).toMatchObject({
      inputTokens: 15,
      inputTokenDetails: { noCacheTokens: 12, cacheReadTokens: 3 },
      outputTokens: 249,
      outputTokenDetails: { textTokens: 10, reasoningTokens: 239 },
    });
    expect(result.finalStep.response.id).toBe('20260313050242595b2cb031a74737');
  });

  it('forced tool choice (non-stream): negative-decimal call id, re-ordered keys', async () => {
    const request = readJson(
      'zai-glm-4.7-flash_coding-endpoint_json-object__turn1of1.request.json',
    );
    server.respond(
      fixture('zai-glm-4.7-flash_coding-endpoint_json-object__turn1of1.response.json'),
    );
    const personTool = request.tools[0].function;
    const result = await generateText({
      model: ccapi('glm-4.7-flash'),
      prompt: request.messages[0].content,
      tools: {
        Person: tool({
          description: personTool.description,
          inputSchema: jsonSchema<{ name: string; age: number; city: string }>(
            personTool.parameters,
          ),
        }),
      },
      toolChoice: { type: 'tool', toolName: 'Person' },
      maxOutputTokens: 4000,
    });

    const body = server.requests[0]?.body;
    expect(body.messages).toEqual(request.messages);
    expect(body.tool_choice).toEqual(request.tool_choice);
    expect(body.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'Person',
          description: personTool.description,
          parameters: personTool.parameters,
        },
      },
    ]);

    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]).toMatchObject({
      toolCallId: 'call_-7807256997933348525',
      toolName: 'Person',
      input: { age: 30, city: 'Paris', name: 'Alice' },
    });
    expect(result.finishReason).toBe('tool-calls');
    expect(result.rawFinishReason).toBe('tool_calls');
    expect(result.finalStep.reasoningText).toContain('I should use the Person function');
    expect(result.usage).toMatchObject({
      inputTokens: 225,
      inputTokenDetails: { cacheReadTokens: 43, noCacheTokens: 182 },
      outputTokenDetails: { reasoningTokens: 77, textTokens: 23 },
    });
  });
});

// The Z.ai tool loops: [turn-1 request, turn-1 response, turn-2 request, turn-2 response].
const TOOL_LOOPS = [
  'zai-glm-4.7-flash_coding-endpoint_tool-loop',
  'zai-glm-4.7-flash_coding-endpoint_tool-loop_stream__tool-call-whole-in-one-chunk__usage-in-finish-chunk',
  'zai-glm-4.7-flash_coding-endpoint_parallel-tools',
  'zai-glm-4.7-flash_coding-endpoint_parallel-tools_stream__one-chunk-per-call-index0-1',
  'zai-glm-4.7-flash_coding-endpoint_thinking-tool-loop',
  'zai-glm-4.7-flash_coding-endpoint_thinking-tool-loop_stream',
];

describe.each(TOOL_LOOPS)('tool loop %s', (base) => {
  const turn1Request = readJson(`${base}__turn1of2.request.json`);
  const turn2Request = readJson(`${base}__turn2of2.request.json`);
  const stream = turn1Request.stream === true;
  const responseName = (turn: 1 | 2) =>
    `${base}__turn${turn}of2.response.${stream ? 'sse' : 'json'}`;
  const turn1 = readRecordedAnswer(responseName(1));
  const turn2 = readRecordedAnswer(responseName(2));

  // What each tool returned, as the recorded turn-2 request carries it.
  const assistantTurn = turn2Request.messages.find((message: any) => message.role === 'assistant');
  const resultByName = new Map<string, string>();
  for (const message of turn2Request.messages) {
    if (message.role !== 'tool') continue;
    const call = assistantTurn.tool_calls.find((c: any) => c.id === message.tool_call_id);
    resultByName.set(call.function.name, message.content);
  }
  const tools = Object.fromEntries(
    turn1Request.tools.map((definition: any) => [
      definition.function.name,
      tool({
        description: definition.function.description,
        inputSchema: jsonSchema<Record<string, unknown>>(definition.function.parameters),
        execute: async () => resultByName.get(definition.function.name)!,
      }),
    ]),
  );
  const thinking = turn1Request.reasoning_effort != null;

  it(`${stream ? 'streamText' : 'generateText'}: turn 2 carries the recorded reasoning_content and tool results`, async () => {
    server.respond(fixture(responseName(1)), fixture(responseName(2)));
    const settings = {
      model: ccapi('glm-4.7-flash'),
      instructions: turn1Request.messages[0].content as string,
      prompt: turn1Request.messages[1].content as string,
      tools,
      maxOutputTokens: turn1Request.max_tokens as number | undefined,
      ...(thinking ? { reasoning: 'high' as const } : {}),
      stopWhen: stepCountIs(2),
    };
    const result = stream
      ? await (async () => {
          const streamed = streamText(settings);
          return {
            text: await streamed.text,
            steps: await streamed.steps,
            finishReason: await streamed.finishReason,
          };
        })()
      : await generateText(settings);

    // Turn 1: our request matches the recorded one where the wire is the same.
    expect(server.requests).toHaveLength(2);
    const first = server.requests[0]?.body;
    expect(first.messages).toEqual(turn1Request.messages);
    expect(first.tool_choice).toEqual(turn1Request.tool_choice);
    expect(first.max_tokens).toEqual(turn1Request.max_tokens);
    expect(first.stream).toEqual(turn1Request.stream);
    expect(first.tools.map((t: any) => t.function.parameters)).toEqual(
      turn1Request.tools.map((t: any) => t.function.parameters),
    );
    if (thinking) {
      // glm-4.7 has no effort levels: the recorded client sent reasoning_effort (dropped by
      // CCAPI's Zhipu channel); we switch thinking on, which the channel keeps.
      expect(first.thinking).toEqual({ type: 'enabled' });
      expect(first.reasoning_effort).toBeUndefined();
    }

    // Turn 1 answer, normalized.
    const step1 = result.steps[0]!;
    expect(step1.toolCalls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual(
      turn1.toolCalls.map((call) => [call.id, call.name, JSON.parse(call.arguments)]),
    );
    expect(step1.reasoningText).toBe(turn1.reasoning);
    expect(step1.text).toBe(turn1.text);
    expect(step1.finishReason).toBe('tool-calls');
    expect(step1.rawFinishReason).toBe('tool_calls');
    expect(step1.usage.inputTokens).toBe(turn1.usage.prompt_tokens);
    expect(step1.usage.inputTokenDetails.cacheReadTokens).toBe(
      turn1.usage.prompt_tokens_details.cached_tokens,
    );
    expect(step1.usage.outputTokenDetails.reasoningTokens).toBe(
      turn1.usage.completion_tokens_details.reasoning_tokens,
    );

    // Turn 2: byte-for-byte what the recorded client sent (reasoning_content unmodified next to
    // the tool calls, tool results in order).
    expect(server.requests[1]?.body.messages).toEqual(turn2Request.messages);

    // Turn 2 answer.
    expect(result.text).toBe(turn2.text);
    expect(result.steps[1]?.reasoningText).toBe(turn2.reasoning);
    expect(result.finishReason).toBe('stop');
    expect(result.steps[1]?.usage.outputTokens).toBe(turn2.usage.completion_tokens);
  });
});

describe('Z.ai stream envelope', () => {
  it('whole tool calls per chunk, parallel indexes 0/1, no finish_reason key until the end', async () => {
    const name =
      'zai-glm-4.7-flash_coding-endpoint_parallel-tools_stream__one-chunk-per-call-index0-1__turn1of2.response.sse';
    const raw = readFileSync(FIXTURES + name, 'utf8');
    // The capture's shape, as the test relies on it.
    const dataLines = raw.split('\n').filter((line) => line.startsWith('data: {'));
    expect(dataLines.slice(0, -1).every((line) => !line.includes('"finish_reason"'))).toBe(true);
    expect(dataLines[0]).toContain('"role":"assistant"');

    server.respond(fixture(name));
    const parts = await collectStream(
      (await ccapi.chat('glm-4.7-flash').doStream({ prompt: PROMPT })).stream,
    );
    const toolParts = parts.filter((part) => part.type.startsWith('tool-'));
    expect(toolParts).toEqual([
      { type: 'tool-input-start', id: 'call_4f8cb52342424eb9bbc1b20e', toolName: 'add' },
      { type: 'tool-input-delta', id: 'call_4f8cb52342424eb9bbc1b20e', delta: '{"a":2,"b":3}' },
      { type: 'tool-input-start', id: 'call_0d06add371834452b339ffdb', toolName: 'multiply' },
      { type: 'tool-input-delta', id: 'call_0d06add371834452b339ffdb', delta: '{"a":2,"b":3}' },
      { type: 'tool-input-end', id: 'call_4f8cb52342424eb9bbc1b20e' },
      {
        type: 'tool-call',
        toolCallId: 'call_4f8cb52342424eb9bbc1b20e',
        toolName: 'add',
        input: '{"a":2,"b":3}',
      },
      { type: 'tool-input-end', id: 'call_0d06add371834452b339ffdb' },
      {
        type: 'tool-call',
        toolCallId: 'call_0d06add371834452b339ffdb',
        toolName: 'multiply',
        input: '{"a":2,"b":3}',
      },
    ]);
    expect(joinDeltas(parts, 'text-delta')).toBe(
      "I'll both add and multiply the numbers 2 and 3 for you.",
    );
    // Reasoning, then text, then calls: blocks close in order.
    const order = parts
      .map((part) => part.type)
      .filter(
        (type) => type !== 'stream-start' && (type.endsWith('-start') || type.endsWith('-end')),
      );
    expect(order.slice(0, 4)).toEqual([
      'reasoning-start',
      'reasoning-end',
      'text-start',
      'text-end',
    ]);
    const finish = parts.find((part) => part.type === 'finish');
    expect(finish?.type === 'finish' && finish.finishReason).toEqual({
      unified: 'tool-calls',
      raw: 'tool_calls',
    });
    expect(finish?.type === 'finish' && finish.usage).toMatchObject({
      inputTokens: { total: 275, cacheRead: 43, noCache: 232 },
      outputTokens: { total: 112, reasoning: 64, text: 48 },
    });
  });
});

describe('REFERENCE: OpenRouter serving GLM (reasoning + reasoning_details, comments, duplicate finish)', () => {
  const base = 'REFERENCE-openrouter_glm_tool-loop_stream__reasoning+reasoning_details';
  const turn1Request = readJson(`${base}__turn1of2.request.json`);
  const turn2Request = readJson(`${base}__turn2of2.request.json`);
  const FULL_REASONING =
    'The user wants to know the weather in Florence, Italy. Let me call the weather function.';

  it('turn 1: reasoning once (not doubled by reasoning_details), stored details, last usage', async () => {
    server.respond(fixture(`${base}__turn1of2.response.sse`));
    const parts = await collectStream(
      (await ccapi.chat('z-ai/glm-5-turbo').doStream({ prompt: PROMPT })).stream,
    );
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(joinDeltas(parts, 'reasoning-delta')).toBe(FULL_REASONING);
    expect(parts.find((part) => part.type === 'reasoning-end')).toEqual({
      type: 'reasoning-end',
      id: 'reasoning-0',
      providerMetadata: {
        ccapi: {
          reasoningDetails: [
            { type: 'reasoning.text', text: FULL_REASONING, format: 'unknown', index: 0 },
          ],
        },
      },
    });
    expect(parts.filter((part) => part.type === 'tool-call')).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'call_9400b8b3405c4d74b5b97e12',
        toolName: 'weather',
        input: '{"location":"Florence, Italy"}',
      },
    ]);
    const finish = parts.find((part) => part.type === 'finish');
    expect(finish?.type === 'finish' && finish.finishReason).toEqual({
      unified: 'tool-calls',
      raw: 'tool_calls',
    });
    expect(finish?.type === 'finish' && finish.usage).toMatchObject({
      inputTokens: { total: 173, cacheRead: 128 },
      outputTokens: { total: 33, reasoning: 19 },
    });
  });

  it('turn 2: reasoning_content and the stored reasoning_details go back with the tool call', async () => {
    server.respond(
      fixture(`${base}__turn1of2.response.sse`),
      fixture(`${base}__turn2of2.response.sse`),
    );
    const history: ModelMessage[] = [{ role: 'user', content: turn1Request.messages[1].content }];
    const result = streamText({
      model: ccapi('z-ai/glm-5-turbo'),
      instructions: turn1Request.messages[0].content,
      messages: history,
      tools: {
        weather: tool({
          description: turn1Request.tools[0].function.description,
          inputSchema: jsonSchema<{ location: string }>(turn1Request.tools[0].function.parameters),
          execute: async () => '40 C',
        }),
      },
      maxOutputTokens: 4000,
      stopWhen: stepCountIs(2),
    });
    const text = await result.text;
    expect(text).toBe(readRecordedAnswer(`${base}__turn2of2.response.sse`).text);

    // Turn 1: the same conversation and tool as the recorded client sent; OpenRouter's own
    // `usage: {include: true}` switch is not part of our wire.
    const first = server.requests[0]?.body;
    expect(first.model).toBe(turn1Request.model);
    expect(first.messages).toEqual(turn1Request.messages);
    expect(first.max_tokens).toBe(turn1Request.max_tokens);
    expect(first.tool_choice).toBe(turn1Request.tool_choice);
    expect(first.tools[0].function.parameters).toEqual(turn1Request.tools[0].function.parameters);
    expect(first.stream_options).toEqual(turn1Request.stream_options);
    expect(first.usage).toBeUndefined();

    const sent = server.requests[1]?.body.messages;
    const recorded = turn2Request.messages;
    expect(sent.map((message: any) => message.role)).toEqual(recorded.map((m: any) => m.role));
    expect(sent[3]).toEqual(recorded[3]); // tool result
    const assistant = sent[2];
    expect(assistant.tool_calls).toEqual([{ ...recorded[2].tool_calls[0], type: 'function' }]);
    // GLM's own field, for upstreams that read it.
    expect(assistant.reasoning_content).toBe(FULL_REASONING);
    // The gateway's details go back merged and complete. (The recording's client lost the first
    // delta "The"; its text is a suffix of ours.)
    expect(assistant.reasoning_details).toEqual([
      { type: 'reasoning.text', text: FULL_REASONING, format: 'unknown', index: 0 },
    ]);
    expect(FULL_REASONING.endsWith(recorded[2].reasoning_details[0].text)).toBe(true);
    expect(assistant.reasoning_details[0]).toMatchObject({
      type: recorded[2].reasoning_details[0].type,
      format: recorded[2].reasoning_details[0].format,
      index: recorded[2].reasoning_details[0].index,
    });
    expect(await result.finishReason).toBe('stop');
    expect((await result.steps)[1]?.rawFinishReason).toBe('stop');
  });
});
