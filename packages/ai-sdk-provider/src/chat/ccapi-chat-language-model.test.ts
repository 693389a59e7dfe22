import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  APICallError,
  InvalidArgumentError,
  type LanguageModelV4CallOptions,
  LoadAPIKeyError,
} from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../test/collect-stream';
import { type FixtureServer, startFixtureServer } from '../../test/fixture-server';
import { createCCAPI } from '../ccapi-provider';

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({
    baseURL: `${server.baseURL}/`,
    apiKey: 'sk-test-key-123456',
    headers: { 'x-app': 'demo' },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const prompt: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'Hello' }] },
];

const chunk = (delta: Record<string, unknown>, finish: string | null = null, extra = {}) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-1', model: 'm', created: 1_700_000_000, choices: [{ index: 0, delta, finish_reason: finish }], usage: null, ...extra })}\n\n`;
const sse = (...frames: string[]) => ({ kind: 'sse' as const, body: frames.join('') });
const okBody = {
  id: 'chatcmpl-1',
  model: 'm',
  created: 1,
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 3, completion_tokens: 1 },
};

describe('request', () => {
  it('maps call settings, auth and headers to the wire', async () => {
    server.respond({ kind: 'json', body: JSON.stringify(okBody) });
    // A model id no brand claims, so only the core mapping is under test.
    const result = await ccapi.chat('acme-chat-1').doGenerate({
      prompt,
      maxOutputTokens: 100,
      temperature: 0.5,
      topP: 0.9,
      topK: 40,
      frequencyPenalty: 0.1,
      presencePenalty: 0.2,
      stopSequences: ['END'],
      seed: 7,
      headers: { 'x-call': 'yes' },
      providerOptions: {
        ccapi: { user: 'u1', parallelToolCalls: false, extraBody: { custom: 1 } },
      },
    });
    const request = server.requests[0]!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-test-key-123456');
    expect(request.headers['x-app']).toBe('demo');
    expect(request.headers['x-call']).toBe('yes');
    expect(request.headers['user-agent']).toContain('ccapi-ai-sdk-provider/0.0.0-test');
    expect(request.body).toMatchObject({
      model: 'acme-chat-1',
      messages: [{ role: 'user', content: 'Hello' }],
      max_tokens: 100,
      temperature: 0.5,
      top_p: 0.9,
      top_k: 40,
      frequency_penalty: 0.1,
      presence_penalty: 0.2,
      stop: ['END'],
      seed: 7,
      user: 'u1',
      parallel_tool_calls: false,
      custom: 1,
    });
    expect(result.request?.body).toEqual(request.body);
    expect(result.content).toEqual([{ type: 'text', text: 'Hi' }]);
    expect(result.providerMetadata?.ccapi).toMatchObject({ route: 'chat' });
  });

  it('json response formats: json_schema (strict by default) and json_object', async () => {
    server.respond({ kind: 'json', body: JSON.stringify(okBody) });
    const schema = { type: 'object', properties: { a: { type: 'string' } } } as const;
    await ccapi
      .chat('gpt-4o')
      .doGenerate({ prompt, responseFormat: { type: 'json', schema, name: 'thing' } });
    await ccapi.chat('gpt-4o').doGenerate({ prompt, responseFormat: { type: 'json' } });
    await ccapi.chat('gpt-4o').doGenerate({
      prompt,
      responseFormat: { type: 'json', schema },
      providerOptions: { ccapi: { strictJsonSchema: false } },
    });
    expect(server.requests.map((request) => request.body.response_format)).toEqual([
      { type: 'json_schema', json_schema: { name: 'thing', schema, strict: true } },
      { type: 'json_object' },
      { type: 'json_schema', json_schema: { name: 'response', schema, strict: false } },
    ]);
  });

  it('OpenAI reasoning models: max_completion_tokens, sampling settings dropped with warnings', async () => {
    server.respond({ kind: 'json', body: JSON.stringify(okBody) });
    const result = await ccapi.chat('openai/gpt-5').doGenerate({
      prompt,
      maxOutputTokens: 50,
      temperature: 0.3,
      topK: 3,
      reasoning: 'high',
    });
    const body = server.requests[0]!.body;
    expect(body.max_completion_tokens).toBe(50);
    expect(body.max_tokens).toBeUndefined();
    expect(body.temperature).toBeUndefined();
    expect(body.top_k).toBeUndefined();
    expect(body.reasoning_effort).toBe('high');
    expect(result.warnings.map((warning) => 'feature' in warning && warning.feature)).toEqual(
      expect.arrayContaining(['topK', 'temperature']),
    );
  });

  it('unknown providerOptions.ccapi keys and bad values are InvalidArgumentErrors', async () => {
    await expect(
      ccapi.chat('gpt-4o').doGenerate({ prompt, providerOptions: { ccapi: { thinkng: true } } }),
    ).rejects.toSatisfy(
      (error) => InvalidArgumentError.isInstance(error) && /thinkng/.test((error as Error).message),
    );
    await expect(
      ccapi.chat('gpt-4o').doGenerate({ prompt, providerOptions: { ccapi: { user: 42 } } }),
    ).rejects.toSatisfy(InvalidArgumentError.isInstance);
    await expect(
      ccapi.chat('gpt-4o').doGenerate({ prompt, providerOptions: { ccapi: { brand: 'acme' } } }),
    ).rejects.toSatisfy(InvalidArgumentError.isInstance);
    expect(server.requests).toHaveLength(0);
  });

  it('a missing API key is a LoadAPIKeyError at request time, naming CCAPI_API_KEY', async () => {
    const previous = process.env.CCAPI_API_KEY;
    delete process.env.CCAPI_API_KEY;
    try {
      const model = createCCAPI({ baseURL: server.baseURL }).chat('gpt-4o');
      await expect(model.doGenerate({ prompt })).rejects.toSatisfy(
        (error) =>
          LoadAPIKeyError.isInstance(error) && /CCAPI_API_KEY/.test((error as Error).message),
      );
    } finally {
      if (previous != null) process.env.CCAPI_API_KEY = previous;
    }
  });
});

