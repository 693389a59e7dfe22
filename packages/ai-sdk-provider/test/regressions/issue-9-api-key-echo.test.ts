/**
 * Issue 9, defect 1: the API key survived in errors when an upstream or proxy echoed it.
 *
 * Symptom: with a server that quotes the rejected token, the key appeared in a malformed-chunk
 * error (message and `data`), in the `data` of an in-band `{"error"}` event, in
 * `CCAPITaskFailedError` (`message`, `failReason`, `response`), in `responseBody` / `cause.text`
 * of 200-with-unparsable-JSON errors, and in the `cause` chain of native-route errors.
 * Cause: each reader redacted (or forgot to) on its own.
 * Expected: the provider's fetch removes the key from every answer before any code reads it, so
 * nothing reachable from an error (message, data, responseBody, headers, cause, printed with
 * `console.error`) holds it, whichever route or brand.
 */
import { inspect } from 'node:util';
import { APICallError } from '@ai-sdk/provider';
import {
  embed,
  experimental_generateSpeech,
  experimental_generateVideo,
  experimental_transcribe,
  generateImage,
  generateText,
  streamText,
} from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CCAPITaskFailedError, createCCAPI } from '../../src';
import { type FixtureServer, startFixtureServer } from '../fixture-server';

const KEY = 'sk-ccapi-echoed-key-0123456789abcdef';
const BARE = KEY.slice(3);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const provider = () => createCCAPI({ baseURL: server.baseURL, apiKey: KEY });

/** Everything a user could see of an error: fields, `data`, headers, the printed cause chain. */
function expectNoKey(value: unknown): void {
  const printed = inspect(value, { depth: 12, showHidden: false });
  expect(printed).not.toContain(BARE);
  const seen = new Set<unknown>();
  const walk = (item: unknown): void => {
    if (item == null || typeof item !== 'object' || seen.has(item)) {
      if (typeof item === 'string') expect(item).not.toContain(BARE);
      return;
    }
    seen.add(item);
    for (const key of Object.getOwnPropertyNames(item)) {
      walk((item as Record<string, unknown>)[key]);
    }
  };
  walk(value);
}

async function failure(run: () => PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve()
    .then(run)
    .then(
      () => new Error('expected a failure'),
      (error: unknown) => error,
    );
}

const sse = (...events: unknown[]) =>
  `${events.map((event) => `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`).join('')}data: [DONE]\n\n`;
const chunk = (content: string) => ({
  id: 'chatcmpl-1',
  model: 'm',
  choices: [{ index: 0, delta: { content } }],
});

