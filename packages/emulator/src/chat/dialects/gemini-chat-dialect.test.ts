import { describe, expect, it } from 'vitest';
import {
  type AnyChunk,
  cityTool,
  joinContent,
  joinReasoning,
  userMessage,
} from '../chat-test-client';
import { resolveChatDialect } from './chat-dialects';
import { useDialectEmulator } from './dialect-test-kit';
import { issuedSignature } from './gemini-chat-dialect';

const dialect = useDialectEmulator('gemini', { model: 'gemini-2.5-flash' });

const tool = cityTool;
const tools = [tool('get_weather'), tool('get_time')];
const user = userMessage;
const thinking = (config: Record<string, unknown>) => ({
  extra_body: { google: { thinking_config: config } },
});

const stream = async (body: Record<string, unknown>) => (await dialect.stream(body)).chunks;

const post = dialect.post;

const reasoningOf = joinReasoning;
const toolDeltas = (chunks: AnyChunk[]) =>
  chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []);

describe('gemini dialect: selection', () => {
  it.each(['gemini-2.5-flash', 'google/gemini-3-pro-preview', 'gemini-3-pro-preview~passthrough'])(
    '%s → gemini',
    (id) => {
      expect(resolveChatDialect(id).name).toBe('gemini');
    },
  );
});