describe('doGenerate responses', () => {
  it('an error body with status 200 becomes an APICallError', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        error: { message: 'upstream exploded', code: 'bad_response_status_code' },
      }),
    });
    await expect(ccapi.chat('gpt-4o').doGenerate({ prompt })).rejects.toSatisfy(
      (error) =>
        APICallError.isInstance(error) && /upstream exploded/.test((error as Error).message),
    );
  });

  it('an HTML page (wrong base URL) becomes an APICallError that says so', async () => {
    server.respond({
      kind: 'raw',
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html></html>',
    });
    await expect(ccapi.chat('gpt-4o').doGenerate({ prompt })).rejects.toSatisfy(
      (error) =>
        APICallError.isInstance(error) &&
        /base URL is probably wrong/.test((error as Error).message),
    );
    await expect(ccapi.chat('gpt-4o').doStream({ prompt })).rejects.toSatisfy(
      APICallError.isInstance,
    );
  });

  it('a 2xx body that is not JSON says so instead of quoting it as an upstream error', async () => {
    server.respond({
      kind: 'raw',
      status: 200,
      contentType: 'application/json',
      body: 'upstream gateway timeout',
    });
    await expect(ccapi.chat('gpt-4o').doGenerate({ prompt })).rejects.toSatisfy(
      (error) => APICallError.isInstance(error) && /not valid JSON/.test((error as Error).message),
    );
  });

  it('a 401 error never carries the API key', async () => {
    server.respond({
      kind: 'json',
      status: 401,
      body: JSON.stringify({ error: { message: 'Invalid token sk-test-key-123456' } }),
    });
    const error = (await ccapi
      .chat('gpt-4o')
      .doGenerate({ prompt })
      .then(undefined, (caught: unknown) => caught)) as APICallError;
    expect(error.statusCode).toBe(401);
    expect(
      JSON.stringify({
        message: error.message,
        body: error.responseBody,
        request: error.requestBodyValues,
      }),
    ).not.toContain('sk-test-key-123456');
  });

  it('leading think tags in content become reasoning', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        ...okBody,
        choices: [
          {
            index: 0,
            message: { content: '<think>\nplan\n</think>\n\nanswer' },
            finish_reason: 'stop',
          },
        ],
      }),
    });
    const result = await ccapi.chat('some-model').doGenerate({ prompt });
    expect(result.content).toEqual([
      {
        type: 'reasoning',
        text: 'plan',
        providerMetadata: { ccapi: { thinkBlock: '<think>\nplan\n</think>\n\n' } },
      },
      { type: 'text', text: 'answer' },
    ]);
  });
});