describe.each([
  'gpt-4o',
  'deepseek-v3.2',
  'minimax-m2.5',
  'glm-4.6',
  'gemini-2.5-flash',
  'qwen3-max',
])('chat stream errors that quote the key (%s)', (modelId) => {
  it('a malformed chunk: message and data', async () => {
    server.respond({
      kind: 'sse',
      body: sse(chunk('Hi'), `{"broken": "token ${KEY} was rejected`),
    });
    const result = streamText({ model: provider().chat(modelId), prompt: 'x', onError: () => {} });
    const parts = [];
    for await (const part of result.fullStream) parts.push(part);
    const errors = parts.filter((part) => part.type === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expectNoKey(errors);
  });

  it('an in-band {"error"} event: message, data and responseBody', async () => {
    server.respond({
      kind: 'sse',
      body: sse(chunk('Hi'), {
        error: { message: `Invalid token ${KEY}`, type: 'new_api_error', code: 'invalid_key' },
      }),
    });
    const result = streamText({ model: provider().chat(modelId), prompt: 'x', onError: () => {} });
    const parts = [];
    for await (const part of result.fullStream) parts.push(part);
    const error = parts.find((part) => part.type === 'error')?.error as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain('[redacted]');
    expectNoKey(error);
  });
});

describe('keys split across network reads and in headers', () => {
  it('a key cut in two by the network is still removed', async () => {
    const body = `{"error":{"message":"token ${KEY} is invalid","type":"new_api_error"}}`;
    const cut = body.indexOf(BARE) + 7;
    server.respond({
      kind: 'chunks',
      status: 401,
      contentType: 'application/json',
      chunks: [body.slice(0, cut), body.slice(cut)],
    });
    const error = await failure(() =>
      generateText({ model: provider().chat('gpt-4o'), prompt: 'x', maxRetries: 0 }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).responseBody).toContain('token [redacted] is invalid');
    expectNoKey(error);
  });

  it('a header that quotes the key is redacted', async () => {
    server.respond({
      kind: 'raw',
      status: 403,
      contentType: 'application/json',
      headers: { 'x-debug-token': `Bearer ${KEY}` },
      body: '{"error":{"message":"forbidden"}}',
    });
    const error = await failure(() =>
      generateText({ model: provider().chat('gpt-4o'), prompt: 'x', maxRetries: 0 }),
    );
    expect((error as APICallError).responseHeaders?.['x-debug-token']).toBe('Bearer [redacted]');
    expectNoKey(error);
  });

  it('the key without its sk- prefix is removed too', async () => {
    server.respond({
      kind: 'json',
      status: 401,
      body: JSON.stringify({ error: { message: `token ${BARE} rejected` } }),
    });
    const error = await failure(() =>
      generateText({ model: provider().chat('gpt-4o'), prompt: 'x', maxRetries: 0 }),
    );
    expectNoKey(error);
  });
});

describe('task failures that quote the key', () => {
  it('CCAPITaskFailedError: message, failReason and response', async () => {
    server.respond(
      { kind: 'json', body: JSON.stringify({ id: 'task_1', object: 'video', status: 'queued' }) },
      {
        kind: 'json',
        body: JSON.stringify({
          code: 'success',
          data: { task_id: 'task_1', status: 'FAILURE', fail_reason: `upstream refused ${KEY}` },
        }),
      },
    );
    const error = await failure(() =>
      experimental_generateVideo({
        model: provider().videoModel('seedance-1-0-pro'),
        prompt: 'a cat',
        providerOptions: { ccapi: { pollIntervalMs: 10 } },
      }),
    );
    const failed = CCAPITaskFailedError.isInstance(error)
      ? error
      : ((error as { cause?: unknown }).cause as CCAPITaskFailedError);
    expect(CCAPITaskFailedError.isInstance(failed)).toBe(true);
    expect(failed.failReason).toBe('upstream refused [redacted]');
    expectNoKey(error);
  });
});

describe('200 answers that are not JSON and quote the key', () => {
  const unreadable = `{"data": [ token ${KEY} <- broken`;
  it.each([
    [
      'embedding',
      () => embed({ model: provider().embeddingModel('text-embedding-3-small'), value: 'x' }),
    ],
    [
      'speech',
      () => experimental_generateSpeech({ model: provider().speechModel('tts-1'), text: 'x' }),
    ],
    [
      'transcription',
      () =>
        experimental_transcribe({
          model: provider().transcriptionModel('whisper-1'),
          audio: new Uint8Array([82, 73, 70, 70]),
          providerOptions: { ccapi: { responseFormat: 'json' } },
        }),
    ],
    ['moderation', () => provider().moderate({ input: 'x' })],
    ['images', () => generateImage({ model: provider().imageModel('gpt-image-1'), prompt: 'x' })],
  ])('%s: responseBody and cause', async (_name, run) => {
    server.respond({ kind: 'raw', status: 200, contentType: 'application/json', body: unreadable });
    const error = await failure(run);
    expect(error).toBeInstanceOf(Error);
    expectNoKey(error);
  });
});

describe('native routes', () => {
  it.each([
    ['messages', () => provider().messages('claude-sonnet-4-6')],
    ['responses', () => provider().responses('gpt-4.1')],
    ['gemini', () => provider().gemini('gemini-2.5-flash')],
  ] as const)(
    '%s: the cause chain printed by console.error holds no key',
    async (_route, model) => {
      server.respond({
        kind: 'json',
        status: 400,
        body: JSON.stringify({
          type: 'error',
          error: { type: 'invalid_request_error', message: `bad key ${KEY}` },
        }),
      });
      const error = await failure(() =>
        generateText({ model: model(), prompt: 'x', maxRetries: 0 }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expectNoKey(error);
    },
  );

  it('responses: a 200 body that is not JSON', async () => {
    server.respond({ kind: 'raw', status: 200, contentType: 'text/plain', body: `oops ${KEY}` });
    const error = await failure(() =>
      generateText({ model: provider().responses('gpt-4.1'), prompt: 'x', maxRetries: 0 }),
    );
    expectNoKey(error);
  });
});
