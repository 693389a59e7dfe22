import { fileURLToPath } from 'node:url';
import {
  APICallError,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Prompt,
  type LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectStream, joinDeltas } from '../../../test/collect-stream';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';
import { getGLMModelTraits } from './get-glm-model-traits';
import { mapGLMErrorCode } from './map-glm-error-code';

/**
 * The GLM adapter: the request it shapes (reasoning mapping, thinking switches, settings GLM
 * does not take, reasoning sent back) and the GLM stream variants the recorded captures do not
 * cover (2026-12-03-wire-rules.md#glm): `role: ""`, object `arguments`, usage in a separate `choices: []`
 * chunk, GLM finish reasons, string error codes.
 */

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const ANSWER = loadFixture(
  `${FIXTURES}zai-glm-4.7-flash_coding-endpoint_text__turn1of1.response.json`,
);
const PROMPT: LanguageModelV4Prompt = [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }];

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;

beforeAll(async () => {
  server = await startFixtureServer();
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.respond(ANSWER);
});

async function send(modelId: string, options: Partial<LanguageModelV4CallOptions> = {}) {
  const result = await ccapi.chat(modelId).doGenerate({ prompt: PROMPT, ...options });
  return {
    body: server.requests[server.requests.length - 1]?.body,
    warnings: result.warnings,
    result,
  };
}

async function streamParts(body: string, modelId = 'glm-5') {
  server.respond({ kind: 'sse', body });
  return collectStream((await ccapi.chat(modelId).doStream({ prompt: PROMPT })).stream);
}

/** A GLM stream chunk: no `finish_reason` key unless given, role repeated on every delta. */
function glmChunk(delta: object, extra: { finish?: string; usage?: object; role?: string } = {}) {
  const choice: Record<string, unknown> = {
    index: 0,
    delta: { role: extra.role ?? 'assistant', ...delta },
  };
  if (extra.finish != null) choice.finish_reason = extra.finish;
  return `data: ${JSON.stringify({
    id: '20260313050448e162ecc8207a4c47',
    created: 1773349488,
    object: 'chat.completion.chunk',
    model: 'glm-5',
    choices: [choice],
    ...(extra.usage != null ? { usage: extra.usage } : {}),
  })}\n\n`;
}

const USAGE = {
  prompt_tokens: 20,
  completion_tokens: 12,
  total_tokens: 32,
  prompt_tokens_details: { cached_tokens: 5 },
  completion_tokens_details: { reasoning_tokens: 4 },
};

function finishOf(parts: LanguageModelV4StreamPart[]) {
  const finish = parts.find((part) => part.type === 'finish');
  if (finish?.type !== 'finish') throw new Error('no finish');
  return finish;
}

describe('getGLMModelTraits', () => {
  it.each([
    ['glm-4.5-air', false, false],
    ['glm-4.7-flash', false, false],
    ['glm-5', false, false],
    ['glm-5-turbo', false, false],
    ['glm-5.1', false, false],
    ['glm-5.2', true, false],
    ['glm-5.3-air', true, true],
    ['glm-5.10', true, true],
    ['glm-6', true, true],
  ] as const)('%s', (id, hasEffortLevels, alwaysThinks) => {
    expect(getGLMModelTraits(id)).toMatchObject({ hasEffortLevels, alwaysThinks });
  });

  it('ids without a version', () => {
    expect(getGLMModelTraits('glm-z1-air')).toEqual({
      version: undefined,
      hasEffortLevels: false,
      alwaysThinks: false,
    });
  });
});

