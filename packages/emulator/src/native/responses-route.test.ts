import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function post(path: string, body: unknown) {
  return fetch(`${emulator.baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${emulator.apiKey}` },
    body: JSON.stringify(body),
  });
}

const tools = [
  {
    type: 'function',
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
];

function events(text: string) {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim().length > 0)
    .map((frame) => ({
      event: /^event: (.+)$/m.exec(frame)?.[1],
      data: JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? 'null'),
    }));
}

describe('POST /v1/responses', () => {
  it('answers a string input with a message item and usage', async () => {
    const body = await (
      await post('/responses', { model: 'gpt-4.1', input: 'Hello Responses' })
    ).json();
    expect(body).toMatchObject({
      object: 'response',
      status: 'completed',
      output: [
        {
          type: 'message',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'Echo: Hello Responses' }],
        },
      ],
      usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
    });
    expect(body.id).toMatch(/^resp_/);
  });

  it('streams reasoning summary, then a function call with argument deltas', async () => {
    const response = await post('/responses', {
      model: 'gpt-5',
      stream: true,
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'Weather in Paris?' }] }],
      tools,
      reasoning: { effort: 'low', summary: 'auto' },
      include: ['reasoning.encrypted_content'],
    });
    const list = events(await response.text());
    expect(list.every((e) => e.event === e.data.type)).toBe(true);
    expect(list.map((e) => e.data.sequence_number)).toEqual(list.map((_, i) => i));
    const types = list.map((e) => e.event);
    expect(types[0]).toBe('response.created');
    expect(types).toContain('response.reasoning_summary_text.delta');
    expect(types).toContain('response.function_call_arguments.delta');
    expect(types.at(-1)).toBe('response.completed');

    const added = list
      .filter((e) => e.event === 'response.output_item.added')
      .map((e) => e.data.item.type);
    expect(added).toEqual(['reasoning', 'function_call']);
    const args = list
      .filter((e) => e.event === 'response.function_call_arguments.delta')
      .map((e) => e.data.delta)
      .join('');
    expect(JSON.parse(args)).toEqual({ city: 'Paris' });
    const completed = list.at(-1)?.data.response;
    expect(completed.output[0]).toMatchObject({
      type: 'reasoning',
      encrypted_content: expect.any(String),
    });
    expect(completed.usage.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('answers a tool loop from the function_call_output', async () => {
    const body = await (
      await post('/responses', {
        model: 'gpt-4.1',
        tools,
        input: [
          { role: 'user', content: 'Weather in Paris?' },
          {
            type: 'function_call',
            call_id: 'call_1',
            name: 'get_weather',
            arguments: '{"city":"Paris"}',
          },
          { type: 'function_call_output', call_id: 'call_1', output: '{"temperature":21}' },
        ],
      })
    ).json();
    expect(body.output[0].content[0].text).toBe('Based on get_weather: {"temperature":21}.');
  });

  it('rejects a missing input and an output whose call is not in the input', async () => {
    const missing = await post('/responses', { model: 'gpt-4.1' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({
      param: 'input',
      code: 'missing_required_parameter',
    });

    const orphan = await post('/responses', {
      model: 'gpt-4.1',
      input: [
        { role: 'user', content: 'hi' },
        { type: 'function_call_output', call_id: 'call_9', output: '1' },
      ],
    });
    expect(orphan.status).toBe(400);
    expect((await orphan.json()).error.message).toBe(
      'No tool call found for function call output with call_id call_9.',
    );
  });

  it('fills a json_schema text format from the prompt', async () => {
    const body = await (
      await post('/responses', {
        model: 'gpt-4.1',
        input: 'A city called Paris with 3 parks',
        text: {
          format: {
            type: 'json_schema',
            name: 'city',
            schema: {
              type: 'object',
              properties: { city: { type: 'string' }, parks: { type: 'number' } },
              required: ['city', 'parks'],
            },
          },
        },
      })
    ).json();
    expect(JSON.parse(body.output[0].content[0].text)).toEqual({ city: 'Paris', parks: 3 });
  });
});
