import { describe, expect, it } from 'vitest';
import { type AnyChunk, cityTool, joinContent, postChat, userMessage } from '../chat-test-client';
import { resolveChatDialect } from './chat-dialects';
import { DEEPSEEK_REASONING_PASSBACK_ERROR } from './deepseek-chat-dialect';
import { useDialectEmulator } from './dialect-test-kit';

const dialect = useDialectEmulator('deepseek');

const weatherTool = cityTool('get_weather');
const timeTool = cityTool('get_time');
const user = userMessage;

const stream = dialect.stream;

const generate = (body: Record<string, unknown>) => dialect.post({ ...body, stream: false });

const deltas = (chunks: AnyChunk[]) => chunks.map((chunk) => chunk.choices[0].delta);
const reasoningOf = (chunks: AnyChunk[]) =>
  deltas(chunks)
    .map((delta) => delta.reasoning_content ?? '')
    .join('');

/** A turn-1 tool call from the emulator, as a client would send it back. */
async function firstToolTurn(model: string, extra: Record<string, unknown> = {}) {
  const { body } = await generate({
    model,
    messages: [user('What is the weather in Paris? Use get_weather.')],
    tools: [weatherTool],
    ...extra,
  });
  const message = body.choices[0].message;
  return {
    assistant: message,
    toolResults: message.tool_calls.map((call: AnyChunk) => ({
      role: 'tool',
      tool_call_id: call.id,
      content: '{"temperature":21}',
    })),
  };
}

describe('deepseek dialect selection', () => {
  it.each(['deepseek-v3.2', 'deepseek/deepseek-chat', 'deepseek-reasoner', 'deepseek-v4-pro'])(
    '%s is served by the deepseek dialect',
    (modelId) => {
      expect(resolveChatDialect(modelId).name).toBe('deepseek');
    },
  );
});

describe('deepseek stream shape', () => {
  it('thinking mode: keep-alive, empty reasoning first chunk, reasoning then answer, usage in finish', async () => {
    const { text, chunks } = await stream({
      model: 'deepseek-v3.2',
      thinking: { type: 'enabled' },
      messages: [user('Say hello to Ada')],
    });
    expect(text.startsWith(': keep-alive\n\n')).toBe(true);
    expect(text.match(/^: keep-alive$/gm)?.length).toBe(2);

    expect(chunks[0].choices[0].delta).toEqual({
      role: 'assistant',
      content: null,
      reasoning_content: '',
    });
    const body = chunks.slice(1, -1);
    const reasoningDeltas = deltas(body).filter(
      (delta) => typeof delta.reasoning_content === 'string',
    );
    const answerDeltas = deltas(body).filter((delta) => typeof delta.content === 'string');
    expect(reasoningDeltas.every((delta) => delta.content === null)).toBe(true);
    expect(answerDeltas.every((delta) => delta.reasoning_content === null)).toBe(true);
    // Reasoning never interleaves with the answer.
    const lastReasoning = deltas(body).findLastIndex(
      (d) => typeof d.reasoning_content === 'string',
    );
    const firstAnswer = deltas(body).findIndex((d) => typeof d.content === 'string');
    expect(lastReasoning).toBeLessThan(firstAnswer);
    expect(reasoningOf(chunks)).toContain('Say hello to Ada');
    expect(joinContent(chunks)).toBe('Echo: Say hello to Ada');

    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.usage).toBeNull();
      expect(chunk.choices[0].finish_reason).toBeNull();
      expect(chunk.choices[0].logprobs).toBeNull();
    }
    const finish = chunks.at(-1);
    expect(finish.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(finish.system_fingerprint).toMatch(/^fp_/);
    expect(finish.choices[0]).toEqual({
      index: 0,
      delta: { content: '', reasoning_content: null },
      logprobs: null,
      finish_reason: 'stop',
    });
    const usage = finish.usage;
    expect(usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(usage.completion_tokens).toBeGreaterThan(
      usage.completion_tokens_details.reasoning_tokens,
    );
    expect(usage.prompt_cache_hit_tokens + usage.prompt_cache_miss_tokens).toBe(
      usage.prompt_tokens,
    );
    expect(usage.prompt_tokens_details.cached_tokens).toBe(usage.prompt_cache_hit_tokens);
    // No separate `choices: []` usage chunk.
    expect(chunks.filter((chunk) => chunk.choices.length === 0)).toEqual([]);
  });

  it('non-thinking mode (deepseek-chat): no reasoning keys, no reasoning usage details', async () => {
    const { chunks } = await stream({ model: 'deepseek-chat', messages: [user('Say hello')] });
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.every((chunk) => !('reasoning_content' in chunk.choices[0].delta))).toBe(true);
    expect(chunks.at(-1).usage.completion_tokens_details).toBeUndefined();
    expect(chunks.at(-1).usage.prompt_cache_miss_tokens).toBeGreaterThan(0);
  });

  it('V4 thinks by default; thinking disabled or the -none suffix turns it off', async () => {
    expect(
      reasoningOf((await stream({ model: 'deepseek-v4-pro', messages: [user('hi')] })).chunks),
    ).not.toBe('');
    expect(
      reasoningOf(
        (
          await stream({
            model: 'deepseek-v4-pro',
            thinking: { type: 'disabled' },
            messages: [user('hi')],
          })
        ).chunks,
      ),
    ).toBe('');
    expect(
      reasoningOf(
        (
          await stream({
            model: 'deepseek-v4-pro-none',
            thinking: { type: 'enabled' },
            messages: [user('hi')],
          })
        ).chunks,
      ),
    ).toBe('');
  });

  it('tool calls: call_NN_ ids on the first delta, arguments in fragments, parallel by index', async () => {
    const { chunks } = await stream({
      model: 'deepseek-reasoner',
      messages: [user('Use get_weather and get_time for Paris.')],
      tools: [weatherTool, timeTool],
    });
    const toolDeltas = deltas(chunks).flatMap((delta) => delta.tool_calls ?? []);
    const starts = toolDeltas.filter((call: AnyChunk) => call.id != null);
    expect(
      starts.map((call: AnyChunk) => [call.index, call.function.name, call.function.arguments]),
    ).toEqual([
      [0, 'get_weather', ''],
      [1, 'get_time', ''],
    ]);
    expect(starts[0].id).toMatch(/^call_00_[A-Za-z0-9]{24}$/);
    expect(starts[1].id).toMatch(/^call_01_[A-Za-z0-9]{24}$/);
    for (const index of [0, 1]) {
      const fragments = toolDeltas.filter(
        (call: AnyChunk) => call.index === index && call.id == null,
      );
      expect(fragments.length).toBeGreaterThan(1);
      expect(
        fragments.every((call: AnyChunk) => Object.keys(call).join() === 'index,function'),
      ).toBe(true);
      expect(
        JSON.parse(fragments.map((call: AnyChunk) => call.function.arguments).join('')),
      ).toEqual({
        city: 'Paris',
      });
    }
    expect(chunks.at(-1).choices[0].finish_reason).toBe('tool_calls');
  });

  it('include_usage false still leaves usage in the finish chunk (it is not a usage-only chunk)', async () => {
    const { chunks } = await stream({
      model: 'deepseek-chat',
      messages: [user('hi')],
      stream_options: { include_usage: false },
    });
    expect(chunks.at(-1).usage.prompt_tokens).toBeGreaterThan(0);
  });
});