describe('reasoning option → thinking / reasoning_effort', () => {
  it('sends nothing by default', async () => {
    for (const reasoning of [undefined, 'provider-default'] as const) {
      const { body, warnings } = await send('glm-5', { reasoning });
      expect(body.thinking).toBeUndefined();
      expect(body.reasoning_effort).toBeUndefined();
      expect(warnings).toEqual([]);
    }
  });

  it("GLM-4.5 … 5.1: 'none' disables thinking; levels turn it on with a warning", async () => {
    const off = await send('zhipu/glm-5', { reasoning: 'none' });
    expect(off.body.thinking).toEqual({ type: 'disabled' });
    expect(off.warnings).toEqual([]);

    for (const reasoning of ['minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const) {
      const { body, warnings } = await send('glm-4.7', { reasoning });
      expect(body.thinking).toEqual({ type: 'enabled' });
      expect(body.reasoning_effort).toBeUndefined();
      expect(warnings).toEqual([
        {
          type: 'compatibility',
          feature: 'reasoning',
          details: `glm-4.7 has no reasoning effort levels, only thinking on or off: reasoning '${reasoning}' turned thinking on.`,
        },
      ]);
    }
  });

  it.each([
    ['minimal', 'low', true],
    ['low', 'low', false],
    ['medium', 'high', true],
    ['high', 'high', false],
    ['xhigh', 'high', true],
    ['max', 'max', false],
  ] as const)("GLM-5.2: '%s' → reasoning_effort '%s'", async (reasoning, effort, approximated) => {
    const { body, warnings } = await send('glm-5.2', { reasoning });
    expect(body.thinking).toEqual({ type: 'enabled' });
    expect(body.reasoning_effort).toBe(effort);
    const features = warnings.map((warning) => 'feature' in warning && warning.feature);
    // Always: the Zhipu channel drops reasoning_effort. Sometimes: the level was approximated.
    expect(features).toEqual(approximated ? ['reasoning', 'reasoning'] : ['reasoning']);
    expect(JSON.stringify(warnings)).toContain("CCAPI's Zhipu channel drops it");
  });

  it("GLM-5.3 always thinks: 'none' becomes effort 'low' with a warning", async () => {
    const { body, warnings } = await send('glm-5.3', { reasoning: 'none' });
    expect(body.thinking).toBeUndefined();
    expect(body.reasoning_effort).toBe('low');
    expect(JSON.stringify(warnings)).toContain('always thinks');

    const explicit = await send('glm-5.3', { providerOptions: { ccapi: { thinking: false } } });
    expect(explicit.body.thinking).toEqual({ type: 'disabled' });
    expect(JSON.stringify(explicit.warnings)).toContain('error 1210');
  });

  it('providerOptions.ccapi.thinking / clearThinking override the mapping', async () => {
    const off = await send('glm-5.2', {
      reasoning: 'high',
      providerOptions: { ccapi: { thinking: 'disabled' } },
    });
    expect(off.body.thinking).toEqual({ type: 'disabled' });
    expect(off.body.reasoning_effort).toBeUndefined();

    const preserved = await send('glm-5', { providerOptions: { ccapi: { clearThinking: false } } });
    expect(preserved.body.thinking).toEqual({ type: 'enabled', clear_thinking: false });
    expect(preserved.warnings).toEqual([
      expect.objectContaining({
        type: 'compatibility',
        feature: 'providerOptions.ccapi.clearThinking',
      }),
    ]);

    const cleared = await send('glm-5', {
      reasoning: 'none',
      providerOptions: { ccapi: { thinking: true, clearThinking: true } },
    });
    expect(cleared.body.thinking).toEqual({ type: 'enabled', clear_thinking: true });
    expect(cleared.warnings).toEqual([]);

    const ignored = await send('glm-5', {
      providerOptions: { ccapi: { thinking: false, clearThinking: false } },
    });
    expect(ignored.body.thinking).toEqual({ type: 'disabled' });
    expect(ignored.warnings).toEqual([
      expect.objectContaining({
        type: 'unsupported',
        feature: 'providerOptions.ccapi.clearThinking',
      }),
    ]);
  });
});

describe('settings GLM does not take', () => {
  it('one stop word only', async () => {
    const { body, warnings } = await send('glm-5', { stopSequences: ['END', 'STOP'] });
    expect(body.stop).toEqual(['END']);
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'stopSequences' }),
    ]);
    const single = await send('glm-5', { stopSequences: ['END'] });
    expect(single.body.stop).toEqual(['END']);
    expect(single.warnings).toEqual([]);
  });

  it('temperature above 1 is clamped; topP passes', async () => {
    const { body, warnings } = await send('glm-5', { temperature: 1.5, topP: 0.8 });
    expect(body.temperature).toBe(1);
    expect(body.top_p).toBe(0.8);
    expect(warnings).toEqual([expect.objectContaining({ feature: 'temperature' })]);
  });

  it('topK, penalties, seed and parallelToolCalls are removed with warnings', async () => {
    const { body, warnings } = await send('glm-5', {
      topK: 3,
      presencePenalty: 0.1,
      frequencyPenalty: 0.1,
      seed: 7,
      providerOptions: { ccapi: { parallelToolCalls: false } },
    });
    for (const field of [
      'top_k',
      'presence_penalty',
      'frequency_penalty',
      'seed',
      'parallel_tool_calls',
    ]) {
      expect(body[field]).toBeUndefined();
    }
    expect(warnings.map((warning) => warning.type === 'unsupported' && warning.feature)).toEqual([
      'topK',
      'presencePenalty',
      'frequencyPenalty',
      'seed',
      'providerOptions.ccapi.parallelToolCalls',
    ]);
  });

  it('JSON response formats: json_schema → json_object; both warn that the relay drops it', async () => {
    const schema = await send('glm-5', {
      responseFormat: { type: 'json', schema: { type: 'object' }, name: 'x' },
    });
    expect(schema.body.response_format).toEqual({ type: 'json_object' });
    expect(JSON.stringify(schema.warnings)).toContain('without a schema only');

    const plain = await send('glm-5', { responseFormat: { type: 'json' } });
    expect(plain.body.response_format).toEqual({ type: 'json_object' });
    expect(JSON.stringify(plain.warnings)).toContain('drops response_format');
  });
});

