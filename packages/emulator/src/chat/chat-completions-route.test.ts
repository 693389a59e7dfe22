import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import { type AnyChunk, joinContent, postChat, readSSE } from './chat-test-client';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.requests.length = 0;
});

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather for a place',
    parameters: {
      type: 'object',
      properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } },
      required: ['location', 'unit'],
      additionalProperties: false,
    },
  },
};
const timeTool = {
  type: 'function',
  function: {
    name: 'get_time',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};
const numberTool = (name: string) => ({
  type: 'function',
  function: {
    name,
    parameters: {
      type: 'object',
      properties: { a: { type: 'integer' }, b: { type: 'integer' } },
      required: ['a', 'b'],
    },
  },
});

describe('auth and validation', () => {
  it('rejects a missing key with 401 and new-api’s body', async () => {
    const response = await fetch(`${emulator.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toEqual({
      error: {
        message: expect.stringMatching(/^Invalid token \(request id: \d+\)$/),
        type: 'new_api_error',
        code: '',
      },
    });
  });

  it('rejects a wrong key with 401 and accepts the raw key without Bearer', async () => {
    const wrong = await postChat(
      emulator,
      { model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] },
      { authorization: 'Bearer sk-wrong' },
    );
    expect(wrong.status).toBe(401);
    const raw = await postChat(
      emulator,
      { model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] },
      { authorization: emulator.apiKey },
    );
    expect(raw.status).toBe(200);
  });

  it('answers a missing model with the distributor’s 400 (no param key)', async () => {
    const response = await postChat(emulator, { messages: [{ role: 'user', content: 'hi' }] });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.message).toMatch(/^Model name not specified, model name cannot be empty/);
    expect(body.error.type).toBe('new_api_error');
    expect(body.error).not.toHaveProperty('param');
  });

  it.each([
    ['missing', { model: 'gpt-5' }],
    ['empty', { model: 'gpt-5', messages: [] }],
  ])('answers %s messages with a 400 in OpenAI error shape', async (_, body) => {
    const response = await postChat(emulator, body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error).toEqual({
      message: expect.stringMatching(/^field messages is required/),
      type: 'new_api_error',
      param: '',
      code: 'invalid_request',
    });
  });

  it('rejects a tool message that answers no tool call, as OpenAI does', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'tool', tool_call_id: 'call_1', content: '42' },
      ],
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.message).toMatch(/messages with role 'tool' must be a response/);
    expect(body.error.param).toBe('messages.[1].role');
    expect(body.error.type).toBe('invalid_request_error');
  });

  it('rejects a tool call turn without results for each call', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [
        { role: 'user', content: 'hi' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_a', type: 'function', function: { name: 'x', arguments: '{}' } },
            { id: 'call_b', type: 'function', function: { name: 'y', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_a', content: '1' },
      ],
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/did not have response messages: call_b/);
  });

  it('requires the word json for json_object mode', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'list colours' }],
      response_format: { type: 'json_object' },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.param).toBe('messages');
  });
});

describe('text answers', () => {
  it('answers non-stream in OpenAI’s chat.completion shape', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello there' },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-emulator-dialect')).toBe('openai');
    const body = await response.json();
    expect(body).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-[A-Za-z0-9]{29}$/),
      object: 'chat.completion',
      created: expect.any(Number),
      model: 'gpt-5',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Echo: Hello there' },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
    });
    expect(body.choices[0].message).not.toHaveProperty('tool_calls');
    const usage = body.usage;
    expect(usage.prompt_tokens).toBeGreaterThan(0);
    expect(usage.completion_tokens).toBe(5); // "Echo: Hello there" = 17 chars
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
    expect(usage.prompt_tokens_details.cached_tokens).toBe(0);
    expect(usage.completion_tokens_details.reasoning_tokens).toBe(0);
  });

  it('streams role chunk, word deltas, finish chunk, usage chunk and [DONE]', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      stream: true,
      messages: [{ role: 'user', content: 'Say hi in Portuguese' }],
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const { data } = await readSSE(response);
    const chunks = data.slice(0, -1) as AnyChunk[];
    expect(data.at(-1)).toBe('[DONE]');

    for (const chunk of chunks) {
      expect(chunk).toMatchObject({
        id: chunks[0].id,
        object: 'chat.completion.chunk',
        created: expect.any(Number),
        model: 'gpt-5',
      });
      expect(chunk).toHaveProperty('system_fingerprint');
    }
    expect(chunks[0].choices[0]).toEqual({
      index: 0,
      delta: { role: 'assistant', content: '', refusal: null },
      logprobs: null,
      finish_reason: null,
    });
    expect(joinContent(chunks)).toBe('Echo: Say hi in Portuguese');
    expect(chunks.length).toBeGreaterThan(4); // several deltas, not one blob

    const finish = chunks.at(-2);
    expect(finish.choices).toEqual([
      { index: 0, delta: {}, logprobs: null, finish_reason: 'stop' },
    ]);
    expect(finish.usage).toBeNull();
    const usage = chunks.at(-1);
    expect(usage.choices).toEqual([]);
    expect(usage.usage.completion_tokens).toBeGreaterThan(0);
    expect(chunks.slice(0, -1).every((c: AnyChunk) => c.usage === null)).toBe(true);
  });

  it('drops the usage chunk only when include_usage is false', async () => {
    const messages = [{ role: 'user', content: 'usage please' }];
    const without = await readSSE(
      await postChat(emulator, {
        model: 'gpt-5',
        stream: true,
        stream_options: { include_usage: false },
        messages,
      }),
    );
    expect(without.data.some((c) => (c as AnyChunk).choices?.length === 0)).toBe(false);
    expect(without.data.at(-1)).toBe('[DONE]');

    const explicit = await readSSE(
      await postChat(emulator, {
        model: 'gpt-5',
        stream: true,
        stream_options: { include_usage: true },
        messages,
      }),
    );
    expect((explicit.data.at(-2) as AnyChunk).usage.prompt_tokens).toBeGreaterThan(0);
  });

  it('strips the fault suffix from the model it echoes', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5~fault:no-finish',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect((await response.json()).model).toBe('gpt-5');
  });

  it('cuts at a stop sequence with finish stop', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      stop: ['world'],
      messages: [{ role: 'user', content: 'hello world again' }],
    });
    const body = await response.json();
    expect(body.choices[0].message.content).toBe('Echo: hello ');
    expect(body.choices[0].finish_reason).toBe('stop');
  });

  it('honours max_tokens with finish length', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      max_tokens: 4,
      messages: [{ role: 'user', content: 'one two three four five six seven eight nine ten' }],
    });
    const body = await response.json();
    expect(body.choices[0].finish_reason).toBe('length');
    expect(body.choices[0].message.content).toBe('Echo: one two');
    expect(body.usage.completion_tokens).toBeLessThanOrEqual(4);
  });

  it('answers models no brand claims with the generic (OpenAI-shaped) dialect', async () => {
    const response = await postChat(emulator, {
      model: 'qwen/qwen3.5-plus',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(response.headers.get('x-emulator-dialect')).toBe('generic');
    expect((await response.json()).object).toBe('chat.completion');
  });
});

describe('tool calls', () => {
  it('calls the first tool with arguments derived from the prompt and schema', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'What is the weather in Paris today?' }],
      tools: [weatherTool, timeTool],
    });
    const body = await response.json();
    const choice = body.choices[0];
    expect(choice.finish_reason).toBe('tool_calls');
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_[A-Za-z0-9]{24}$/),
        type: 'function',
        function: { name: 'get_weather', arguments: '{"location":"Paris","unit":"c"}' },
      },
    ]);
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
  });

  it('calls the tool forced by tool_choice', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'What time is it in Tokyo?' }],
      tools: [weatherTool, timeTool],
      tool_choice: { type: 'function', function: { name: 'get_time' } },
    });
    const calls = (await response.json()).choices[0].message.tool_calls;
    expect(calls).toHaveLength(1);
    expect(calls[0].function).toEqual({ name: 'get_time', arguments: '{"city":"Tokyo"}' });
  });

  it('answers with text when tool_choice is none', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'Weather in Rome?' }],
      tools: [weatherTool],
      tool_choice: 'none',
    });
    const body = await response.json();
    expect(body.choices[0].message.content).toBe('Echo: Weather in Rome?');
    expect(body.choices[0].finish_reason).toBe('stop');
  });

  it('makes parallel calls for every tool the prompt names, streamed in fragments', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      stream: true,
      messages: [{ role: 'user', content: 'Add and multiply the numbers 2 and 3' }],
      tools: [numberTool('add'), numberTool('multiply'), numberTool('subtract')],
    });
    const { data } = await readSSE(response);
    const chunks = data.slice(0, -1) as AnyChunk[];
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: null, refusal: null });

    const deltas = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []);
    const starts = deltas.filter((d: AnyChunk) => d.id !== undefined);
    expect(starts).toEqual([
      {
        index: 0,
        id: expect.stringMatching(/^call_/),
        type: 'function',
        function: { name: 'add', arguments: '' },
      },
      {
        index: 1,
        id: expect.stringMatching(/^call_/),
        type: 'function',
        function: { name: 'multiply', arguments: '' },
      },
    ]);
    for (const index of [0, 1]) {
      const fragments = deltas.filter((d: AnyChunk) => d.index === index && d.id === undefined);
      expect(fragments.length).toBeGreaterThan(1);
      expect(fragments.every((f: AnyChunk) => Object.keys(f).join() === 'index,function')).toBe(
        true,
      );
      expect(fragments.map((f: AnyChunk) => f.function.arguments).join('')).toBe('{"a":2,"b":3}');
    }
    expect(chunks.at(-2).choices[0]).toMatchObject({ delta: {}, finish_reason: 'tool_calls' });
  });

  it('makes only one call when parallel_tool_calls is false', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'Add and multiply 2 and 3' }],
      tools: [numberTool('add'), numberTool('multiply')],
      parallel_tool_calls: false,
    });
    const calls = (await response.json()).choices[0].message.tool_calls;
    expect(calls.map((c: AnyChunk) => c.function.name)).toEqual(['add']);
  });

  it('answers tool results verbatim and reports the repeated prefix as cached', async () => {
    const turn1 = {
      model: 'gpt-5',
      messages: [
        { role: 'system', content: 'You are a helpful weather assistant for travellers.' },
        { role: 'user', content: 'What is the weather in Florence?' },
      ],
      tools: [weatherTool],
    };
    const first = await (await postChat(emulator, turn1)).json();
    expect(first.usage.prompt_tokens_details.cached_tokens).toBe(0);
    const call = first.choices[0].message.tool_calls[0];

    const turn2 = {
      ...turn1,
      messages: [
        ...turn1.messages,
        { role: 'assistant', content: null, tool_calls: [call] },
        { role: 'tool', tool_call_id: call.id, content: '{"temperature":21}' },
      ],
    };
    const second = await (await postChat(emulator, turn2)).json();
    expect(second.choices[0].message.content).toBe('Based on get_weather: {"temperature":21}.');
    expect(second.choices[0].finish_reason).toBe('stop');
    const usage = second.usage;
    expect(usage.prompt_tokens_details.cached_tokens).toBeGreaterThan(0);
    expect(usage.prompt_tokens_details.cached_tokens).toBeLessThan(usage.prompt_tokens);
  });

  it('answers several tool results in order, streamed', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      stream: true,
      messages: [
        { role: 'user', content: 'Add and multiply 2 and 3' },
        {
          role: 'assistant',
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'add', arguments: '{"a":2,"b":3}' },
            },
            {
              id: 'call_2',
              type: 'function',
              function: { name: 'multiply', arguments: '{"a":2,"b":3}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '5' },
        { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: '6' }] },
      ],
      tools: [numberTool('add'), numberTool('multiply')],
    });
    const { data } = await readSSE(response);
    expect(joinContent(data)).toBe('Based on add: 5; multiply: 6.');
  });

  it('gives the same ids to the same request', async () => {
    const request = {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'Weather in Oslo' }],
      tools: [weatherTool],
    };
    const a = await (await postChat(emulator, request)).json();
    const b = await (await postChat(emulator, request)).json();
    expect(a.id).toBe(b.id);
    expect(a.choices[0].message.tool_calls[0].id).toBe(b.choices[0].message.tool_calls[0].id);
  });
});

describe('structured output', () => {
  it('returns a JSON object valid for a json_schema', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'Plan 3 days in Lisbon' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'trip',
          strict: true,
          schema: {
            type: 'object',
            properties: {
              city: { type: 'string' },
              days: { type: 'integer' },
              stops: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { name: { type: 'string' } },
                  required: ['name'],
                },
              },
              budget: { type: 'string', enum: ['low', 'high'] },
            },
            required: ['city', 'days', 'stops', 'budget'],
            additionalProperties: false,
          },
        },
      },
    });
    const body = await response.json();
    expect(JSON.parse(body.choices[0].message.content)).toEqual({
      city: 'Lisbon',
      days: 3,
      stops: [{ name: 'Lisbon' }],
      budget: 'low',
    });
  });

  it('fills a json_schema answer after tool results from those results', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [
        { role: 'user', content: 'How warm is it?' },
        {
          role: 'assistant',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'c1', content: '{"temperature":21}' },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'r',
          schema: { type: 'object', properties: { temperature: { type: 'number' } } },
        },
      },
    });
    expect(JSON.parse((await response.json()).choices[0].message.content)).toEqual({
      temperature: 21,
    });
  });

  it('returns a JSON object for json_object', async () => {
    const response = await postChat(emulator, {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'Answer in JSON: hi' }],
      response_format: { type: 'json_object' },
    });
    const content = (await response.json()).choices[0].message.content;
    expect(JSON.parse(content)).toEqual({ answer: 'Echo: Answer in JSON: hi' });
  });
});

describe('gateway behaviour around the route', () => {
  it('records each request with its parsed body', async () => {
    await postChat(
      emulator,
      { model: 'gpt-5', messages: [{ role: 'user', content: 'recorded' }] },
      { 'x-trace': 't1' },
    );
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      body: { model: 'gpt-5', messages: [{ role: 'user', content: 'recorded' }] },
    });
    expect(emulator.requests[0]?.headers['x-trace']).toBe('t1');
  });

  it('answers a //v1 path with the web UI’s HTML and status 200', async () => {
    const response = await fetch(`${emulator.url}//v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<html/);
  });

  it('leaves status faults to the gateway layer', async () => {
    const response = await postChat(
      emulator,
      { model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] },
      { 'x-emulator-fault': 'rate-limit' },
    );
    expect(response.status).toBe(429);
  });
});
