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
import { minimaxChatDialect } from './minimax-chat-dialect';

const dialect = useDialectEmulator('minimax');

const weatherTool = cityTool('get_weather');
const timeTool = cityTool('get_time');

const user = userMessage;

const stream = dialect.stream;

const generate = (body: Record<string, unknown>) => dialect.post({ ...body, stream: false });

/** The chunks before `[DONE]`, split into content chunks and the trailing usage chunk. */
function chunksOf(data: unknown[]) {
  expect(data.at(-1)).toBe('[DONE]');
  const chunks = data.slice(0, -1) as AnyChunk[];
  return { deltas: chunks.slice(0, -1), usage: chunks.at(-1) };
}

const reasoningOf = joinReasoning;

describe('minimax dialect selection', () => {
  it.each(['MiniMax-M2.5', 'minimax-m2.7-highspeed', 'minimax/MiniMax-M2.5', 'MiniMax-M3'])(
    '%s is served by the minimax dialect',
    (modelId) => {
      expect(resolveChatDialect(modelId).name).toBe('minimax');
    },
  );
  it.each(['gpt-5', 'deepseek-v3.2', 'qwen3.5-plus'])('%s is not', (modelId) => {
    expect(minimaxChatDialect.matches(modelId)).toBe(false);
  });
});