describe('deepseek non-stream shape', () => {
  it('tool turn: content "", reasoning_content, tool_calls with index', async () => {
    const { status, body } = await generate({
      model: 'deepseek-v3.2',
      thinking: { type: 'enabled' },
      messages: [user('What is the weather in Paris? Use get_weather.')],
      tools: [weatherTool],
    });
    expect(status).toBe(200);
    const message = body.choices[0].message;
    expect(message.content).toBe('');
    expect(message.reasoning_content).toContain('get_weather');
    expect(message.tool_calls).toEqual([
      {
        index: 0,
        id: expect.stringMatching(/^call_00_[A-Za-z0-9]{24}$/),
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      },
    ]);
    expect(body.choices[0].finish_reason).toBe('tool_calls');
    expect(body.usage).toMatchObject({
      prompt_cache_hit_tokens: expect.any(Number),
      prompt_cache_miss_tokens: expect.any(Number),
      completion_tokens_details: { reasoning_tokens: expect.any(Number) },
    });
    expect(body.system_fingerprint).toMatch(/^fp_/);
  });

  it('the second turn of a conversation reads cache hits', async () => {
    const { assistant, toolResults } = await firstToolTurn('deepseek-chat');
    const { body } = await generate({
      model: 'deepseek-chat',
      messages: [user('What is the weather in Paris? Use get_weather.'), assistant, ...toolResults],
      tools: [weatherTool],
    });
    expect(body.usage.prompt_cache_hit_tokens).toBeGreaterThan(0);
    expect(body.choices[0].message.content).toContain('21');
  });
});

