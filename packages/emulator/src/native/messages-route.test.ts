import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import { signThinking } from './native-signatures';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function postMessages(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${emulator.url}/v1/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': emulator.apiKey,
      'anthropic-version': '2023-06-01',
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

const weatherTool = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

async function readEvents(response: Response) {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((frame) => frame.trim().length > 0)
    .map((frame) => {
      const event = /^event: (.+)$/m.exec(frame)?.[1];
      const data = JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? 'null');
      return { event, data };
    });
}

describe('POST /v1/messages', () => {
  it('answers text as an Anthropic message', async () => {
    const response = await postMessages({
      model: 'claude-sonnet-4-6',
      max_tokens: 200,
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-6',
      content: [{ type: 'text', text: 'Echo: Hello there' }],
      stop_reason: 'end_turn',
      usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
    });
    expect(body.id).toMatch(/^msg_01/);
  });

  it('rejects a missing key with the Anthropic envelope', async () => {
    const response = await postMessages(
      { model: 'claude-sonnet-4-6', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] },
      { 'x-api-key': 'sk-wrong' },
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      type: 'error',
      error: { message: expect.stringContaining('Invalid token') },
    });
  });

  it('streams thinking with a signature, then a tool_use with input_json_delta', async () => {
    const response = await postMessages({
      model: 'claude-sonnet-4-6',
      max_tokens: 4000,
      stream: true,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      tools: [weatherTool],
      messages: [{ role: 'user', content: 'What is the weather in Paris? Use get_weather.' }],
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response);
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        'message_start',
        'content_block_start',
        'content_block_delta',
        'message_delta',
        'message_stop',
      ]),
    );
    expect(events.every((e) => e.event === e.data.type)).toBe(true);

    const starts = events
      .filter((e) => e.event === 'content_block_start')
      .map((e) => e.data.content_block.type);
    expect(starts).toEqual(['thinking', 'tool_use']);
    const deltas = events.filter((e) => e.event === 'content_block_delta').map((e) => e.data.delta);
    const thinking = deltas
      .filter((d) => d.type === 'thinking_delta')
      .map((d) => d.thinking)
      .join('');
    const signature = deltas.find((d) => d.type === 'signature_delta')?.signature;
    expect(signature).toBe(signThinking(thinking));
    const json = deltas.filter((d) => d.type === 'input_json_delta').map((d) => d.partial_json);
    expect(json[0]).toBe('');
    expect(JSON.parse(json.join(''))).toEqual({ city: 'Paris' });
    const messageDelta = events.find((e) => e.event === 'message_delta')?.data;
    expect(messageDelta).toMatchObject({
      delta: { stop_reason: 'tool_use' },
      usage: { output_tokens: expect.any(Number) },
    });
    expect(events[events.length - 1]?.event).toBe('message_stop');
  });

  describe('thinking rules (Anthropic 400s)', () => {
    const thinking = { type: 'enabled', budget_tokens: 2048 };
    const toolLoop = (assistantContent: unknown[]) => [
      { role: 'user', content: 'What is the weather in Paris?' },
      { role: 'assistant', content: assistantContent },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_01A', content: '{"temperature":21}' }],
      },
    ];
    const toolUse = {
      type: 'tool_use',
      id: 'toolu_01A',
      name: 'get_weather',
      input: { city: 'Paris' },
    };

    it('rejects a tool loop whose assistant turn lost its thinking block', async () => {
      const response = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        thinking,
        tools: [weatherTool],
        messages: toolLoop([{ type: 'text', text: '...' }, toolUse]),
      });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.type).toBe('error');
      expect(body.error.type).toBe('invalid_request_error');
      expect(body.error.message).toContain(
        'messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is enabled, a final `assistant` message must start with a thinking block',
      );
    });

    it('accepts the same loop when the signed thinking block comes back first', async () => {
      const text = 'I should call get_weather.';
      const response = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        thinking,
        tools: [weatherTool],
        messages: toolLoop([
          { type: 'thinking', thinking: text, signature: signThinking(text) },
          toolUse,
        ]),
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.stop_reason).toBe('end_turn');
      expect(body.content.find((b: { type: string }) => b.type === 'text').text).toBe(
        'Based on get_weather: {"temperature":21}.',
      );
    });

    it('rejects a thinking block whose signature was altered', async () => {
      const response = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        thinking,
        messages: toolLoop([
          { type: 'thinking', thinking: 'edited', signature: signThinking('original') },
          toolUse,
        ]),
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toBe(
        'messages.1.content.0: Invalid `signature` in `thinking` block',
      );
    });

    it('rejects budget_tokens >= max_tokens', async () => {
      const response = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 2048,
        thinking,
        messages: [{ role: 'user', content: 'hi' }],
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(
        /^`max_tokens` must be greater than `thinking.budget_tokens`/,
      );
    });

    it('rejects budget_tokens below 1024 and temperature other than 1', async () => {
      const small = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        thinking: { type: 'enabled', budget_tokens: 512 },
        messages: [{ role: 'user', content: 'hi' }],
      });
      expect(small.status).toBe(400);
      const hot = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        temperature: 0.2,
        thinking,
        messages: [{ role: 'user', content: 'hi' }],
      });
      expect(hot.status).toBe(400);
      expect((await hot.json()).error.message).toMatch(/^`temperature` may only be set to 1/);
    });

    it('lets the same loop through without thinking', async () => {
      const response = await postMessages({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        tools: [weatherTool],
        messages: toolLoop([{ type: 'text', text: '...' }, toolUse]),
      });
      expect(response.status).toBe(200);
    });
  });

  it('reports cache writes, then cache reads, for cache_control prefixes', async () => {
    const system = [
      { type: 'text', text: 'You are terse. '.repeat(50), cache_control: { type: 'ephemeral' } },
    ];
    const first = await (
      await postMessages({
        model: 'claude-haiku-4-5',
        max_tokens: 100,
        system,
        messages: [{ role: 'user', content: 'first question' }],
      })
    ).json();
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(first.usage.cache_read_input_tokens).toBe(0);

    const second = await (
      await postMessages({
        model: 'claude-haiku-4-5',
        max_tokens: 100,
        system,
        messages: [
          { role: 'user', content: 'first question' },
          { role: 'assistant', content: 'Echo: first question' },
          { role: 'user', content: 'second question' },
        ],
      })
    ).json();
    expect(second.usage.cache_read_input_tokens).toBeGreaterThan(0);
  });

  it('ends an aborted upstream stream with new-api’s bare error line', async () => {
    const response = await postMessages(
      {
        model: 'claude-sonnet-4-6',
        max_tokens: 100,
        stream: true,
        messages: [{ role: 'user', content: 'a long enough prompt to stream' }],
      },
      { 'x-emulator-fault': 'stream-error-bare' },
    );
    const text = await response.text();
    expect(text).toContain('event: message_start');
    expect(text).not.toContain('message_stop');
    expect(text.endsWith('}')).toBe(true);
    expect(JSON.parse(text.slice(text.lastIndexOf('\n') + 1))).toMatchObject({
      error: { type: 'overloaded_error' },
    });
  });
});
