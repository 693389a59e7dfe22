import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

// Users are told to quote `x-oneapi-request-id` to support: every message that quotes a request
// id must quote that one.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ taskDurationMs: 1_000 });
});
afterAll(() => emulator.close());

async function send(
  path: string,
  init: { body?: unknown; key?: string | null; headers?: Record<string, string>; method?: string },
): Promise<{ status: number; headerId: string; text: string }> {
  const key = init.key === undefined ? emulator.apiKey : init.key;
  const response = await fetch(`${emulator.url}${path}`, {
    method: init.method ?? 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key == null ? {} : { authorization: `Bearer ${key}` }),
      ...init.headers,
    },
    body: init.body == null ? undefined : JSON.stringify(init.body),
  });
  return {
    status: response.status,
    headerId: response.headers.get('x-oneapi-request-id') ?? '',
    text: await response.text(),
  };
}

/** Every `(request id: …)` the body quotes. */
const quotedIds = (text: string) =>
  [...text.matchAll(/request id: (\d+)\)/g)].map((match) => match[1]);

const hi = [{ role: 'user', content: 'hi' }];

describe('one request id per request', () => {
  it.each([
    [
      'a wrong key (401)',
      '/v1/chat/completions',
      { body: { model: 'gpt-5', messages: hi }, key: 'sk-wrong' },
    ],
    ['an unknown model (503)', '/v1/chat/completions', { body: { model: 'gpt-99', messages: hi } }],
    ['no messages (400)', '/v1/chat/completions', { body: { model: 'gpt-5' } }],
    [
      'a brand rejection (OpenAI: a tool message without its call)',
      '/v1/chat/completions',
      {
        body: {
          model: 'gpt-5',
          messages: [...hi, { role: 'tool', tool_call_id: 'call_1', content: '42' }],
        },
      },
    ],
    [
      'a fault (429)',
      '/v1/chat/completions',
      { body: { model: 'gpt-5', messages: hi }, headers: { 'x-emulator-fault': 'rate-limit' } },
    ],
    [
      'a mid-stream relay error (the bare JSON after the frames)',
      '/v1/chat/completions',
      {
        body: { model: 'claude-sonnet-4-6', messages: hi, stream: true },
        headers: { 'x-emulator-fault': 'stream-error-bare' },
      },
    ],
    [
      'the Anthropic route without a model (400)',
      '/v1/messages',
      { body: { max_tokens: 10, messages: hi } },
    ],
    ['the Responses route without a model (400)', '/v1/responses', { body: { input: 'hi' } }],
  ] as const)('%s quotes the header’s id', async (_, path, init) => {
    const answer = await send(path, init);
    expect(answer.headerId).toMatch(/^\d{22}$/);
    const quoted = quotedIds(answer.text);
    expect(quoted.length).toBeGreaterThan(0);
    expect(new Set(quoted)).toEqual(new Set([answer.headerId]));
  });

  it('a flaky task poll quotes the header’s id', async () => {
    const submit = await send('/v1/video/generations', {
      body: { model: 'viduq1', prompt: 'a heron [flaky]' },
    });
    const taskId = JSON.parse(submit.text).id;
    const poll = await send(`/v1/video/generations/${taskId}`, { method: 'GET' });
    expect(poll.status).toBe(502);
    expect(quotedIds(poll.text)).toEqual([poll.headerId]);
  });

  it('gives every request its own id', async () => {
    const ids = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const answer = await send('/v1/chat/completions', {
          body: { model: 'gpt-99', messages: hi },
        });
        expect(quotedIds(answer.text)).toEqual([answer.headerId]);
        return answer.headerId;
      }),
    );
    expect(new Set(ids).size).toBe(5);
  });
});