describe('minimax stream shape', () => {
  it('M2.x default: <think> inline in content, MiniMax envelope, usage-only chunk, relay [DONE]', async () => {
    const { data } = await stream({ model: 'MiniMax-M2.5', messages: [user('Say hello to Ada')] });
    const { deltas, usage } = chunksOf(data);
    const content = joinContent(deltas);
    expect(content).toMatch(/^<think>\n.+\n<\/think>\n\nEcho: Say hello to Ada$/s);
    expect(deltas.length).toBeGreaterThan(2);
    // The open tag shares its delta with reasoning text, as in the capture.
    expect(deltas[0].choices[0].delta.content).toMatch(/^<think>\n\S/);
    for (const chunk of deltas) {
      expect(chunk.id).toMatch(/^[0-9a-f]{32}$/);
      expect(chunk.object).toBe('chat.completion.chunk');
      expect(chunk.usage).toBeNull();
      expect(chunk).toMatchObject({ input_sensitive: false, output_sensitive_int: 0 });
      expect(chunk.choices[0].delta).toMatchObject({
        role: 'assistant',
        name: 'MiniMax AI',
        audio_content: '',
      });
      expect(chunk.choices[0].delta).not.toHaveProperty('reasoning_content');
    }
    const finish = deltas.at(-1);
    expect(finish.choices[0].finish_reason).toBe('stop');
    expect(finish.choices[0].delta.content.length).toBeGreaterThan(0);
    expect(
      deltas.slice(0, -1).every((chunk: AnyChunk) => chunk.choices[0].finish_reason === undefined),
    ).toBe(true);

    expect(usage.choices).toEqual([]);
    expect(usage.base_resp).toEqual({ status_code: 0, status_msg: '' });
    expect(usage.usage.total_characters).toBe(0);
    expect(usage.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(usage.usage.total_tokens).toBe(
      usage.usage.prompt_tokens + usage.usage.completion_tokens,
    );
  });

  it('M2.x keeps thinking even when thinking is disabled', async () => {
    const { data } = await stream({
      model: 'MiniMax-M2.5',
      thinking: { type: 'disabled' },
      messages: [user('hi')],
    });
    expect(joinContent(chunksOf(data).deltas)).toMatch(/^<think>\n/);
  });

  it('reasoning_split: incremental reasoning_content + reasoning_details, clean content', async () => {
    const { data } = await stream({
      model: 'MiniMax-M2.5',
      reasoning_split: true,
      messages: [user('Say hello to Ada')],
    });
    const { deltas } = chunksOf(data);
    const reasoningChunks = deltas.filter(
      (chunk: AnyChunk) => chunk.choices[0].delta.reasoning_content,
    );
    expect(reasoningChunks.length).toBeGreaterThan(1);
    expect(reasoningChunks[0].choices[0].delta).not.toHaveProperty('content');
    for (const chunk of reasoningChunks) {
      const delta = chunk.choices[0].delta;
      expect(delta.reasoning_details).toEqual([
        {
          type: 'reasoning.text',
          id: 'reasoning-text-1',
          format: 'MiniMax-response-v1',
          index: 0,
          text: delta.reasoning_content,
        },
      ]);
    }
    expect(reasoningOf(deltas)).toMatch(/^The user wrote "Say hello to Ada"/);
    expect(joinContent(deltas)).toBe('Echo: Say hello to Ada');
  });

  it('M3: reasoning_content only by default, none when thinking is disabled', async () => {
    const adaptive = chunksOf((await stream({ model: 'MiniMax-M3', messages: [user('hi')] })).data);
    expect(reasoningOf(adaptive.deltas).length).toBeGreaterThan(0);
    expect(joinContent(adaptive.deltas)).toBe('Echo: hi');
    for (const chunk of adaptive.deltas) {
      const delta = chunk.choices[0].delta;
      expect(delta).not.toHaveProperty('reasoning_details');
      // Non-empty content and reasoning_content never share a delta (M3 verifier).
      expect(Boolean(delta.content) && Boolean(delta.reasoning_content)).toBe(false);
    }
    const disabled = chunksOf(
      (
        await stream({
          model: 'MiniMax-M3',
          thinking: { type: 'disabled' },
          messages: [user('hi')],
        })
      ).data,
    );
    expect(reasoningOf(disabled.deltas)).toBe('');
    expect(joinContent(disabled.deltas)).toBe('Echo: hi');
    expect(disabled.usage.usage.completion_tokens_details.reasoning_tokens).toBe(0);
  });

  it('tool calls: call_function ids, index-only continuations, finish_reason tool_call', async () => {
    const { data } = await stream({
      model: 'MiniMax-M2.5',
      tools: [weatherTool, timeTool],
      messages: [user('Use get_weather and get_time for Paris')],
    });
    const { deltas } = chunksOf(data);
    expect(joinContent(deltas)).toMatch(/^<think>\n.*get_weather and get_time.*\n<\/think>\n\n$/s);
    const toolDeltas = deltas.flatMap((chunk: AnyChunk) => chunk.choices[0].delta.tool_calls ?? []);
    const starts = toolDeltas.filter((call: AnyChunk) => call.id !== undefined);
    expect(starts.map((call: AnyChunk) => [call.index, call.function.name])).toEqual([
      [0, 'get_weather'],
      [1, 'get_time'],
    ]);
    expect(starts[0].id).toMatch(/^call_function_[a-z0-9]{12}_1$/);
    expect(starts[1].id).toMatch(/^call_function_[a-z0-9]{12}_2$/);
    const continuations = toolDeltas.filter((call: AnyChunk) => call.id === undefined);
    expect(continuations.length).toBeGreaterThan(0);
    for (const call of continuations)
      expect(Object.keys(call).sort()).toEqual(['function', 'index']);
    for (const index of [0, 1]) {
      const args = toolDeltas
        .filter((call: AnyChunk) => call.index === index)
        .map((call: AnyChunk) => call.function.arguments)
        .join('');
      expect(JSON.parse(args)).toEqual({ city: 'Paris' });
    }
    const finish = deltas.at(-1);
    expect(finish.choices[0].finish_reason).toBe('tool_call');
    expect(finish.choices[0].delta.tool_calls).toHaveLength(1);
  });

  it('drops the usage chunk when the client asked for no usage', async () => {
    const { data } = await stream({
      model: 'MiniMax-M2.5',
      stream_options: { include_usage: false },
      messages: [user('hi')],
    });
    const chunks = data.slice(0, -1) as AnyChunk[];
    expect(chunks.every((chunk) => chunk.choices.length === 1)).toBe(true);
  });
});

describe('minimax non-stream shape', () => {
  it('inline think content, MiniMax message members, usage with total_characters and base_resp', async () => {
    const { status, body } = await generate({ model: 'MiniMax-M2.5', messages: [user('hi')] });
    expect(status).toBe(200);
    expect(body.object).toBe('chat.completion');
    expect(body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: '' });
    expect(body).toMatchObject({ input_sensitive: false, output_sensitive: false });
    const message = body.choices[0].message;
    expect(message).toMatchObject({ role: 'assistant', name: 'MiniMax AI', audio_content: '' });
    expect(message.content).toMatch(
      /^<think>\nThe user wrote "hi"\. I will echo it back\.\n<\/think>\n\nEcho: hi$/,
    );
    expect(body.choices[0].finish_reason).toBe('stop');
    expect(body.usage.total_characters).toBe(0);
    expect(body.usage.completion_tokens).toBeGreaterThan(
      body.usage.completion_tokens_details.reasoning_tokens,
    );
  });

  it('reasoning_split: reasoning_content and reasoning_details beside plain content', async () => {
    const { body } = await generate({
      model: 'MiniMax-M2.5',
      reasoning_split: true,
      messages: [user('hi')],
    });
    const message = body.choices[0].message;
    expect(message.content).toBe('Echo: hi');
    expect(message.reasoning_details).toEqual([
      {
        type: 'reasoning.text',
        id: 'reasoning-text-1',
        format: 'MiniMax-response-v1',
        index: 0,
        text: message.reasoning_content,
      },
    ]);
  });

  it('tool calls: finish_reason tool_calls, call_function ids, think block as content', async () => {
    const { body } = await generate({
      model: 'MiniMax-M2.5',
      tools: [weatherTool],
      messages: [user('Weather in Paris?')],
    });
    const message = body.choices[0].message;
    expect(body.choices[0].finish_reason).toBe('tool_calls');
    expect(message.content).toMatch(/^<think>\n.+\n<\/think>\n\n$/s);
    expect(message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_function_[a-z0-9]{12}_1$/),
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      },
    ]);
  });
});