describe('gemini dialect: the relay stream (current build)', () => {
  it('text: chatcmpl- id, start chunk, text in a few events, trailing stop chunk, usage chunk with system_fingerprint ""', async () => {
    const chunks = await stream({ messages: [user('Say hello to Ada, Grace and Linus please')] });
    const first = chunks[0];
    expect(first.id).toMatch(/^chatcmpl-/);
    expect(first.system_fingerprint).toBeNull();
    expect(first.choices[0]).toEqual({
      delta: { content: '', role: 'assistant' },
      logprobs: null,
      finish_reason: null,
      index: 0,
    });
    expect(joinContent(chunks)).toBe('Echo: Say hello to Ada, Grace and Linus please');
    expect(chunks.filter((c) => c.choices[0]?.delta?.content).length).toBeGreaterThan(1);
    expect(chunks.at(-2).choices[0]).toEqual({
      delta: {},
      logprobs: null,
      finish_reason: 'stop',
      index: 0,
    });
    const usage = chunks.at(-1);
    expect(usage.system_fingerprint).toBe('');
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toMatchObject({
      input_tokens: 0,
      output_tokens: 0,
      input_tokens_details: null,
    });
  });

  it('thinking only from extra_body.google.thinking_config; completion_tokens include thoughts', async () => {
    const chunks = await stream({
      messages: [user('Think')],
      ...thinking({ thinking_budget: 1024, include_thoughts: true }),
    });
    expect(reasoningOf(chunks).length).toBeGreaterThan(0);
    const { usage } = chunks.at(-1);
    expect(usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(usage.completion_tokens).toBeGreaterThan(
      usage.completion_tokens_details.reasoning_tokens,
    );
    // A budget > 0 implies thoughts; include_thoughts:false wins; reasoning_effort is ignored.
    expect(
      reasoningOf(
        await stream({ messages: [user('Think')], ...thinking({ thinking_budget: 2048 }) }),
      ),
    ).not.toBe('');
    expect(
      reasoningOf(
        await stream({
          messages: [user('Think')],
          ...thinking({ thinking_budget: 2048, include_thoughts: false }),
        }),
      ),
    ).toBe('');
    expect(reasoningOf(await stream({ messages: [user('Think')], reasoning_effort: 'high' }))).toBe(
      '',
    );
  });

  it('tool calls after thoughts: whole, dense index, call_<32 hex>, finish tool_calls on each and on the trailing chunk', async () => {
    const chunks = await stream({
      model: 'gemini-3-pro-preview',
      messages: [user('Use get_weather and get_time for Paris')],
      tools,
      ...thinking({ thinking_level: 'high', include_thoughts: true }),
    });
    const callChunks = chunks.filter((c) => c.choices[0]?.delta?.tool_calls);
    expect(callChunks).toHaveLength(2);
    callChunks.forEach((c, index) => {
      expect(c.choices[0].finish_reason).toBe('tool_calls');
      expect(c.choices[0].delta.content).toBe('');
      const [call] = c.choices[0].delta.tool_calls;
      expect(call.index).toBe(index);
      expect(call.id).toMatch(/^call_[0-9a-f]{32}$/);
      expect(JSON.parse(call.function.arguments)).toEqual({ city: 'Paris' });
    });
    expect(chunks.at(-2).choices[0]).toMatchObject({ delta: {}, finish_reason: 'tool_calls' });
  });

  it('a call in the first event is split: id+name with "" on the start chunk, then an id-less type:null delta', async () => {
    const chunks = await stream({ messages: [user('Use get_weather for Rome')], tools });
    expect(chunks[0].choices[0].delta).toMatchObject({ content: '', role: 'assistant' });
    const [start] = chunks[0].choices[0].delta.tool_calls;
    expect(start).toMatchObject({
      index: 0,
      type: 'function',
      function: { name: 'get_weather', arguments: '' },
    });
    expect(start.id).toMatch(/^call_[0-9a-f]{32}$/);
    expect(chunks[1].choices[0].delta.tool_calls).toEqual([
      { index: 0, type: null, function: { arguments: '{"city":"Rome"}' } },
    ]);
    expect(chunks[1].choices[0].finish_reason).toBeNull();
    expect(chunks.at(-2).choices[0].finish_reason).toBe('tool_calls');
  });

  it('MAX_TOKENS: length on the last content chunk, no trailing stop chunk', async () => {
    const chunks = await stream({
      messages: [user('Write a very long story about the sea')],
      max_tokens: 3,
    });
    const finishes = chunks.map((c) => c.choices[0]?.finish_reason).filter((f) => f != null);
    expect(finishes).toEqual(['length']);
    const last = chunks.at(-2);
    expect(last.choices[0].delta.content.length).toBeGreaterThan(0);
  });

  it('non-stream: content "" with tools, reasoning_content, gateway call ids, relay usage', async () => {
    const { status, body } = await post({
      messages: [user('Use get_weather for Lima')],
      tools,
      ...thinking({ thinking_budget: 1024 }),
    });
    expect(status).toBe(200);
    const message = body.choices[0].message;
    expect(message.content).toBe('');
    expect(message.reasoning_content).toMatch(/get_weather/);
    expect(message.tool_calls[0].id).toMatch(/^call_[0-9a-f]{32}$/);
    expect(body.choices[0].finish_reason).toBe('tool_calls');
    expect(body.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });
});

describe('gemini dialect: request rules (relay)', () => {
  const rejects = async (body: Record<string, unknown>, status: number, text: RegExp | string) => {
    const { status: actual, body: error } = await post(body);
    expect(actual).toBe(status);
    expect(error.error.message).toMatch(text);
    expect(error.error.message).toMatch(/\(request id: \d+\)$/);
    return error.error;
  };

  it('camelCase thinking keys are rejected (the relay reads snake_case only)', async () => {
    await rejects(
      {
        messages: [user('hi')],
        extra_body: { google: { thinkingConfig: { thinkingBudget: 100 } } },
      },
      400,
      /thinkingConfig/,
    );
    await rejects(
      { messages: [user('hi')], ...thinking({ thinkingBudget: 100 }) },
      400,
      /thinkingBudget/,
    );
  });

  it('thinking_level and thinking_budget together → Gemini 400 (upstream_error, numeric code)', async () => {
    const error = await rejects(
      {
        model: 'gemini-3-pro-preview',
        messages: [user('hi')],
        ...thinking({ thinking_level: 'high', thinking_budget: 1024 }),
      },
      400,
      /only one of thinking budget and thinking level/,
    );
    expect(error.type).toBe('upstream_error');
    expect(error.code).toBe(400);
  });

  it('budget 0 where thinking cannot be off; out-of-range budgets; levels a model lacks', async () => {
    await rejects(
      { model: 'gemini-2.5-pro', messages: [user('hi')], ...thinking({ thinking_budget: 0 }) },
      400,
      'Budget 0 is invalid. This model only works in thinking mode.',
    );
    expect(
      (await post({ messages: [user('hi')], ...thinking({ thinking_budget: 0 }) })).status,
    ).toBe(200);
    await rejects(
      { messages: [user('hi')], ...thinking({ thinking_budget: 99999 }) },
      400,
      /between 1 and 24576/,
    );
    await rejects(
      { messages: [user('hi')], ...thinking({ thinking_level: 'high' }) },
      400,
      /Thinking level is not supported/,
    );
    await rejects(
      {
        model: 'gemini-3-pro-preview',
        messages: [user('hi')],
        ...thinking({ thinking_level: 'medium' }),
      },
      400,
      /MEDIUM/,
    );
    expect(
      (
        await post({
          model: 'gemini-3-flash-preview',
          messages: [user('hi')],
          ...thinking({ thinking_level: 'medium' }),
        })
      ).status,
    ).toBe(200);
  });

  it('tool arguments that are not JSON fail the conversion (500 convert_request_failed)', async () => {
    const error = await rejects(
      {
        messages: [
          user('x'),
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'get_weather', arguments: '{oops' },
              },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '1' },
        ],
        tools,
      },
      500,
      /invalid tool call arguments/,
    );
    expect(error.code).toBe('convert_request_failed');
  });

  it('the relay injects its own signatures: a Gemini 3 tool loop without extra_content is accepted', async () => {
    const { status } = await post({
      model: 'gemini-3-pro-preview',
      messages: [
        user('Use get_weather for Paris'),
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '21 C' },
      ],
      tools,
    });
    expect(status).toBe(200);
  });
});

