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
import { GLM_ALWAYS_THINKS_ERROR, GLM_MESSAGES_ERROR } from './glm-chat-dialect';

const dialect = useDialectEmulator('glm');

const tool = cityTool;
const user = userMessage;

const stream = dialect.stream;

const generate = (body: Record<string, unknown>) => dialect.post({ ...body, stream: false });

const reasoningOf = joinReasoning;

describe('glm dialect selection', () => {
  it.each(['glm-5', 'zhipu/glm-5', 'z-ai/glm-4.7-flash', 'GLM-5.2'])('%s → glm', (modelId) => {
    expect(resolveChatDialect(modelId).name).toBe('glm');
  });
});

describe('glm stream shape', () => {
  it('timestamp ids, role on every delta, no finish_reason / usage keys until the last chunk', async () => {
    const { chunks } = await stream({ model: 'glm-5', messages: [user('Say hello to Ada')] });
    const last = chunks.at(-1);
    for (const chunk of chunks) {
      expect(chunk.id).toMatch(/^\d{14}[0-9a-f]{16}$/);
      expect(chunk.object).toBe('chat.completion.chunk');
    }
    for (const chunk of chunks.slice(0, -1)) {
      expect('finish_reason' in chunk.choices[0]).toBe(false);
      expect('usage' in chunk).toBe(false);
      expect(chunk.choices[0].delta.role).toBe('assistant');
    }
    expect(reasoningOf(chunks)).toContain('Say hello to Ada');
    expect(joinContent(chunks)).toBe('Echo: Say hello to Ada');
    expect(last.choices[0]).toEqual({
      index: 0,
      finish_reason: 'stop',
      delta: { role: 'assistant', content: '' },
    });
    expect(last.usage).toEqual({
      completion_tokens: expect.any(Number),
      completion_tokens_details: { reasoning_tokens: expect.any(Number) },
      prompt_tokens: expect.any(Number),
      prompt_tokens_details: { cached_tokens: expect.any(Number) },
      total_tokens: last.usage.prompt_tokens + last.usage.completion_tokens,
    });
    expect(last.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('whole tool calls, one chunk per call, parallel indexes 0 and 1', async () => {
    const { chunks } = await stream({
      model: 'glm-4.7-flash',
      messages: [user('Use get_weather and get_time for Paris.')],
      tools: [tool('get_weather'), tool('get_time')],
    });
    const toolChunks = chunks.filter((chunk) => chunk.choices[0].delta.tool_calls != null);
    expect(toolChunks).toHaveLength(2);
    toolChunks.forEach((chunk, index) => {
      const calls = chunk.choices[0].delta.tool_calls;
      expect(calls).toHaveLength(1);
      expect(calls[0]).toEqual({
        id: expect.stringMatching(/^call_[0-9a-f]{24}$/),
        index,
        type: 'function',
        function: {
          name: index === 0 ? 'get_weather' : 'get_time',
          arguments: '{"city":"Paris"}',
        },
      });
    });
    expect(chunks.at(-1).choices[0].finish_reason).toBe('tool_calls');
  });

  it('thinking: on by default from GLM-4.5, off when disabled or on GLM-4', async () => {
    expect(
      reasoningOf((await stream({ model: 'glm-4.5-air', messages: [user('hi')] })).chunks),
    ).not.toBe('');
    expect(
      reasoningOf(
        (await stream({ model: 'glm-5', thinking: { type: 'disabled' }, messages: [user('hi')] }))
          .chunks,
      ),
    ).toBe('');
    expect(
      reasoningOf((await stream({ model: 'glm-4-plus', messages: [user('hi')] })).chunks),
    ).toBe('');
    expect(
      reasoningOf(
        (await stream({ model: 'glm-5.2', reasoning_effort: 'none', messages: [user('hi')] }))
          .chunks,
      ),
    ).toBe('');
  });
});

describe('glm non-stream shape', () => {
  it('request_id, negative-decimal call ids with index, reasoning_content', async () => {
    const { status, body } = await generate({
      model: 'glm-5',
      messages: [user('Use get_weather and get_time for Paris.')],
      tools: [tool('get_weather'), tool('get_time')],
    });
    expect(status).toBe(200);
    expect(body.request_id).toBe(body.id);
    expect(body.id).toMatch(/^\d{14}[0-9a-f]{16}$/);
    const message = body.choices[0].message;
    expect(message.content).toBe('');
    expect(message.reasoning_content).toContain('get_weather');
    const ids = message.tool_calls.map((call: AnyChunk) => call.id);
    expect(ids[0]).toMatch(/^call_-\d{19}$/);
    expect(BigInt(ids[0].slice(6)) - BigInt(ids[1].slice(6))).toBe(1n);
    expect(message.tool_calls.map((call: AnyChunk) => call.index)).toEqual([0, 1]);
    expect(body.choices[0].finish_reason).toBe('tool_calls');
  });
});

describe('glm finish reasons on request (emulator suffix)', () => {
  it.each(['sensitive', 'network_error', 'model_context_window_exceeded'])(
    '~finish:%s cuts the answer with that finish reason',
    async (reason) => {
      const model = `glm-5~finish:${reason}`;
      const { chunks } = await stream({ model, messages: [user('Say hello to Ada Lovelace')] });
      expect(chunks.at(-1).choices[0].finish_reason).toBe(reason);
      expect(chunks.every((chunk) => chunk.model === 'glm-5')).toBe(true);
      const text = joinContent(chunks);
      expect(text.length).toBeLessThan('Echo: Say hello to Ada Lovelace'.length);

      const { body } = await generate({ model, messages: [user('hi')] });
      expect(body.choices[0].finish_reason).toBe(reason);
    },
  );
});

describe('glm request rules', () => {
  const question = 'What is the weather in Paris? Use get_weather.';

  async function toolTurn(streamed: boolean, thinking: Record<string, unknown>) {
    const body = {
      model: 'glm-5',
      thinking,
      messages: [user(question)],
      tools: [tool('get_weather')],
    };
    if (streamed) {
      const { chunks } = await stream(body);
      const call = chunks.find((chunk) => chunk.choices[0].delta.tool_calls)?.choices[0].delta
        .tool_calls[0];
      return {
        reasoning: reasoningOf(chunks),
        call: { id: call.id, type: call.type, function: call.function },
      };
    }
    const { body: answer } = await generate(body);
    const { index: _, ...call } = answer.choices[0].message.tool_calls[0];
    return { reasoning: answer.choices[0].message.reasoning_content as string, call };
  }

  const followUp = (
    thinking: Record<string, unknown>,
    call: AnyChunk,
    reasoning: string | undefined,
  ) =>
    generate({
      model: 'glm-5',
      thinking,
      tools: [tool('get_weather')],
      messages: [
        user(question),
        {
          role: 'assistant',
          content: null,
          tool_calls: [call],
          ...(reasoning !== undefined ? { reasoning_content: reasoning } : {}),
        },
        { role: 'tool', tool_call_id: call.id, content: '21' },
      ],
    });

  const expectGLMError = (
    result: { status: number; body: AnyChunk },
    code: string,
    message: string,
  ) => {
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe(code);
    expect(typeof result.body.error.code).toBe('string');
    expect(result.body.error.type).toBe('upstream_error');
    expect(result.body.error.message).toMatch(/ \(request id: \d+\)$/);
    expect(result.body.error.message.startsWith(message)).toBe(true);
  };

  it.each([true, false])(
    'clear_thinking false: reasoning_content must come back unmodified (stream: %s)',
    async (streamed) => {
      const preserved = { type: 'enabled', clear_thinking: false };
      const { reasoning, call } = await toolTurn(streamed, preserved);
      expect(reasoning.length).toBeGreaterThan(0);

      const accepted = await followUp(preserved, call, reasoning);
      expect(accepted.status).toBe(200);
      expect(accepted.body.choices[0].message.content).toContain('21');

      expectGLMError(await followUp(preserved, call, `${reasoning} `), '1214', GLM_MESSAGES_ERROR);
      expectGLMError(
        await followUp(preserved, call, reasoning.slice(1)),
        '1214',
        GLM_MESSAGES_ERROR,
      );
      expectGLMError(await followUp(preserved, call, undefined), '1214', GLM_MESSAGES_ERROR);
    },
  );

  it('without preserved thinking (or for calls the emulator never made) changes are accepted', async () => {
    const { reasoning, call } = await toolTurn(true, { type: 'enabled' });
    expect((await followUp({ type: 'enabled' }, call, 'something else')).status).toBe(200);
    expect(
      (await followUp({ type: 'enabled', clear_thinking: true }, call, undefined)).status,
    ).toBe(200);
    expect(
      (
        await followUp(
          { type: 'enabled', clear_thinking: false },
          { ...call, id: 'call_unknown' },
          'x',
        )
      ).status,
    ).toBe(200);
    expect(reasoning.length).toBeGreaterThan(0);
  });

  it('GLM-5.3 cannot disable thinking (1210)', async () => {
    expectGLMError(
      await generate({ model: 'glm-5.3', thinking: { type: 'disabled' }, messages: [user('hi')] }),
      '1210',
      GLM_ALWAYS_THINKS_ERROR,
    );
    expectGLMError(
      await generate({ model: 'glm-5.3', reasoning_effort: 'none', messages: [user('hi')] }),
      '1210',
      GLM_ALWAYS_THINKS_ERROR,
    );
    expect(
      (await generate({ model: 'glm-5.3', reasoning_effort: 'low', messages: [user('hi')] }))
        .status,
    ).toBe(200);
  });

  it('a tool message that answers no tool call is an invalid messages parameter (1214)', async () => {
    expectGLMError(
      await generate({
        model: 'glm-5',
        messages: [user('hi'), { role: 'tool', tool_call_id: 'x', content: '1' }],
      }),
      '1214',
      GLM_MESSAGES_ERROR,
    );
  });
});
