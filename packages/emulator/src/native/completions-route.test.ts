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

describe('POST /v1/completions', () => {
  it('completes a chat-style prompt', async () => {
    const body = await (
      await post('/completions', {
        model: 'gpt-3.5-turbo-instruct',
        prompt: 'user:\nSay hi\n\nassistant:\n',
      })
    ).json();
    expect(body).toMatchObject({
      object: 'text_completion',
      choices: [{ text: 'Echo: Say hi', index: 0, finish_reason: 'stop' }],
      usage: { prompt_tokens: expect.any(Number) },
    });
  });

  it('streams text chunks, a usage chunk and [DONE]', async () => {
    const text = await (
      await post('/completions', {
        model: 'gpt-3.5-turbo-instruct',
        prompt: 'Once upon a time',
        max_tokens: 3,
        stream: true,
      })
    ).text();
    const frames = text.split('\n\n').filter((f) => f.startsWith('data: '));
    expect(frames.at(-1)).toBe('data: [DONE]');
    const chunks = frames.slice(0, -1).map((f) => JSON.parse(f.slice(6)));
    expect(chunks.map((c) => c.choices[0]?.text ?? '').join('')).toBe('Echo: Once');
    expect(chunks.find((c) => c.choices[0]?.finish_reason)?.choices[0].finish_reason).toBe(
      'length',
    );
    expect(chunks.at(-1).usage.completion_tokens).toBeGreaterThan(0);
  });
});