describe("gemini dialect: pass-through variant (Google's own OpenAI-compat shape)", () => {
  const model = 'gemini-3-pro-preview~passthrough';

  it('stream: no index, function-call-<digits> ids, separate chunks, signature on the first call only, stop after tool calls', async () => {
    const chunks = await stream({
      model,
      messages: [user('Use get_weather and get_time for Paris')],
      tools,
    });
    expect(chunks[0].id).not.toMatch(/^chatcmpl-/);
    expect(chunks[0]).not.toHaveProperty('system_fingerprint');
    const calls = toolDeltas(chunks);
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).not.toHaveProperty('index');
      expect(call.id).toMatch(/^function-call-\d{17}$/);
      expect(JSON.parse(call.function.arguments)).toEqual({ city: 'Paris' });
    }
    expect(chunks.filter((c) => c.choices[0]?.delta?.tool_calls)).toHaveLength(2);
    expect(calls[0].extra_content).toEqual({
      google: { thought_signature: issuedSignature(calls[0].id) },
    });
    expect(calls[1]).not.toHaveProperty('extra_content');
    const finishes = chunks.map((c) => c.choices[0]?.finish_reason).filter((f) => f != null);
    expect(finishes).toEqual(['stop']);
    expect(chunks.at(-1).choices).toEqual([]);
    expect(chunks.at(-1).usage).toEqual(
      expect.objectContaining({ prompt_tokens: expect.any(Number) }),
    );
  });

  it('non-stream: no content key on a tool-only message, finish tool_calls', async () => {
    const { body } = await post({ model, messages: [user('Use get_weather for Paris')], tools });
    const message = body.choices[0].message;
    expect(message).not.toHaveProperty('content');
    expect(message.tool_calls[0].extra_content.google.thought_signature).toBe(
      issuedSignature(message.tool_calls[0].id),
    );
    expect(body.choices[0].finish_reason).toBe('tool_calls');
  });

  async function turnTwo(mutate: (calls: any[]) => void) {
    const { body } = await post({
      model,
      messages: [user('Use get_weather and get_time for Paris')],
      tools,
    });
    const calls = structuredClone(body.choices[0].message.tool_calls);
    mutate(calls);
    return post({
      model,
      tools,
      messages: [
        user('Use get_weather and get_time for Paris'),
        { role: 'assistant', content: null, tool_calls: calls },
        ...calls.map((call: any) => ({ role: 'tool', tool_call_id: call.id, content: '21' })),
      ],
    });
  }

  it('Gemini 3: the signature given back exactly (first call only) is accepted', async () => {
    expect((await turnTwo(() => {})).status).toBe(200);
  });

  it("Gemini 3: a call missing its signature → Google's 400", async () => {
    const { status, body } = await turnTwo((calls) => {
      delete calls[0].extra_content;
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(
      /^Function call is missing a thought_signature in functionCall parts\. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance\. Additional data, function call `default_api:get_weather` , position 2\. Please refer to https:\/\/ai\.google\.dev\/gemini-api\/docs\/thought-signatures for more details\./,
    );
  });

  it('Gemini 3: the first signature copied onto the parallel call is rejected', async () => {
    const { status, body } = await turnTwo((calls) => {
      calls[1].extra_content = calls[0].extra_content;
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/Corrupted thought signature/);
  });

  it('earlier turns are not checked, and Gemini 2.5 does not require signatures', async () => {
    const history = [
      user('Use get_weather for Paris'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'function-call-1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'function-call-1', content: '21' },
      { role: 'assistant', content: 'It is 21.' },
      user('And Rome?'),
    ];
    expect((await post({ model, messages: history, tools })).status).toBe(200);
    expect(
      (await post({ model: 'gemini-2.5-flash~passthrough', messages: history.slice(0, 3), tools }))
        .status,
    ).toBe(200);
  });
});