describe('doStream', () => {
  it('tolerates keep-alives, empty deltas, choices:[] chunks, usage:null and a missing [DONE]', async () => {
    server.respond(
      sse(
        ': keep-alive\n\n',
        chunk({ role: 'assistant', content: '' }),
        chunk({}),
        `data: ${JSON.stringify({ id: 'chatcmpl-1', choices: [], usage: null })}\n\n`,
        chunk({ content: 'Hel' }),
        ': keep-alive\n\n',
        chunk({ content: 'lo' }, 'stop'),
        `data: ${JSON.stringify({ id: 'chatcmpl-1', choices: [], usage: { prompt_tokens: 5, completion_tokens: 2 } })}\n\n`,
      ),
    );
    const { stream } = await ccapi.chat('gpt-4o').doStream({ prompt });
    const parts = await collectStream(stream);
    expect(joinDeltas(parts, 'text-delta')).toBe('Hello');
    const finish = parts.at(-1);
    expect(finish).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: { inputTokens: { total: 5 }, outputTokens: { total: 2 } },
    });
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(parts[0]).toEqual({ type: 'stream-start', warnings: [] });
    expect(parts[1]).toMatchObject({ type: 'response-metadata', id: 'chatcmpl-1', modelId: 'm' });
    const body = server.requests[0]!.body;
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
  });

  it('a stream that ends with [DONE] but no finish reason is an error, not success', async () => {
    server.respond(sse(chunk({ content: 'partial' }), 'data: [DONE]\n\n'));
    const parts = await collectStream((await ccapi.chat('gpt-4o').doStream({ prompt })).stream);
    const types = parts.map((part) => part.type);
    expect(types.slice(-2)).toEqual(['error', 'finish']);
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'error', raw: undefined } });
    expect(joinDeltas(parts, 'text-delta')).toBe('partial');
  });

  it('an in-stream data: {"error"} event becomes an error part and the stream ends cleanly', async () => {
    server.respond(
      sse(
        chunk({ content: 'a' }),
        `data: ${JSON.stringify({ error: { message: 'rate limited upstream', type: 'rate_limit_error', code: 429 } })}\n\n`,
        'data: [DONE]\n\n',
      ),
    );
    const parts = await collectStream((await ccapi.chat('gpt-4o').doStream({ prompt })).stream);
    const error = parts.find((part) => part.type === 'error');
    expect(error).toBeDefined();
    expect(APICallError.isInstance((error as { error: unknown }).error)).toBe(true);
    expect((error as { error: APICallError }).error.isRetryable).toBe(true);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'error' } });
  });

  it('the relay\'s bare {"error"} line without data: becomes an error part', async () => {
    server.respond(
      sse(
        chunk({ content: 'a' }),
        '{"error":{"message":"Overloaded (request id: 1)","type":"overloaded_error","param":"","code":"overloaded_error"}}',
      ),
    );
    const parts = await collectStream(
      (await ccapi.chat('claude-sonnet-4-6').doStream({ prompt })).stream,
    );
    const errors = parts.filter((part) => part.type === 'error');
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as { error: Error }).error.message)).toContain('Overloaded');
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'error' } });
  });

  it('a malformed chunk is reported and later chunks still count', async () => {
    server.respond(
      sse(chunk({ content: 'a' }), 'data: {"choices":[{"delt\n\n', chunk({ content: 'b' }, 'stop')),
    );
    const parts = await collectStream((await ccapi.chat('gpt-4o').doStream({ prompt })).stream);
    expect(parts.filter((part) => part.type === 'error')).toHaveLength(1);
    expect(joinDeltas(parts, 'text-delta')).toBe('ab');
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'stop' } });
  });

  it('raw chunks are emitted when asked for', async () => {
    server.respond(sse(chunk({ content: 'a' }, 'stop')));
    const parts = await collectStream(
      (await ccapi.chat('gpt-4o').doStream({ prompt, includeRawChunks: true })).stream,
    );
    expect(parts.filter((part) => part.type === 'raw')).toHaveLength(1);
  });

  it('reasoning comes before text and is closed when text starts', async () => {
    server.respond(
      sse(
        chunk({ role: 'assistant', content: null, reasoning_content: '' }),
        chunk({ content: null, reasoning_content: 'Let me ' }),
        chunk({ content: null, reasoning_content: 'think.' }),
        chunk({ content: 'Answer', reasoning_content: null }, 'stop'),
      ),
    );
    const parts = await collectStream(
      (await ccapi.chat('deepseek-v3.2').doStream({ prompt })).stream,
    );
    expect(
      parts
        .map((part) => part.type)
        .filter((type) => type !== 'stream-start' && type !== 'response-metadata'),
    ).toEqual([
      'reasoning-start',
      // Both reasoning deltas came in one network read: one part.
      'reasoning-delta',
      'reasoning-end',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ]);
    expect(joinDeltas(parts, 'reasoning-delta')).toBe('Let me think.');
  });

  it('merges deltas of one read into one part, and never waits for the next read', async () => {
    const events = [
      chunk({ content: 'Hel' }),
      chunk({ content: 'lo' }),
      chunk({ content: ', ' }),
      chunk({ content: 'Ada' }, 'stop'),
    ];
    server.respond({
      kind: 'chunks',
      contentType: 'text/event-stream',
      // Two reads: the first ends inside the third event.
      chunks: [
        events.slice(0, 2).join('') + events[2]!.slice(0, 10),
        events[2]!.slice(10) + events[3]! + 'data: [DONE]\n\n',
      ],
    });
    const parts = await collectStream((await ccapi.chat('gpt-4o').doStream({ prompt })).stream);
    const deltas = parts.filter((part) => part.type === 'text-delta').map((part) => part.delta);
    expect(deltas).toEqual(['Hello', ', Ada']);
  });

  it('keeps one raw part per event with includeRawChunks, and deltas between them apart', async () => {
    server.respond(sse(chunk({ content: 'a' }), chunk({ content: 'b' }, 'stop')));
    const parts = await collectStream(
      (await ccapi.chat('gpt-4o').doStream({ prompt, includeRawChunks: true })).stream,
    );
    expect(parts.filter((part) => part.type === 'raw')).toHaveLength(2);
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.delta)).toEqual([
      'a',
      'b',
    ]);
  });

  it('a JSON body answering a stream request is read as one message', async () => {
    server.respond({ kind: 'json', body: JSON.stringify(okBody) });
    const parts = await collectStream((await ccapi.chat('gpt-4o').doStream({ prompt })).stream);
    expect(joinDeltas(parts, 'text-delta')).toBe('Hi');
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'stop' } });
  });
});

