import { APICallError, type LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';
import type { CCAPIReasoningMetadata } from '../../chat/ccapi-brand-adapter';
import type { CCAPIChatAssistantMessage } from '../../chat/ccapi-chat-api';
import { getMiniMaxModelGeneration } from './get-minimax-model-generation';
import { minimaxBrandAdapter } from './minimax-brand-adapter';

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

const ANSWER = JSON.stringify({
  id: 'r1',
  object: 'chat.completion',
  model: 'MiniMax-M2.5',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: '<think>\nok\n</think>\n\nDone.', name: 'MiniMax AI' },
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8, total_characters: 0 },
  base_resp: { status_code: 0, status_msg: '' },
});

const weather = tool({
  description: 'Weather for a city',
  inputSchema: jsonSchema<{ city: string }>({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});
const time = tool({
  description: 'Time in a city',
  inputSchema: jsonSchema<{ city: string }>({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  }),
  execute: async () => '09:30',
});

/** Sends one request with the given settings and returns what went on the wire + warnings. */
async function send(
  modelId: string,
  settings: Partial<Parameters<typeof generateText>[0]> = {},
  answer = ANSWER,
) {
  server.respond({ kind: 'json', body: answer });
  const before = server.requests.length;
  const result = await generateText({
    model: ccapi.chat(modelId),
    prompt: 'hi',
    ...settings,
  } as Parameters<typeof generateText>[0]);
  return { body: server.requests[before]!.body, warnings: result.warnings ?? [] };
}

const featureOf = (warnings: Array<{ type: string; feature?: string }>) =>
  warnings.map((warning) => warning.feature);

describe('getMiniMaxModelGeneration', () => {
  it.each([
    ['minimax-m2.5', 'm2'],
    ['minimax-m2.7-highspeed', 'm2'],
    ['minimax-m2', 'm2'],
    ['minimax-m2-5', 'm2'],
    ['minimax-m1', 'm2'],
    ['minimax-m3', 'm3'],
    ['minimax-m3-a', 'm3'],
    ['minimax-m4', 'm3'],
    ['minimax-m20', 'm3'],
    ['abab6.5s-chat', 'legacy'],
    ['minimax-text-01', 'legacy'],
  ])('%s → %s', (id, generation) => {
    expect(getMiniMaxModelGeneration(id)).toBe(generation);
  });
});

describe('MiniMax request shaping', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('M2.x: max_tokens goes out as max_completion_tokens; nothing is added for default settings', async () => {
    const { body, warnings } = await send('MiniMax-M2.5', { maxOutputTokens: 64 });
    expect(body.max_completion_tokens).toBe(64);
    expect(body).not.toHaveProperty('max_tokens');
    expect(body).not.toHaveProperty('thinking');
    expect(body).not.toHaveProperty('reasoning_effort');
    expect(body).not.toHaveProperty('reasoning_split');
    expect(warnings).toEqual([]);
  });

  it('M2.x: drops what it does not support, with one warning each', async () => {
    const { body, warnings } = await send('MiniMax-M2.5', {
      seed: 7,
      frequencyPenalty: 0.5,
      presencePenalty: 0.5,
      topK: 40,
      temperature: 0,
      output: undefined,
      providerOptions: { ccapi: { parallelToolCalls: false } },
      tools: { weather },
    });
    for (const field of [
      'seed',
      'frequency_penalty',
      'presence_penalty',
      'top_k',
      'parallel_tool_calls',
    ]) {
      expect(body, field).not.toHaveProperty(field);
    }
    // Temperature 0 is outside M2.x's (0, 1].
    expect(body.temperature).toBe(0.01);
    expect(featureOf(warnings).sort()).toEqual(
      [
        'frequencyPenalty',
        'providerOptions.ccapi.parallelToolCalls',
        'presencePenalty',
        'seed',
        'temperature',
        'topK',
      ].sort(),
    );
  });

  it('drops response_format with a warning (JSON mode is not supported)', async () => {
    server.respond({ kind: 'json', body: ANSWER });
    const model = ccapi.chat('MiniMax-M3');
    const result = await model.doGenerate({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'json' }] }],
      responseFormat: { type: 'json', schema: { type: 'object' } },
    });
    expect(server.requests.at(-1)?.body).not.toHaveProperty('response_format');
    expect(featureOf(result.warnings)).toEqual(['responseFormat']);
  });

  it('M2.x: clamps a temperature above 1', async () => {
    const { body, warnings } = await send('MiniMax-M2.7', { temperature: 1.5 });
    expect(body.temperature).toBe(1);
    expect(warnings[0]?.type).toBe('compatibility');
    const ok = await send('MiniMax-M2.7', { temperature: 0.7 });
    expect(ok.body.temperature).toBe(0.7);
    expect(ok.warnings).toEqual([]);
  });

  it("M2.x: tool_choice 'required' is dropped with a warning", async () => {
    const { body, warnings } = await send(
      'MiniMax-M2.5',
      {
        tools: { weather, time },
        toolChoice: 'required',
        stopWhen: stepCountIs(1),
      },
      toolJson(''),
    );
    expect(body).not.toHaveProperty('tool_choice');
    expect(body.tools).toHaveLength(2);
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'toolChoice' }),
    ]);
  });

  it('M2.x: a named tool_choice offers only that tool, with auto', async () => {
    const { body, warnings } = await send(
      'MiniMax-M2.5',
      {
        tools: { weather, time },
        toolChoice: { type: 'tool', toolName: 'time' },
        stopWhen: stepCountIs(1),
      },
      toolJson(''),
    );
    expect(body).not.toHaveProperty('tool_choice');
    expect(body.tools.map((t: any) => t.function.name)).toEqual(['time']);
    expect(featureOf(warnings)[0]).toBe('toolChoice');
  });

  it('M2.x: none and auto tool_choice go through', async () => {
    for (const toolChoice of ['none', 'auto'] as const) {
      const { body, warnings } = await send('MiniMax-M2.5', { tools: { weather }, toolChoice });
      expect(body.tool_choice).toBe(toolChoice);
      expect(warnings).toEqual([]);
    }
  });

  it('M3: keeps seed, tool_choice required and a wider temperature', async () => {
    const { body, warnings } = await send(
      'MiniMax-M3',
      {
        seed: 42,
        temperature: 1.5,
        tools: { weather, time },
        toolChoice: 'required',
        stopWhen: stepCountIs(1),
      },
      toolJson(''),
    );
    expect(body.seed).toBe(42);
    expect(body.temperature).toBe(1.5);
    expect(body.tool_choice).toBe('required');
    expect(warnings).toEqual([]);
  });

  describe('reasoning option', () => {
    type Level = NonNullable<LanguageModelV4CallOptions['reasoning']>;

    it('M2.x always thinks: every level but provider-default warns and sends nothing', async () => {
      for (const level of ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as Level[]) {
        const { body, warnings } = await send('MiniMax-M2.5', { reasoning: level });
        expect(body, level).not.toHaveProperty('thinking');
        expect(body, level).not.toHaveProperty('reasoning_effort');
        expect(warnings, level).toEqual([
          expect.objectContaining({ type: 'unsupported', feature: 'reasoning' }),
        ]);
      }
      const { body, warnings } = await send('MiniMax-M2.5', { reasoning: 'provider-default' });
      expect(body).not.toHaveProperty('thinking');
      expect(warnings).toEqual([]);
    });

    it("M2.x: thinking: 'disabled' is not sent and warns that M2 keeps thinking", async () => {
      const { body, warnings } = await send('MiniMax-M2.5', {
        providerOptions: { ccapi: { thinking: 'disabled' } },
      });
      expect(body).not.toHaveProperty('thinking');
      expect((warnings[0] as { details?: string } | undefined)?.details).toMatch(/always thinks/);
    });

    it('M2.x: an explicit reasoningEffort is sent as given, with a warning', async () => {
      const { body, warnings } = await send('MiniMax-M2.5', {
        providerOptions: { ccapi: { reasoningEffort: 'high' } },
      });
      expect(body.reasoning_effort).toBe('high');
      expect(featureOf(warnings)).toEqual(['providerOptions.ccapi.reasoningEffort']);
    });

    it.each([
      ['none', { thinking: { type: 'disabled' } }, []],
      ['minimal', { thinking: { type: 'adaptive' }, reasoning_effort: 'low' }, ['reasoning']],
      ['low', { thinking: { type: 'adaptive' }, reasoning_effort: 'low' }, []],
      ['medium', { thinking: { type: 'adaptive' }, reasoning_effort: 'medium' }, []],
      ['high', { thinking: { type: 'adaptive' }, reasoning_effort: 'high' }, []],
      ['xhigh', { thinking: { type: 'adaptive' }, reasoning_effort: 'xhigh' }, []],
      ['max', { thinking: { type: 'adaptive' }, reasoning_effort: 'max' }, []],
    ] as const)('M3: %s → %j', async (level, expected, warned) => {
      const { body, warnings } = await send('MiniMax-M3', { reasoning: level });
      expect(body).toMatchObject(expected);
      if (!('reasoning_effort' in expected)) expect(body).not.toHaveProperty('reasoning_effort');
      expect(featureOf(warnings)).toEqual(warned);
    });

    it('M3: providerOptions.ccapi overrides the reasoning option', async () => {
      const off = await send('MiniMax-M3', {
        reasoning: 'high',
        providerOptions: { ccapi: { thinking: false } },
      });
      expect(off.body.thinking).toEqual({ type: 'disabled' });
      expect(off.body).not.toHaveProperty('reasoning_effort');

      const adaptive = await send('MiniMax-M3', {
        reasoning: 'none',
        providerOptions: { ccapi: { thinking: true } },
      });
      expect(adaptive.body.thinking).toEqual({ type: 'adaptive' });

      const effort = await send('MiniMax-M3', {
        reasoning: 'high',
        providerOptions: { ccapi: { reasoningEffort: 'medium' } },
      });
      expect(effort.body).toMatchObject({
        thinking: { type: 'adaptive' },
        reasoning_effort: 'medium',
      });
      expect(effort.warnings).toEqual([]);
    });

    it('legacy abab models do not think: reasoning settings warn', async () => {
      const { body, warnings } = await send('abab6.5s-chat', { reasoning: 'high' });
      expect(body).not.toHaveProperty('thinking');
      expect(body).not.toHaveProperty('reasoning_effort');
      expect(featureOf(warnings)).toEqual(['reasoning']);
    });
  });

  it('sends reasoning_split when set, either way', async () => {
    for (const reasoningSplit of [true, false]) {
      const { body } = await send('minimax/MiniMax-M2.5', {
        providerOptions: { ccapi: { reasoningSplit } },
      });
      expect(body.reasoning_split).toBe(reasoningSplit);
      expect(body.model).toBe('minimax/MiniMax-M2.5');
    }
  });

  it('rejects a mistyped MiniMax option and an unknown key', async () => {
    await expect(
      send('MiniMax-M2.5', { providerOptions: { ccapi: { reasoningSplit: 'yes' } } }),
    ).rejects.toThrow(/reasoningSplit/);
    await expect(
      send('MiniMax-M2.5', { providerOptions: { ccapi: { thinking: 'enabled' } } }),
    ).rejects.toThrow(/thinking/);
    await expect(
      send('MiniMax-M2.5', { providerOptions: { ccapi: { reasoningSplt: true } } }),
    ).rejects.toThrow(/Unknown option/);
  });
});