describe('reasoning sent back', () => {
  const user = (text: string) => ({
    role: 'user' as const,
    content: [{ type: 'text' as const, text }],
  });
  const call = (id: string) => ({
    type: 'tool-call' as const,
    toolCallId: id,
    toolName: 'weather',
    input: { location: 'Florence' },
  });
  const result = (id: string) => ({
    role: 'tool' as const,
    content: [
      {
        type: 'tool-result' as const,
        toolCallId: id,
        toolName: 'weather',
        output: { type: 'text' as const, value: '40 C' },
      },
    ],
  });
  const REASONING = 'The user asks about Florence.\n\nI  will call  the tool.  ';
  const history: LanguageModelV4Prompt = [
    user('Weather in Florence?'),
    {
      role: 'assistant',
      content: [
        { type: 'reasoning', text: REASONING },
        { type: 'text', text: "I'll check." },
        call('call_a'),
      ],
    },
    result('call_a'),
    {
      role: 'assistant',
      content: [
        { type: 'reasoning', text: 'It is hot.' },
        { type: 'text', text: '40°C.' },
      ],
    },
    user('Thanks'),
    { role: 'assistant', content: [{ type: 'text', text: 'You are welcome.' }] },
    user('Bye'),
  ];

  it('unmodified on every assistant message that had reasoning, never back-filled', async () => {
    const { body } = await send('glm-5', { prompt: history });
    const assistant = body.messages.filter(
      (message: { role: string }) => message.role === 'assistant',
    );
    expect(assistant[0]).toEqual({
      role: 'assistant',
      content: "I'll check.",
      tool_calls: [
        {
          id: 'call_a',
          type: 'function',
          function: { name: 'weather', arguments: '{"location":"Florence"}' },
        },
      ],
      reasoning_content: REASONING,
    });
    expect(assistant[1].reasoning_content).toBe('It is hot.');
    expect('reasoning_content' in assistant[2]).toBe(false);
    expect(body.messages[2]).toEqual({ role: 'tool', tool_call_id: 'call_a', content: '40 C' });
  });

  it('several reasoning parts are joined in order; reasoning_details stored by a gateway go back', async () => {
    const details = [{ type: 'reasoning.text', text: 'AB', format: 'unknown', index: 0 }];
    const { body } = await send('glm-5', {
      prompt: [
        user('q'),
        {
          role: 'assistant',
          content: [
            {
              type: 'reasoning',
              text: 'A',
              providerOptions: { ccapi: { reasoningDetails: details } },
            },
            { type: 'reasoning', text: 'B' },
            call('call_b'),
          ],
        },
        result('call_b'),
      ],
    });
    expect(body.messages[1].reasoning_content).toBe('AB');
    expect(body.messages[1].reasoning_details).toEqual(details);
  });

  it('sendReasoning: false sends none', async () => {
    const { body } = await send('glm-5', {
      prompt: history,
      providerOptions: { ccapi: { sendReasoning: false } },
    });
    expect(JSON.stringify(body.messages)).not.toContain('reasoning_content');
  });
});

