import { describe, expect, it } from 'vitest';
import { cityTool, joinContent, joinReasoning, userMessage } from '../chat-test-client';
import { resolveChatDialect } from './chat-dialects';
import { relayThinking } from './claude-chat-dialect';
import { useDialectEmulator } from './dialect-test-kit';

const dialect = useDialectEmulator('claude', { model: 'claude-sonnet-4-6' });

const tool = cityTool;
const tools = [tool('get_weather'), tool('get_time')];
const user = userMessage;

const stream = async (body: Record<string, unknown>) => (await dialect.stream(body)).chunks;

const post = dialect.post;

const reasoningOf = joinReasoning;

/** A tool loop in progress: the last assistant turn called a tool that the result answers. */
const toolLoop = [
  user('Weather in Paris? Use get_weather.'),
  {
    role: 'assistant',
    content: null,
    tool_calls: [
      {
        id: 'toolu_01A',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      },
    ],
  },
  { role: 'tool', tool_call_id: 'toolu_01A', content: '21 C' },
];

describe('claude dialect: selection', () => {
  it.each([
    'claude-sonnet-4-6',
    'anthropic/claude-opus-4-6',
    'claude-haiku-4-5-20251001',
    'claude-sonnet-4-5-thinking',
  ])('%s → claude', (modelId) => {
    expect(resolveChatDialect(modelId).name).toBe('claude');
  });
});

describe('claude dialect: the relay stream', () => {
  it('text: msg_ id, message_start, empty text block start, usage chunk in the relay format, [DONE]', async () => {
    const chunks = await stream({ messages: [user('Say hello to Ada')] });
    const first = chunks[0];
    expect(first.id).toMatch(/^msg_01[A-Za-z0-9]{22}$/);
    expect(first.object).toBe('chat.completion.chunk');
    expect(first.system_fingerprint).toBeNull();
    expect(first.usage).toBeNull();
    expect(first.choices[0]).toEqual({
      delta: { content: '', role: 'assistant' },
      logprobs: null,
      finish_reason: null,
      index: 0,
    });
    expect(chunks[1].choices[0].delta).toEqual({ content: '' });
    expect(joinContent(chunks)).toBe('Echo: Say hello to Ada');
    expect(chunks.every((chunk) => chunk.id === first.id)).toBe(true);

    const finish = chunks.at(-2);
    expect(finish.choices[0]).toEqual({
      delta: {},
      logprobs: null,
      finish_reason: 'stop',
      index: 0,
    });
    const usage = chunks.at(-1);
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toMatchObject({
      usage_semantic: 'openai',
      usage_source: 'anthropic',
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
      input_tokens_details: null,
      claude_cache_creation_5_m_tokens: 0,
      claude_cache_creation_1_h_tokens: 0,
    });
    expect(usage.usage.prompt_tokens).toBeGreaterThan(0);
    expect(usage.usage.input_tokens).toBe(usage.usage.prompt_tokens);
    expect(usage.usage.total_tokens).toBe(
      usage.usage.prompt_tokens + usage.usage.completion_tokens,
    );
  });

  it('thinking from reasoning_effort: empty delta for the block start, reasoning_content, "\\n" for the signature, then text', async () => {
    const chunks = await stream({
      messages: [user('Think about the sky')],
      reasoning_effort: 'medium',
    });
    expect(chunks[1].choices[0].delta).toEqual({});
    const reasoning = reasoningOf(chunks);
    expect(reasoning.length).toBeGreaterThan(1);
    expect(reasoning.endsWith('\n')).toBe(true);
    const lastReasoning = chunks.findLastIndex(
      (c) => c.choices[0]?.delta?.reasoning_content != null,
    );
    expect(chunks[lastReasoning].choices[0].delta).toEqual({ reasoning_content: '\n' });
    expect(chunks[lastReasoning + 1].choices[0].delta).toEqual({ content: '' });
    expect(joinContent(chunks)).toBe('Echo: Think about the sky');
    // Anthropic counts thinking into output tokens; reasoning_tokens stays 0.
    const usage = chunks.at(-1).usage;
    expect(usage.completion_tokens_details.reasoning_tokens).toBe(0);
  });

  it('tool calls: index = content-block index (thinking at 0 → calls at 1 and 2), toolu_ ids, "" then fragments', async () => {
    const chunks = await stream({
      messages: [user('Use get_weather and get_time for Paris')],
      tools,
      reasoning_effort: 'low',
    });
    const toolDeltas = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []);
    const starts = toolDeltas.filter((d: any) => d.id != null);
    expect(
      starts.map((d: any) => [d.index, d.function.name, d.function.arguments, d.type]),
    ).toEqual([
      [1, 'get_weather', '', 'function'],
      [2, 'get_time', '', 'function'],
    ]);
    for (const start of starts) expect(start.id).toMatch(/^toolu_01[A-Za-z0-9]{22}$/);
    for (const index of [1, 2]) {
      const rest = toolDeltas.filter((d: any) => d.index === index && d.id == null);
      expect(rest[0]).toEqual({ index, type: 'function', function: { arguments: '' } });
      expect(rest.length).toBeGreaterThan(2);
      expect(JSON.parse(rest.map((d: any) => d.function.arguments).join(''))).toEqual({
        city: 'Paris',
      });
    }
    expect(chunks.at(-2).choices[0]).toMatchObject({ delta: {}, finish_reason: 'tool_calls' });
  });

  it('without thinking the first tool_use block is 0', async () => {
    const chunks = await stream({ messages: [user('Use get_weather for Rome')], tools });
    const start = chunks
      .flatMap((c) => c.choices[0]?.delta?.tool_calls ?? [])
      .find((d: any) => d.id);
    expect(start.index).toBe(0);
    expect(reasoningOf(chunks)).toBe('');
  });

  it('the OpenAI `thinking` field is ignored (no reasoning), as by the relay', async () => {
    const chunks = await stream({
      messages: [user('hi')],
      thinking: { type: 'enabled', budget_tokens: 2000 },
    });
    expect(reasoningOf(chunks)).toBe('');
  });

  it('include_usage false drops the usage chunk', async () => {
    const chunks = await stream({
      messages: [user('hi')],
      stream_options: { include_usage: false },
    });
    expect(chunks.at(-1).choices[0].finish_reason).toBe('stop');
  });
});