describe('prepareAssistantMessage: the whole turn back', () => {
  const prepare = (
    reasoningMetadata: CCAPIReasoningMetadata[],
    options: Record<string, unknown> = {},
    message: Partial<CCAPIChatAssistantMessage> = {},
    normalizedModelId = 'minimax-m2.5',
    reasoningText = 'plan',
  ) => {
    const wire: CCAPIChatAssistantMessage = { role: 'assistant', content: 'Answer.', ...message };
    minimaxBrandAdapter.prepareAssistantMessage?.({
      message: wire,
      reasoningText,
      reasoningMetadata,
      isBeforeLastUserMessage: false,
      options,
      normalizedModelId,
    });
    return wire;
  };
  const details = [
    {
      type: 'reasoning.text',
      id: 'reasoning-text-1',
      format: 'MiniMax-response-v1',
      index: 0,
      text: 'plan',
    },
  ];
  const toolCalls = [
    {
      id: 'call_function_abc123def456_1',
      type: 'function' as const,
      function: { name: 'w', arguments: '{}' },
    },
  ];

  it('puts the raw block back in front of the text', () => {
    expect(prepare([{ thinkBlock: '<think>\nplan\n</think>\n\n' }])).toEqual({
      role: 'assistant',
      content: '<think>\nplan\n</think>\n\nAnswer.',
    });
  });

  it('uses the raw block as the whole content when the turn only called tools', () => {
    expect(
      prepare(
        [{ thinkBlock: '<think>plan</think>\n' }],
        {},
        { content: null, tool_calls: toolCalls },
      ),
    ).toEqual({ role: 'assistant', content: '<think>plan</think>\n', tool_calls: toolCalls });
  });

  it('joins the blocks of several reasoning parts in order', () => {
    expect(prepare([{ thinkBlock: '<think>a</think>' }, { thinkBlock: '\n\n' }]).content).toBe(
      '<think>a</think>\n\nAnswer.',
    );
  });

  it('sends reasoning_details verbatim plus reasoning_content, content untouched', () => {
    expect(prepare([{ reasoningDetails: details }])).toEqual({
      role: 'assistant',
      content: 'Answer.',
      reasoning_details: details,
      reasoning_content: 'plan',
    });
  });

  it('never mixes the two shapes: a raw block wins over details', () => {
    const wire = prepare([{ thinkBlock: '<think>plan</think>', reasoningDetails: details }]);
    expect(wire.content).toBe('<think>plan</think>Answer.');
    expect(wire).not.toHaveProperty('reasoning_details');
    expect(wire).not.toHaveProperty('reasoning_content');
  });

  it('M2.x: reasoning without metadata is sent inline, the way M2 writes it', () => {
    expect(prepare([{}]).content).toBe('<think>\nplan\n</think>\n\nAnswer.');
    expect(prepare([{}], { reasoningSplit: true })).toEqual({
      role: 'assistant',
      content: 'Answer.',
      reasoning_content: 'plan',
    });
  });

  it('M3: reasoning without metadata goes back as reasoning_content (inline only if split is off)', () => {
    expect(prepare([{}], {}, {}, 'minimax-m3')).toEqual({
      role: 'assistant',
      content: 'Answer.',
      reasoning_content: 'plan',
    });
    expect(prepare([{}], { reasoningSplit: false }, {}, 'minimax-m3').content).toBe(
      '<think>\nplan\n</think>\n\nAnswer.',
    );
  });

  it('adds nothing without reasoning, and nothing when sendReasoning is false', () => {
    expect(prepare([], {}, {}, 'minimax-m2.5', '')).toEqual({
      role: 'assistant',
      content: 'Answer.',
    });
    expect(prepare([{ thinkBlock: '<think>x</think>' }], { sendReasoning: false })).toEqual({
      role: 'assistant',
      content: 'Answer.',
    });
  });
});

