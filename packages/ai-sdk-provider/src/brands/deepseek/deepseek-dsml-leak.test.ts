import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { generateText, stepCountIs, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';

/**
 * DeepSeek V3.2/V4 writing its tool call as DSML text in `content`, with no `tool_calls` and
 * finish `stop` (2026-12-03-wire-rules.md#deepseek): the provider turns it into a real tool call, so the
 * AI SDK's tool loop runs. Streams built in DeepSeek's chunk shape, served over loopback HTTP.
 */

const TEXT_BEFORE = 'Let me check the weather.\n\n';
const BLOCK =
  '<｜DSML｜function_calls>\n<｜DSML｜invoke name="get_weather">\n<｜DSML｜parameter name="city" string="true">Paris</｜DSML｜parameter>\n</｜DSML｜invoke>\n</｜DSML｜function_calls>';
const CONTENT = TEXT_BEFORE + BLOCK;
const USAGE = {
  prompt_tokens: 120,
  completion_tokens: 40,
  total_tokens: 160,
  prompt_cache_hit_tokens: 0,
  prompt_cache_miss_tokens: 120,
};
const HEAD = {
  id: 'b1f3c6de-0d1b-4a36-9d55-3a0b0c1e2f3a',
  object: 'chat.completion.chunk',
  created: 1_765_000_000,
  model: 'deepseek-v3.2',
  system_fingerprint: 'fp_ffc7281d48_prod0820_fp8_kvcache',
};

/** DeepSeek's stream: `content` in pieces cut at awkward places (inside `｜DSML｜`), finish stop. */
function leakedStream(content: string, pieceLength = 7): string {
  const frame = (delta: Record<string, unknown>, finish: string | null = null, usage = null) =>
    `data: ${JSON.stringify({ ...HEAD, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage })}\n\n`;
  const frames = [frame({ role: 'assistant', content: '' })];
  for (let at = 0; at < content.length; at += pieceLength) {
    frames.push(frame({ content: content.slice(at, at + pieceLength) }));
  }
  frames.push(
    `data: ${JSON.stringify({ ...HEAD, choices: [{ index: 0, delta: { content: '' }, logprobs: null, finish_reason: 'stop' }], usage: USAGE })}\n\n`,
  );
  return `${frames.join('')}data: [DONE]\n\n`;
}

function leakedBody(content: string): string {
  return JSON.stringify({
    ...HEAD,
    object: 'chat.completion',
    choices: [
      { index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' },
    ],
    usage: USAGE,
  });
}

const PROMPT: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
];

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

describe('DeepSeek DSML leaked into content', () => {
  it('doStream: a tool call instead of markup, finish tool-calls with the raw stop kept', async () => {
    server.respond({ kind: 'sse', body: leakedStream(CONTENT) });
    const { stream } = await ccapi.chat('deepseek-v3.2').doStream({ prompt: PROMPT });
    const parts = await collectStream(stream);

    expect(joinDeltas(parts, 'text-delta')).toBe(TEXT_BEFORE);
    expect(toolCalls(parts)).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'generated-0',
        toolName: 'get_weather',
        input: '{"city":"Paris"}',
      },
    ]);
    const types = parts.map((part) => part.type);
    expect(types.indexOf('text-end')).toBeLessThan(types.indexOf('tool-input-start'));
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'tool-calls', raw: 'stop' },
    });
  });

  it('doGenerate: the same from a whole message', async () => {
    server.respond({ kind: 'json', body: leakedBody(`${CONTENT}\n`) });
    const result = await ccapi.chat('deepseek-v3.2').doGenerate({ prompt: PROMPT });

    // Tool calls are finalised when the response ends, so they come after every text part.
    expect(result.content).toEqual([
      { type: 'text', text: TEXT_BEFORE },
      { type: 'text', text: '\n' },
      {
        type: 'tool-call',
        toolCallId: 'generated-0',
        toolName: 'get_weather',
        input: '{"city":"Paris"}',
      },
    ]);
    expect(result.finishReason).toEqual({ unified: 'tool-calls', raw: 'stop' });
  });

  it('a variant block (‖, tool_calls) with two invokes becomes two calls', async () => {
    const block = BLOCK.replace(
      '</｜DSML｜invoke>\n',
      '</｜DSML｜invoke>\n<｜DSML｜invoke name="get_weather"><｜DSML｜parameter name="city" string="true">Rome</｜DSML｜parameter></｜DSML｜invoke>',
    )
      .replaceAll('｜', '‖')
      .replaceAll('function_calls', 'tool_calls');
    server.respond({ kind: 'sse', body: leakedStream(block, 3) });
    const { stream } = await ccapi.chat('deepseek-v4-flash').doStream({ prompt: PROMPT });
    const parts = await collectStream(stream);

    expect(joinDeltas(parts, 'text-delta')).toBe('');
    expect(toolCalls(parts).map((call) => [call.toolCallId, call.input])).toEqual([
      ['generated-0', '{"city":"Paris"}'],
      ['generated-1', '{"city":"Rome"}'],
    ]);
  });

  it('generateText runs the tool and sends the call back as a real tool call', async () => {
    server.respond(
      { kind: 'json', body: leakedBody(CONTENT) },
      { kind: 'json', body: leakedBody('It is 21 °C in Paris.') },
    );
    const cities: string[] = [];
    const result = await generateText({
      model: ccapi('deepseek-v3.2'),
      prompt: 'Weather in Paris?',
      tools: {
        get_weather: tool({
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }) => {
            cities.push(city);
            return { city, temperature: 21 };
          },
        }),
      },
      stopWhen: stepCountIs(2),
    });

    expect(cities).toEqual(['Paris']);
    expect(result.steps.map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
    expect(result.steps[0]?.text).toBe(TEXT_BEFORE);
    expect(result.text).toBe('It is 21 °C in Paris.');
    const messages = server.requests[1]?.body.messages;
    expect(messages?.[1]).toMatchObject({
      role: 'assistant',
      tool_calls: [
        {
          id: 'generated-0',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
        },
      ],
    });
    expect(JSON.stringify(messages)).not.toContain('DSML');
    expect(messages?.[2]).toMatchObject({ role: 'tool', tool_call_id: 'generated-0' });
  });
});