describe('deepseek finish reasons on request (emulator suffix)', () => {
  it('~finish:insufficient_system_resource cuts the answer with that finish reason', async () => {
    const model = 'deepseek-v3.2~finish:insufficient_system_resource';
    const { chunks } = await stream({ model, messages: [user('Say hello to Ada Lovelace')] });
    expect(chunks.at(-1).choices[0].finish_reason).toBe('insufficient_system_resource');
    expect(chunks.every((chunk) => chunk.model === 'deepseek-v3.2')).toBe(true);
    const text = joinContent(chunks);
    expect('Echo: Say hello to Ada Lovelace'.startsWith(text)).toBe(true);
    expect(text.length).toBeLessThan('Echo: Say hello to Ada Lovelace'.length);

    const { body } = await generate({ model, messages: [user('hi')] });
    expect(body.choices[0].finish_reason).toBe('insufficient_system_resource');
    expect(body.model).toBe('deepseek-v3.2');
  });
});

describe('deepseek request rules', () => {
  const expectPassBackError = (status: number, body: AnyChunk) => {
    expect(status).toBe(400);
    expect(body.error.message).toMatch(
      /^The `reasoning_content` in the thinking mode must be passed back to the API\. \(request id: \d+\)$/,
    );
    expect(body.error.message.startsWith(DEEPSEEK_REASONING_PASSBACK_ERROR)).toBe(true);
    expect(body.error).toMatchObject({
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_request_error',
    });
  };

  it('thinking mode: a tool-loop turn without reasoning_content is rejected', async () => {
    const { assistant, toolResults } = await firstToolTurn('deepseek-v3.2', {
      thinking: { type: 'enabled' },
    });
    const { reasoning_content: reasoning, ...withoutReasoning } = assistant;
    expect(typeof reasoning).toBe('string');
    const messages = (message: object) => [
      user('What is the weather in Paris? Use get_weather.'),
      message,
      ...toolResults,
    ];

    const rejected = await generate({
      model: 'deepseek-v3.2',
      thinking: { type: 'enabled' },
      messages: messages(withoutReasoning),
      tools: [weatherTool],
    });
    expectPassBackError(rejected.status, rejected.body);

    const streamed = await postChat(dialect.emulator, {
      model: 'deepseek-v3.2',
      thinking: { type: 'enabled' },
      messages: messages({ ...withoutReasoning, reasoning_content: null }),
      tools: [weatherTool],
      stream: true,
    });
    expectPassBackError(streamed.status, await streamed.json());

    for (const reasoningContent of [reasoning, '']) {
      const accepted = await generate({
        model: 'deepseek-v3.2',
        thinking: { type: 'enabled' },
        messages: messages({ ...withoutReasoning, reasoning_content: reasoningContent }),
        tools: [weatherTool],
      });
      expect(accepted.status).toBe(200);
    }

    // Without thinking nothing needs to come back.
    const off = await generate({
      model: 'deepseek-v3.2',
      thinking: { type: 'disabled' },
      messages: messages(withoutReasoning),
      tools: [weatherTool],
    });
    expect(off.status).toBe(200);
  });

  it('V3.2 checks the current user turn only; V4 checks the whole history', async () => {
    const history = (model: string) => [
      user('What is the weather in Paris? Use get_weather.'),
      {
        role: 'assistant',
        content: '',
        tool_calls: [
          {
            id: 'call_00_a',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_00_a', content: '21' },
      { role: 'assistant', content: 'It is 21.' },
      user(`Thanks (${model})`),
    ];
    const v3 = await generate({ model: 'deepseek-reasoner', messages: history('v3') });
    expect(v3.status).toBe(200);
    const v4 = await generate({ model: 'deepseek-v4-flash', messages: history('v4') });
    expectPassBackError(v4.status, v4.body);
  });

  it('V3.2 thinking mode rejects logprobs; V4 and non-thinking accept them', async () => {
    const rejected = await generate({
      model: 'deepseek-reasoner',
      messages: [user('hi')],
      logprobs: true,
    });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.message).toMatch(/does not support the parameter `logprobs`/);
    expect(
      (await generate({ model: 'deepseek-v4-pro', messages: [user('hi')], logprobs: true })).status,
    ).toBe(200);
    expect(
      (await generate({ model: 'deepseek-chat', messages: [user('hi')], logprobs: true })).status,
    ).toBe(200);
  });

  it('json_schema response formats are rejected; json_object works', async () => {
    const rejected = await generate({
      model: 'deepseek-chat',
      messages: [user('Give json')],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'x', schema: { type: 'object' } },
      },
    });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.message).toMatch(/^This response_format type is unavailable now/);

    const accepted = await generate({
      model: 'deepseek-chat',
      messages: [user('Give json')],
      response_format: { type: 'json_object' },
    });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body.choices[0].message.content)).toHaveProperty('answer');
  });

  it('tool messages must answer a preceding tool call', async () => {
    const { status, body } = await generate({
      model: 'deepseek-chat',
      messages: [user('hi'), { role: 'tool', tool_call_id: 'call_00_x', content: '1' }],
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/role 'tool' must be a response/);
  });
});