describe('base_resp errors (HTTP 200)', () => {
  const errorBody = (code: number | string, message = 'something') =>
    JSON.stringify({
      id: '0700aa',
      choices: null,
      created: 1790000000,
      model: 'MiniMax-M2.5',
      object: 'chat.completion',
      usage: null,
      input_sensitive: false,
      output_sensitive: false,
      input_sensitive_type: 0,
      output_sensitive_type: 0,
      output_sensitive_int: 0,
      base_resp: { status_code: code, status_msg: message },
    });

  it.each([
    [1002, 429, true],
    [1039, 429, true],
    [2045, 429, true],
    [2056, 429, true],
    [1004, 401, false],
    [2049, 401, false],
    [1008, 402, false],
    [1026, 400, false],
    [2013, 400, false],
    [2061, 403, false],
    [1013, 500, true],
    [9999, 502, true],
  ])('base_resp %i → HTTP-equivalent %i (retryable: %s)', (code, status, retryable) => {
    const error = minimaxBrandAdapter.extractInBandError?.({
      base_resp: { status_code: code, status_msg: 'why' },
    });
    expect(error).toMatchObject({ statusCode: status, code: String(code) });
    expect(error?.message).toContain('why');
    expect(retryable).toBe(status === 429 || status >= 500);
  });

  it('is not an error when status_code is 0, a string "0", or base_resp is absent', () => {
    expect(
      minimaxBrandAdapter.extractInBandError?.({ base_resp: { status_code: 0, status_msg: '' } }),
    ).toBeUndefined();
    expect(
      minimaxBrandAdapter.extractInBandError?.({ base_resp: { status_code: '0' } }),
    ).toBeUndefined();
    expect(minimaxBrandAdapter.extractInBandError?.({ choices: [] })).toBeUndefined();
    expect(
      minimaxBrandAdapter.extractInBandError?.({ base_resp: { status_code: '1008' } })?.statusCode,
    ).toBe(402);
  });

  it('non-stream: 1008 becomes a non-retryable 402 balance error', async () => {
    server.respond({ kind: 'json', body: errorBody(1008, 'insufficient balance') });
    const error = await generateText({
      model: ccapi.chat('MiniMax-M2.5'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.statusCode).toBe(402);
    expect(apiError.isRetryable).toBe(false);
    expect(apiError.message).toMatch(/balance/i);
    expect(apiError.responseBody).toContain('insufficient balance');
  });

  it('non-stream: 1002 is a retryable 429 (the AI SDK retries it)', async () => {
    server.respond({ kind: 'json', body: errorBody(1002, 'rate limit exceeded') });
    const before = server.requests.length;
    const error = await generateText({
      model: ccapi.chat('MiniMax-M2.5'),
      prompt: 'hi',
      maxRetries: 1,
    }).catch((caught: unknown) => caught);
    expect(server.requests.length - before).toBe(2);
    const last = (error as { lastError?: unknown }).lastError ?? error;
    expect((last as APICallError).statusCode).toBe(429);
    expect((last as APICallError).isRetryable).toBe(true);
  });

  it('non-stream: 1026 is a 400 content-policy error carrying MiniMax’s message', async () => {
    server.respond({ kind: 'json', body: errorBody(1026, 'input new_sensitive') });
    const error = (await generateText({
      model: ccapi.chat('MiniMax-M2.5'),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught)) as APICallError;
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/content policy/);
    expect(error.message).toContain('input new_sensitive');
  });

  it('stream: a JSON base_resp answer to a stream request throws before streaming', async () => {
    server.respond({ kind: 'json', body: errorBody(1004, 'login fail') });
    const errors: unknown[] = [];
    const result = streamText({
      model: ccapi.chat('MiniMax-M2.5'),
      prompt: 'hi',
      maxRetries: 0,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    for await (const _ of result.fullStream) {
      // drain
    }
    expect((errors[0] as APICallError).statusCode).toBe(401);
  });

  it('stream: a chunk carrying only a non-zero base_resp becomes an error part', async () => {
    const chunk = JSON.parse(errorBody(2056, 'usage limit exceeded'));
    server.respond({
      kind: 'sse',
      body: `data: ${JSON.stringify(chunk)}\n\ndata: ${JSON.stringify({ id: 'x', choices: [], usage: { prompt_tokens: 3, completion_tokens: 0, total_tokens: 3 } })}\n\ndata: [DONE]\n\n`,
    });
    const { stream } = await ccapi.chat('MiniMax-M2.5').doStream({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
    });
    const reader = stream.getReader();
    const parts: any[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
    }
    const errors = parts.filter((part) => part.type === 'error');
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0].error)).toBe(true);
    expect(errors[0].error).toMatchObject({ statusCode: 429, isRetryable: true });
    expect(errors[0].error.message).toContain('usage limit exceeded');
    const finish = parts.find((part) => part.type === 'finish');
    expect(finish.finishReason.unified).toBe('error');
  });
});

// MiniMax tool-call stream lines as quoted from M2.7 by a Rust MiniMax client (2026-12-03-wire-rules.md#minimax):
// every delta repeats role/name/audio_content, continuations carry index but no id, ids look like
// call_function_<12>_<n>, `finish_reason: "tool_call"`, and a call may arrive whole in the finish
// chunk.
function toolStream(finishReason: string, content = '<think>\nNeed weather.\n</think>\n\n') {
  const base = {
    id: 'mm1',
    object: 'chat.completion.chunk',
    created: 1790000000,
    model: 'MiniMax-M2.7',
  };
  const delta = (fields: Record<string, unknown>, finish?: string) => ({
    ...base,
    choices: [
      {
        index: 0,
        delta: { ...fields, role: 'assistant', name: 'MiniMax AI', audio_content: '' },
        ...(finish ? { finish_reason: finish } : {}),
      },
    ],
    usage: null,
    input_sensitive: false,
    output_sensitive: false,
  });
  const chunks = [
    delta({ content: content.slice(0, 9) }),
    delta({ content: content.slice(9) }),
    delta({
      tool_calls: [
        {
          id: 'call_function_jpaq2z2bgfh7_1',
          type: 'function',
          index: 0,
          function: { name: 'weather', arguments: '{"city":' },
        },
      ],
    }),
    delta({ tool_calls: [{ function: { arguments: '"Paris"}' }, index: 0 }] }),
    delta(
      {
        tool_calls: [
          {
            id: 'call_function_jpaq2z2bgfh7_2',
            type: 'function',
            index: 1,
            function: { name: 'time', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      finishReason,
    ),
    {
      ...base,
      choices: [],
      usage: {
        total_tokens: 120,
        total_characters: 0,
        prompt_tokens: 100,
        completion_tokens: 20,
        completion_tokens_details: { reasoning_tokens: 4 },
        prompt_tokens_details: { cached_tokens: 0 },
      },
      base_resp: { status_code: 0, status_msg: '' },
    },
  ];
  return chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('');
}

describe('MiniMax tool calls', () => {
  it.each(['tool_call', 'tool_calls', 'stop'])(
    'finish_reason %s with tool calls → tool-calls; ids kept; whole call in the finish chunk',
    async (raw) => {
      server.respond({ kind: 'sse', body: toolStream(raw) });
      const result = streamText({
        model: ccapi.chat('MiniMax-M2.7'),
        prompt: 'weather and time in Paris',
        tools: {
          weather: tool({ inputSchema: weather.inputSchema }),
          time: tool({ inputSchema: time.inputSchema }),
        },
      });
      const calls = await result.toolCalls;
      expect(calls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual([
        ['call_function_jpaq2z2bgfh7_1', 'weather', { city: 'Paris' }],
        ['call_function_jpaq2z2bgfh7_2', 'time', { city: 'Paris' }],
      ]);
      expect(await result.finishReason).toBe('tool-calls');
      expect(await result.rawFinishReason).toBe(raw);
      expect(await result.reasoningText).toBe('Need weather.');
      expect(await result.text).toBe('');
    },
  );

  it('maps tool_call itself; leaves other reasons to the core', () => {
    expect(minimaxBrandAdapter.mapFinishReason?.('tool_call')).toBe('tool-calls');
    expect(minimaxBrandAdapter.mapFinishReason?.('stop')).toBeUndefined();
  });

  for (const mode of ['generateText', 'streamText'] as const) {
    it(`${mode}: the second step sends the raw <think> block as the assistant content, with the calls and results`, async () => {
      const content = '<think>\nNeed weather.\n</think>\n\n';
      server.respond(
        { kind: 'sse', body: toolStream('tool_call', content) },
        { kind: 'sse', body: toolStream('stop', '<think>\nDone.\n</think>\n\nIt is 21 in Paris.') },
      );
      server.requests.length = 0;
      const settings = {
        model: ccapi.chat('MiniMax-M2.7'),
        prompt: 'weather and time in Paris',
        tools: { weather, time },
        stopWhen: stepCountIs(2),
      };
      if (mode === 'generateText') {
        server.respond({ kind: 'json', body: toolJson(content) }, { kind: 'json', body: ANSWER });
        await generateText(settings);
      } else {
        const result = streamText(settings);
        await result.consumeStream();
      }
      expect(server.requests).toHaveLength(2);
      const messages = server.requests[1]!.body.messages;
      expect(messages.map((message: any) => message.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'tool',
      ]);
      expect(messages[1]).toEqual({
        role: 'assistant',
        content,
        tool_calls: [
          {
            id: 'call_function_jpaq2z2bgfh7_1',
            type: 'function',
            function: { name: 'weather', arguments: '{"city":"Paris"}' },
          },
          {
            id: 'call_function_jpaq2z2bgfh7_2',
            type: 'function',
            function: { name: 'time', arguments: '{"city":"Paris"}' },
          },
        ],
      });
      expect(messages[2]).toEqual({
        role: 'tool',
        tool_call_id: 'call_function_jpaq2z2bgfh7_1',
        content: '{"city":"Paris","temperature":21}',
      });
      expect(messages[3]).toEqual({
        role: 'tool',
        tool_call_id: 'call_function_jpaq2z2bgfh7_2',
        content: '09:30',
      });
    });
  }
});

function toolJson(content: string) {
  return JSON.stringify({
    id: 'mm2',
    object: 'chat.completion',
    model: 'MiniMax-M2.7',
    choices: [
      {
        index: 0,
        finish_reason: 'tool_calls',
        message: {
          role: 'assistant',
          name: 'MiniMax AI',
          audio_content: '',
          content,
          tool_calls: [
            {
              id: 'call_function_jpaq2z2bgfh7_1',
              type: 'function',
              function: { name: 'weather', arguments: '{"city":"Paris"}' },
            },
            {
              id: 'call_function_jpaq2z2bgfh7_2',
              type: 'function',
              function: { name: 'time', arguments: '{"city":"Paris"}' },
            },
          ],
        },
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, total_characters: 0 },
    base_resp: { status_code: 0, status_msg: '' },
  });
}
