import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../test/collect-stream';
import { type FixtureServer, startFixtureServer } from '../../test/fixture-server';
import { createCCAPI } from '../ccapi-provider';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const event = (type: string, data: Record<string, unknown>) =>
  `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

describe('Messages route: a stream cut off before message_stop', () => {
  it('ends with an error part and an error finish, like the chat route', async () => {
    server.respond({
      kind: 'sse',
      body:
        event('message_start', {
          message: {
            id: 'msg_1',
            type: 'message',
            role: 'assistant',
            model: 'claude-sonnet-4-6',
            content: [],
            usage: { input_tokens: 5, output_tokens: 0 },
          },
        }) +
        event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }) +
        event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Partial' } }),
    });
    const model = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' }).messages(
      'claude-sonnet-4-6',
    );
    const parts = await collectStream(
      (
        await model.doStream({
          prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
        })
      ).stream,
    );
    expect(joinDeltas(parts, 'text-delta')).toBe('Partial');
    expect(parts.filter((part) => part.type === 'error')).toHaveLength(1);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'error' } });
  });
});