describe('GLM stream variants', () => {
  it('`role: ""` on every delta is tolerated', async () => {
    const parts = await streamParts(
      glmChunk({ reasoning_content: 'Think' }, { role: '' }) +
        glmChunk({ content: 'Hi' }, { role: '' }) +
        glmChunk({ content: '' }, { role: '', finish: 'stop', usage: USAGE }) +
        'data: [DONE]\n\n',
    );
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(joinDeltas(parts, 'reasoning-delta')).toBe('Think');
    expect(joinDeltas(parts, 'text-delta')).toBe('Hi');
    expect(finishOf(parts).finishReason).toEqual({ unified: 'stop', raw: 'stop' });
  });

  it('`arguments` as an object (the documented schema) becomes the JSON input', async () => {
    const parts = await streamParts(
      glmChunk({
        tool_calls: [
          {
            id: 'call_obj',
            index: 0,
            type: 'function',
            function: { name: 'add', arguments: { a: 2, b: 3 } },
          },
        ],
      }) +
        glmChunk(
          {
            tool_calls: [
              {
                id: 'call_obj2',
                index: 1,
                type: 'function',
                function: { name: 'multiply', arguments: { a: 2, b: 3 } },
              },
            ],
          },
          // GLM-4-Flash puts the call and the finish in the same chunk.
          { finish: 'tool_calls', usage: USAGE },
        ) +
        'data: [DONE]\n\n',
    );
    expect(parts.filter((part) => part.type === 'tool-call')).toEqual([
      { type: 'tool-call', toolCallId: 'call_obj', toolName: 'add', input: '{"a":2,"b":3}' },
      { type: 'tool-call', toolCallId: 'call_obj2', toolName: 'multiply', input: '{"a":2,"b":3}' },
    ]);
    expect(finishOf(parts).finishReason).toEqual({ unified: 'tool-calls', raw: 'tool_calls' });
  });

  it('usage in the finish chunk and usage in a separate `choices: []` chunk read the same', async () => {
    const inFinish = await streamParts(
      glmChunk({ content: 'Hi' }) +
        glmChunk({ content: '' }, { finish: 'stop', usage: USAGE }) +
        'data: [DONE]\n\n',
    );
    const separate = await streamParts(
      glmChunk({ content: 'Hi' }) +
        glmChunk({ content: '' }, { finish: 'stop' }) +
        `data: ${JSON.stringify({ id: 'x', created: 1, model: 'glm-4.6', choices: [], usage: USAGE })}\n\n` +
        'data: [DONE]\n\n',
    );
    const expected = {
      inputTokens: { total: 20, noCache: 15, cacheRead: 5, cacheWrite: undefined },
      outputTokens: { total: 12, text: 8, reasoning: 4 },
    };
    expect(finishOf(inFinish).usage).toMatchObject(expected);
    expect(finishOf(separate).usage).toMatchObject(expected);
  });

  it.each([
    ['sensitive', 'content-filter'],
    ['network_error', 'error'],
    ['model_context_window_exceeded', 'length'],
    ['length', 'length'],
    ['something_new', 'other'],
  ] as const)('finish_reason %s → %s, raw kept', async (raw, unified) => {
    const parts = await streamParts(
      glmChunk({ content: 'Part' }) +
        glmChunk({ content: '' }, { finish: raw, usage: USAGE }) +
        'data: [DONE]\n\n',
    );
    expect(finishOf(parts).finishReason).toEqual({ unified, raw });

    server.respond({
      kind: 'json',
      body: JSON.stringify({
        id: 'g',
        request_id: 'g',
        created: 1,
        model: 'glm-5',
        object: 'chat.completion',
        choices: [
          { index: 0, finish_reason: raw, message: { role: 'assistant', content: 'Part' } },
        ],
        usage: USAGE,
      }),
    });
    const { result } = await send('glm-5');
    expect(result.finishReason).toEqual({ unified, raw });
  });

  it('a stream that ends without any finish_reason is an error, not a silent stop', async () => {
    const parts = await streamParts(glmChunk({ content: 'Hi' }) + 'data: [DONE]\n\n');
    expect(parts.some((part) => part.type === 'error')).toBe(true);
    expect(finishOf(parts).finishReason).toEqual({ unified: 'error', raw: undefined });
  });
});

describe('GLM errors (string codes)', () => {
  it.each([
    ['1002', 401],
    ['1113', 402],
    ['1112', 403],
    ['1211', 404],
    ['1214', 400],
    ['1261', 400],
    ['1301', 400],
    ['1302', 429],
    ['1305', 429],
    ['1234', 500],
    ['500', 500],
    ['9999', 500],
  ])('mapGLMErrorCode(%s) = %d', (code, status) => {
    expect(mapGLMErrorCode(code)).toBe(status);
  });

  it('an error inside a 200 body becomes an APICallError with the mapped status', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        error: { code: '1302', message: 'High concurrency usage of this API.' },
      }),
    });
    const error = await send('glm-5').catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(429);
    expect((error as APICallError).isRetryable).toBe(true);
    expect((error as Error).message).toContain('High concurrency usage of this API.');
  });

  it('an error chunk mid-stream (content filter) becomes an error part, not retryable', async () => {
    const parts = await streamParts(
      glmChunk({ content: 'Partial' }) +
        `data: ${JSON.stringify({ error: { code: '1301', message: 'Unsafe or sensitive content.' } })}\n\n` +
        'data: [DONE]\n\n',
    );
    const error = parts.find((part) => part.type === 'error');
    expect(error?.type === 'error' && APICallError.isInstance(error.error)).toBe(true);
    const apiError = (error as { error: APICallError }).error;
    expect(apiError.statusCode).toBe(400);
    expect(apiError.isRetryable).toBe(false);
    expect(apiError.message).toContain('(1301)');
    expect(finishOf(parts).finishReason.unified).toBe('error');
  });

  it('an HTTP 400 with a GLM body keeps the GLM message and code', async () => {
    server.respond({
      kind: 'json',
      status: 400,
      body: JSON.stringify({
        error: {
          code: '1214',
          message: 'The messages parameter is illegal. Please check the documentation.',
        },
      }),
    });
    const error = (await send('glm-5').catch((caught: unknown) => caught)) as APICallError;
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain('The messages parameter is illegal');
    expect((error.data as { code?: string }).code).toBe('1214');
  });
});