describe('claude dialect: non-stream', () => {
  it('content "" and tool_calls without index; reasoning_content without the signature newline', async () => {
    const { status, body } = await post({
      messages: [user('Use get_weather for Oslo')],
      tools,
      reasoning_effort: 'high',
    });
    expect(status).toBe(200);
    expect(body.id).toMatch(/^msg_01/);
    const message = body.choices[0].message;
    expect(message.content).toBe('');
    expect(message.reasoning_content).toMatch(/get_weather/);
    expect(message.reasoning_content.endsWith('\n')).toBe(false);
    expect(message.tool_calls).toHaveLength(1);
    expect(message.tool_calls[0]).not.toHaveProperty('index');
    expect(message.tool_calls[0].id).toMatch(/^toolu_01/);
    expect(body.choices[0].finish_reason).toBe('tool_calls');
    expect(body.usage.usage_semantic).toBe('openai');
  });
});

describe('claude dialect: what Anthropic rejects (relayed 400s)', () => {
  const rejects = async (body: Record<string, unknown>, text: RegExp | string) => {
    const { status, body: error } = await post(body);
    expect(status).toBe(400);
    expect(error.error.type).toBe('invalid_request_error');
    expect(error.error.code).toBeNull();
    expect(error.error.message).toMatch(/\(request id: \d+\)$/);
    expect(error.error.message).toMatch(text);
  };

  it('a thinking tool loop: the relay cannot send thinking back', async () => {
    await rejects(
      { messages: toolLoop, tools, reasoning_effort: 'high' },
      'messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is enabled, a final `assistant` message must start with a thinking block',
    );
    await rejects(
      { model: 'claude-sonnet-4-5-thinking', messages: toolLoop, tools },
      /Expected `thinking`/,
    );
    await rejects(
      { messages: toolLoop, tools, reasoning: { max_tokens: 2000 } },
      /Expected `thinking`/,
    );
  });

  it('the same tool loop without thinking, or a closed loop with thinking, is accepted', async () => {
    expect((await post({ messages: toolLoop, tools })).status).toBe(200);
    const closed = [...toolLoop, { role: 'assistant', content: 'It is 21 C.' }, user('And Rome?')];
    expect((await post({ messages: closed, tools, reasoning_effort: 'high' })).status).toBe(200);
  });

  it('temperature other than 1, top_p below 0.95, top_k with thinking', async () => {
    await rejects(
      { messages: [user('hi')], reasoning_effort: 'low', temperature: 0.5 },
      /`temperature` may only be set to 1 when thinking is enabled/,
    );
    await rejects({ messages: [user('hi')], reasoning_effort: 'low', top_p: 0.5 }, /top_p/);
    await rejects({ messages: [user('hi')], reasoning_effort: 'low', top_k: 5 }, /top_k/);
    expect(
      (await post({ messages: [user('hi')], reasoning_effort: 'low', temperature: 1 })).status,
    ).toBe(200);
    // The -thinking suffix makes the relay force temperature 1 itself.
    expect(
      (
        await post({
          model: 'claude-sonnet-4-5-thinking',
          messages: [user('hi')],
          temperature: 0.2,
        })
      ).status,
    ).toBe(200);
  });

  it('max_tokens at or below the budget (the relay does not raise it for reasoning_effort)', async () => {
    await rejects(
      { messages: [user('hi')], reasoning_effort: 'high', max_tokens: 4096 },
      '`max_tokens` must be greater than `thinking.budget_tokens`',
    );
    expect(
      (await post({ messages: [user('hi')], reasoning_effort: 'high', max_tokens: 4097 })).status,
    ).toBe(200);
    await rejects({ messages: [user('hi')], reasoning: { max_tokens: 9000 } }, /max_tokens/); // default 8192
    await rejects(
      { messages: [user('hi')], reasoning: { max_tokens: 500 } },
      /greater than or equal to 1024/,
    );
  });

  it('a forced tool choice with thinking', async () => {
    await rejects(
      { messages: [user('hi')], tools, tool_choice: 'required', reasoning_effort: 'low' },
      'Thinking may not be enabled when tool_choice forces tool use.',
    );
  });

  it('budget thinking on Opus 4.7', async () => {
    await rejects(
      { model: 'claude-opus-4-7', messages: [user('hi')], reasoning_effort: 'high' },
      /thinking\.type\.enabled/,
    );
    expect((await post({ model: 'claude-opus-4-7-high', messages: [user('hi')] })).status).toBe(
      200,
    );
  });

  it('a developer role, temperature above 1, whitespace stop sequences', async () => {
    await rejects(
      {
        messages: [
          { role: 'system', content: 'x' },
          user('hi'),
          { role: 'developer', content: 'y' },
        ],
      },
      "messages.1.role: Input should be 'user' or 'assistant'",
    );
    await rejects({ messages: [user('hi')], temperature: 1.5 }, /temperature/);
    await rejects({ messages: [user('hi')], stop: ['\n'] }, /stop_sequences/);
  });

  it('tool arguments that are not a JSON object: the relay skips the call, orphaning its result', async () => {
    const loop = structuredClone(toolLoop) as any[];
    loop[1].tool_calls[0].function.arguments = '';
    await rejects(
      { messages: loop, tools },
      'unexpected `tool_use_id` found in `tool_result` blocks: toolu_01A',
    );
    loop[1].tool_calls[0].function.arguments = '{}';
    expect((await post({ messages: loop, tools })).status).toBe(200);
  });
});

describe('relayThinking', () => {
  it.each([
    [{ reasoning_effort: 'low' }, 1280],
    [{ reasoning_effort: 'medium' }, 2048],
    [{ reasoning_effort: 'high' }, 4096],
    [{ reasoning_effort: 'high', reasoning: { max_tokens: 3000 } }, 3000],
    [{ model: 'claude-sonnet-4-5-thinking', max_tokens: 10000 }, 8000],
  ])('%j → budget %i', (request, budget) => {
    expect(relayThinking({ model: 'claude-sonnet-4-6', ...request })?.budget).toBe(budget);
  });

  it.each([
    { reasoning_effort: 'minimal' },
    { reasoning_effort: 'xhigh' },
    { reasoning_effort: 'none' },
    { thinking: { type: 'enabled' } },
  ])('%j → no thinking', (request) => {
    expect(relayThinking({ model: 'claude-sonnet-4-6', ...request })).toBeUndefined();
  });
});
