import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { generateText, stepCountIs, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * MiniMax's native `<minimax:tool_call>` XML in `content` when the server-side parser missed it
 * (2026-12-03-wire-rules.md#minimax), after an inline `<think>` block, with finish `stop`: the provider turns
 * it into a real tool call. Streams built in MiniMax's chunk shape, served over loopback HTTP.
 */

const THINK = '<think>\nThe user wants the weather; call get_weather.\n</think>\n\n';
const TEXT_BEFORE = 'Checking.\n';
const BLOCK =
  '<minimax:tool_call>\n<invoke name="get_weather">\n<parameter name="city">Paris</parameter>\n<parameter name="days">2</parameter>\n</invoke>\n</minimax:tool_call>';
const CONTENT = THINK + TEXT_BEFORE + BLOCK;
const USAGE = { total_tokens: 160, total_characters: 0, prompt_tokens: 120, completion_tokens: 40 };
const HEAD = {
  id: '05b6c1e3a7f24d0f9a1f2b3c4d5e6f70',
  created: 1_765_000_000,
  model: 'MiniMax-M2.7',
  object: 'chat.completion.chunk',
  input_sensitive: false,
  output_sensitive: false,
};

/** MiniMax's stream: content in pieces, finish stop, then a usage-only chunk with base_resp. */
function leakedStream(content: string, pieceLength = 5): string {
  const frame = (content: string, finish: string | null) =>
    `data: ${JSON.stringify({ ...HEAD, choices: [{ index: 0, delta: { content, role: 'assistant', name: 'MiniMax AI', audio_content: '' }, finish_reason: finish }], usage: null })}\n\n`;
  const frames: string[] = [];
  for (let at = 0; at < content.length; at += pieceLength) {
    frames.push(frame(content.slice(at, at + pieceLength), null));
  }
  frames.push(frame('', 'stop'));
  frames.push(
    `data: ${JSON.stringify({ ...HEAD, choices: [], usage: USAGE, base_resp: { status_code: 0, status_msg: '' } })}\n\n`,
  );
  return frames.join('');
}

function leakedBody(content: string): string {
  return JSON.stringify({
    ...HEAD,
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', name: 'MiniMax AI', content, audio_content: '' },
        finish_reason: 'stop',
      },
    ],
    usage: USAGE,
    base_resp: { status_code: 0, status_msg: '' },
  });
}

const PROMPT: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
];
const WEATHER_INPUT = '{"city":"Paris","days":2}';

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;
let idCounter = 0;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({
    baseURL: server.baseURL,
    apiKey: 'sk-test',
    generateId: () => `generated-${idCounter++}`,
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  idCounter = 0;
});

const toolCalls = (parts: readonly { type: string }[]) =>
  parts.filter(
    (part): part is Extract<LanguageModelV4StreamPart, { type: 'tool-call' }> =>
      part.type === 'tool-call',
  );

describe('MiniMax tool-call XML leaked into content', () => {
  it('doStream: reasoning, text, then a tool call; finish tool-calls with the raw stop kept', async () => {
    server.respond({ kind: 'sse', body: leakedStream(CONTENT) });
    const { stream } = await ccapi.chat('minimax-m2.7').doStream({ prompt: PROMPT });
    const parts = await collectStream(stream);

    expect(joinDeltas(parts, 'reasoning-delta')).toBe(
      'The user wants the weather; call get_weather.',
    );
    expect(joinDeltas(parts, 'text-delta')).toBe(TEXT_BEFORE);
    expect(toolCalls(parts)).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'generated-0',
        toolName: 'get_weather',
        input: WEATHER_INPUT,
      },
    ]);
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'tool-calls', raw: 'stop' },
    });
  });

  it('doGenerate: the same from a whole message', async () => {
    server.respond({ kind: 'json', body: leakedBody(CONTENT) });
    const result = await ccapi.chat('minimax-m2.7').doGenerate({ prompt: PROMPT });

    expect(result.content.map((part) => part.type)).toEqual(['reasoning', 'text', 'tool-call']);
    expect(result.content[1]).toEqual({ type: 'text', text: TEXT_BEFORE });
    expect(result.content[2]).toEqual({
      type: 'tool-call',
      toolCallId: 'generated-0',
      toolName: 'get_weather',
      input: WEATHER_INPUT,
    });
    expect(result.finishReason).toEqual({ unified: 'tool-calls', raw: 'stop' });
  });

  it('generateText runs the tool and sends the turn back with real tool calls', async () => {
    server.respond(
      { kind: 'json', body: leakedBody(CONTENT) },
      { kind: 'json', body: leakedBody(`${THINK}It is 21 °C in Paris.`) },
    );
    const inputs: unknown[] = [];
    const result = await generateText({
      model: ccapi('minimax-m2.7'),
      prompt: 'Weather in Paris?',
      tools: {
        get_weather: tool({
          inputSchema: z.object({ city: z.string(), days: z.number() }),
          execute: async (input) => {
            inputs.push(input);
            return { city: input.city, temperature: 21 };
          },
        }),
      },
      stopWhen: stepCountIs(2),
    });

    expect(inputs).toEqual([{ city: 'Paris', days: 2 }]);
    expect(result.steps.map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
    expect(result.text).toBe('It is 21 °C in Paris.');
    const assistant = server.requests[1]?.body.messages?.[1];
    // The think block goes back in `content` (MiniMax wants the whole turn), the markup does not.
    expect(assistant).toMatchObject({
      role: 'assistant',
      content: THINK + TEXT_BEFORE,
      tool_calls: [
        {
          id: 'generated-0',
          type: 'function',
          function: { name: 'get_weather', arguments: WEATHER_INPUT },
        },
      ],
    });
    expect(server.requests[1]?.body.messages?.[2]).toMatchObject({
      role: 'tool',
      tool_call_id: 'generated-0',
    });
  });
});