describe('minimax request rules', () => {
  const toolCall = (id: string, args = '{"city":"Paris"}') => ({
    id,
    type: 'function',
    function: { name: 'get_weather', arguments: args },
  });
  const loop = (assistant: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    model: 'MiniMax-M2.5',
    tools: [weatherTool],
    ...extra,
    messages: [
      user('Weather in Paris?'),
      { role: 'assistant', tool_calls: [toolCall('call_function_abcdefghijkl_1')], ...assistant },
      { role: 'tool', tool_call_id: 'call_function_abcdefghijkl_1', content: '{"temp":21}' },
    ],
  });

  function expectInvalidParams(result: { status: number; body: AnyChunk }, text: RegExp) {
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: {
        message: expect.stringMatching(/^invalid params, .+ \(2013\) \(request id: \d+\)$/),
        type: 'bad_request_error',
        param: '',
        code: null,
      },
    });
    expect(result.body.error.message).toMatch(text);
  }

  it('rejects a tool-loop turn whose assistant message dropped its thinking', async () => {
    for (const stripped of [{ content: null }, { content: 'Checking.' }, { content: '' }]) {
      expectInvalidParams(
        await generate(loop(stripped)),
        /assistant message with tool_calls at messages\[1\] must be sent back complete/,
      );
    }
  });

  it('accepts the turn with thinking back in any shape MiniMax produces', async () => {
    for (const kept of [
      { content: '<think>\nCall the tool.\n</think>\n\n' },
      { content: null, reasoning_details: [{ type: 'reasoning.text', text: 'Call the tool.' }] },
      { content: null, reasoning_content: 'Call the tool.' },
    ]) {
      const result = await generate(loop(kept));
      expect(result.status, JSON.stringify(kept)).toBe(200);
      expect(result.body.choices[0].message.content).toMatch(/Based on get_weather: \{"temp":21\}/);
    }
  });

  it('does not ask for thinking when M3 thinking is off, nor from turns before the last user message', async () => {
    const m3 = await generate(
      loop({ content: null }, { model: 'MiniMax-M3', thinking: { type: 'disabled' } }),
    );
    expect(m3.status).toBe(200);
    const earlier = loop({ content: null });
    earlier.messages.push(
      { role: 'assistant', content: '<think>\nok\n</think>\n\nIt is 21.' },
      user('Thanks'),
    );
    expect((await generate(earlier)).status).toBe(200);
  });

  it("rejects a tool result whose id matches no call, with MiniMax's text", async () => {
    const body = loop({ content: '<think>x</think>' });
    (body.messages[2] as AnyChunk).tool_call_id = 'call_function_zzzzzzzzzzzz_1';
    expectInvalidParams(
      await generate(body),
      /tool result's tool id\(call_function_zzzzzzzzzzzz_1\) not found/,
    );
  });

  it('rejects answering only some of the parallel calls', async () => {
    const body = loop({ content: '<think>x</think>' });
    (body.messages[1] as AnyChunk).tool_calls.push(toolCall('call_function_abcdefghijkl_2'));
    expectInvalidParams(await generate(body), /tool call and result not match/);
  });

  it('rejects invalid JSON arguments in the history', async () => {
    const body = loop({ content: '<think>x</think>' });
    (body.messages[1] as AnyChunk).tool_calls[0].function.arguments = '{"city":';
    expectInvalidParams(
      await generate(body),
      /invalid function arguments json string, tool_call_id: call_function_abcdefghijkl_1/,
    );
  });

  it('M3 rejects thinking.type enabled with MiniMax’s text', async () => {
    const result = await generate({
      model: 'MiniMax-M3',
      thinking: { type: 'enabled' },
      messages: [user('hi')],
    });
    expectInvalidParams(
      result,
      /invalid thinking\.type: "enabled" \(allowed: adaptive, disabled\)/,
    );
  });

  it('M2.x rejects temperature outside (0, 1]; M3 takes up to 2', async () => {
    for (const temperature of [0, 1.5]) {
      expectInvalidParams(
        await generate({ model: 'MiniMax-M2.5', temperature, messages: [user('hi')] }),
        /temperature must be in \(0, 1\]/,
      );
    }
    expect(
      (await generate({ model: 'MiniMax-M2.5', temperature: 1, messages: [user('hi')] })).status,
    ).toBe(200);
    expect(
      (await generate({ model: 'MiniMax-M3', temperature: 1.5, messages: [user('hi')] })).status,
    ).toBe(200);
  });
});

describe('minimax base_resp errors (~base_resp:<code>)', () => {
  it('non-stream: HTTP 200, choices null, base_resp with the code', async () => {
    const { status, body } = await generate({
      model: 'MiniMax-M2.5~base_resp:1008',
      messages: [user('hi')],
    });
    expect(status).toBe(200);
    expect(body.choices).toBeNull();
    expect(body.model).toBe('MiniMax-M2.5');
    expect(body.base_resp).toEqual({ status_code: 1008, status_msg: 'insufficient balance' });
  });

  it('stream: a lone base_resp chunk, the relay’s synthetic usage chunk, then [DONE]', async () => {
    const { data } = await stream({
      model: 'MiniMax-M2.5~base_resp:1002',
      messages: [user('hi')],
    });
    expect(data).toHaveLength(3);
    const [error, usage, done] = data as AnyChunk[];
    expect(error.choices).toBeNull();
    expect(error.base_resp.status_code).toBe(1002);
    expect(usage.choices).toEqual([]);
    expect(usage.system_fingerprint).toBe('');
    expect(done).toBe('[DONE]');
  });
});