describe('connection failures', () => {
  let port: number;
  let close: () => Promise<void>;
  let mode: 'drop' | 'stall' = 'drop';

  beforeAll(async () => {
    const raw = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk({ content: 'partial' }));
      if (mode === 'drop') setTimeout(() => res.socket?.destroy(), 20);
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    port = (raw.address() as AddressInfo).port;
    close = () =>
      new Promise<void>((resolve) => {
        raw.closeAllConnections();
        raw.close(() => resolve());
      });
  });
  afterAll(() => close());

  it('a dropped connection mid-stream keeps what arrived and ends with error + finish', async () => {
    mode = 'drop';
    const model = createCCAPI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'k' }).chat(
      'gpt-4o',
    );
    const parts = await collectStream((await model.doStream({ prompt })).stream);
    expect(joinDeltas(parts, 'text-delta')).toBe('partial');
    const types = parts.map((part) => part.type);
    expect(types.filter((type) => type === 'error')).toHaveLength(1);
    const error = (parts.find((part) => part.type === 'error') as { error: APICallError }).error;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/connection to CCAPI closed/);
    expect(types.at(-1)).toBe('finish');
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'error' } });
  });

  it('abort ends a stalled stream promptly with the abort error', async () => {
    mode = 'stall';
    const controller = new AbortController();
    const model = createCCAPI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'k' }).chat(
      'gpt-4o',
    );
    const { stream } = await model.doStream({ prompt, abortSignal: controller.signal });
    const reader = stream.getReader();
    const seen: string[] = [];
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          seen.push(value.type);
        }
      })(),
    ).rejects.toSatisfy((error) => error instanceof Error && error.name === 'AbortError');
    expect(seen).toContain('text-delta');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('think blocks', () => {
  it('an empty think block still becomes a reasoning part that carries the raw block', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        ...okBody,
        choices: [
          { index: 0, message: { content: '<think>\n\n</think>\n\nHello' }, finish_reason: 'stop' },
        ],
      }),
    });
    const result = await ccapi.chat('some-model').doGenerate({ prompt });
    expect(result.content).toEqual([
      {
        type: 'reasoning',
        text: '',
        providerMetadata: { ccapi: { thinkBlock: '<think>\n\n</think>\n\n' } },
      },
      { type: 'text', text: 'Hello' },
    ]);
  });
});

describe('reasoning_details without an open reasoning part', () => {
  it('an encrypted-only entry and a late signature still reach a reasoning part for the next turn', async () => {
    server.respond(
      sse(
        chunk({
          reasoning: 'Plan.',
          reasoning_details: [{ type: 'reasoning.text', index: 0, text: 'Plan.', signature: '' }],
        }),
        chunk({
          tool_calls: [
            { index: 0, id: 'c1', type: 'function', function: { name: 'a', arguments: '{}' } },
          ],
        }),
        chunk({
          reasoning_details: [{ type: 'reasoning.text', index: 0, text: '', signature: 'sig-1' }],
        }),
        chunk(
          { reasoning_details: [{ type: 'reasoning.encrypted', index: 1, data: 'enc' }] },
          'tool_calls',
        ),
      ),
    );
    const parts = await collectStream(
      (await ccapi.chat('acme-chat-1').doStream({ prompt })).stream,
    );
    const ends = parts.filter((part) => part.type === 'reasoning-end');
    expect(ends).toHaveLength(2);
    expect(ends.at(-1)?.providerMetadata?.ccapi).toEqual({
      reasoningDetails: [
        { type: 'reasoning.text', index: 0, text: 'Plan.', signature: 'sig-1' },
        { type: 'reasoning.encrypted', index: 1, data: 'enc' },
      ],
    });
  });
});
