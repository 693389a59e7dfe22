import { fileURLToPath } from 'node:url';
import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectStream } from '../../../test/collect-stream';
import { type FixtureServer, loadFixture, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';
import { getDeepSeekModelTraits } from './get-deepseek-model-traits';

/**
 * The DeepSeek adapter's request side, checked on the body that reaches a loopback server: the
 * `reasoning` mapping, thinking switches, warnings, and which assistant messages carry
 * `reasoning_content` (2026-12-03-wire-rules.md#deepseek, #native-routes).
 */

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const ANSWER = loadFixture(
  `${FIXTURES}deepseek-reasoner_v3.2_text__reasoning_content__nonstream.json`,
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
  const body = server.requests[server.requests.length - 1]?.body;
  return { body, warnings: result.warnings, result };
}

describe('getDeepSeekModelTraits', () => {
  it.each([
    ['deepseek-v3.2', 'v3', 'unknown', undefined],
    ['deepseek-chat', 'v3', 'off', undefined],
    ['deepseek-reasoner', 'v3', 'on', undefined],
    ['deepseek-v4', 'v4', 'on', undefined],
    ['deepseek-v4-flash', 'v4', 'on', undefined],
    ['deepseek-v4.1-flash', 'v4', 'on', undefined],
    ['deepseek-v5-pro', 'v4', 'on', undefined],
    ['deepseek-v4-pro-none', 'v4', 'off', 'none'],
    ['deepseek-v4-pro-max', 'v4', 'on', 'max'],
  ] as const)('%s', (id, generation, thinkingByDefault, gatewaySwitch) => {
    expect(getDeepSeekModelTraits(id)).toEqual({ generation, thinkingByDefault, gatewaySwitch });
  });
});

describe('reasoning option → thinking / reasoning_effort', () => {
  it('sends nothing for provider-default or no reasoning option', async () => {
    for (const reasoning of [undefined, 'provider-default'] as const) {
      const { body, warnings } = await send('deepseek-v3.2', { reasoning });
      expect(body.thinking).toBeUndefined();
      expect(body.reasoning_effort).toBeUndefined();
      expect(warnings).toEqual([]);
    }
  });

  it("V3.2: 'none' disables thinking without a warning", async () => {
    const { body, warnings } = await send('deepseek-v3.2', { reasoning: 'none' });
    expect(body.thinking).toEqual({ type: 'disabled' });
    expect(body.reasoning_effort).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it.each(['minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const)(
    "V3.2: '%s' turns thinking on and warns that V3.2 has no effort levels",
    async (reasoning) => {
      const { body, warnings } = await send('deepseek-v3.2', { reasoning });
      expect(body.thinking).toEqual({ type: 'enabled' });
      expect(body.reasoning_effort).toBeUndefined();
      expect(warnings).toEqual([
        {
          type: 'compatibility',
          feature: 'reasoning',
          details: `deepseek-v3.2 has no reasoning effort levels, only thinking on or off: reasoning '${reasoning}' turned thinking on.`,
        },
      ]);
    },
  );

  it.each([
    ['minimal', 'low', true],
    ['low', 'low', false],
    ['medium', 'high', true],
    ['high', 'high', false],
    ['xhigh', 'high', true],
    ['max', 'max', false],
  ] as const)("V4: '%s' → reasoning_effort '%s'", async (reasoning, effort, approximated) => {
    const { body, warnings } = await send('deepseek/deepseek-v4-pro', { reasoning });
    expect(body.model).toBe('deepseek/deepseek-v4-pro');
    expect(body.thinking).toEqual({ type: 'enabled' });
    expect(body.reasoning_effort).toBe(effort);
    const reasoningWarnings = warnings.filter(
      (warning) => warning.type === 'compatibility' && warning.feature === 'reasoning',
    );
    expect(reasoningWarnings).toHaveLength(approximated ? 1 : 0);
    if (approximated) {
      expect(
        reasoningWarnings[0]?.type === 'compatibility' && reasoningWarnings[0].details,
      ).toContain(`mapped to effort "${effort}"`);
    }
  });

  it("V4: 'none' disables thinking and sends no effort", async () => {
    const { body, warnings } = await send('deepseek-v4-flash', { reasoning: 'none' });
    expect(body.thinking).toEqual({ type: 'disabled' });
    expect(body.reasoning_effort).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('providerOptions.ccapi.thinking overrides the reasoning option', async () => {
    const off = await send('deepseek-v4-pro', {
      reasoning: 'high',
      providerOptions: { ccapi: { thinking: false } },
    });
    expect(off.body.thinking).toEqual({ type: 'disabled' });
    expect(off.body.reasoning_effort).toBeUndefined();

    const on = await send('deepseek-v3.2', { providerOptions: { ccapi: { thinking: 'enabled' } } });
    expect(on.body.thinking).toEqual({ type: 'enabled' });
    expect(on.warnings).toEqual([]);

    const none = await send('deepseek-chat', {
      reasoning: 'none',
      providerOptions: { ccapi: { thinking: true } },
    });
    expect(none.body.thinking).toEqual({ type: 'enabled' });
  });

  it('providerOptions.ccapi.reasoningEffort is sent raw instead of the mapping', async () => {
    const { body } = await send('deepseek-v4-pro', {
      reasoning: 'low',
      providerOptions: { ccapi: { reasoningEffort: 'max' } },
    });
    expect(body.reasoning_effort).toBe('max');
    expect(body.thinking).toEqual({ type: 'enabled' });
  });

  it('ids with the gateway -none / -max suffix: nothing sent, a warning says why', async () => {
    const { body, warnings } = await send('deepseek-v4-pro-none', { reasoning: 'high' });
    expect(body.thinking).toBeUndefined();
    expect(body.reasoning_effort).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ type: 'compatibility', feature: 'reasoning' });
    expect(JSON.stringify(warnings[0])).toContain("'-none' suffix");

    const quiet = await send('deepseek-v4-pro-max');
    expect(quiet.warnings).toEqual([]);
  });
});

describe('settings DeepSeek ignores or rejects', () => {
  it('thinking mode: temperature, topP and penalties are sent but flagged as ignored', async () => {
    const { body, warnings } = await send('deepseek-v3.2', {
      providerOptions: { ccapi: { thinking: true } },
      temperature: 0.3,
      topP: 0.9,
      presencePenalty: 0.1,
      frequencyPenalty: 0.2,
    });
    expect(body).toMatchObject({
      temperature: 0.3,
      top_p: 0.9,
      presence_penalty: 0.1,
      frequency_penalty: 0.2,
    });
    expect(warnings.map((warning) => warning.type === 'unsupported' && warning.feature)).toEqual([
      'temperature',
      'topP',
      'presencePenalty',
      'frequencyPenalty',
    ]);
    expect(JSON.stringify(warnings[0])).toContain('ignores temperature in thinking mode');
  });

  it('V4 thinks by default, so the warning applies without any switch', async () => {
    const { warnings } = await send('deepseek-v4-flash', { temperature: 0.3 });
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'temperature' }),
    ]);
  });

  it('non-thinking mode: sampling settings are used, no warning', async () => {
    for (const [id, reasoning] of [
      ['deepseek-chat', undefined],
      ['deepseek-v4-flash', 'none'],
      ['deepseek-v3.2', undefined],
    ] as const) {
      const { body, warnings } = await send(id, { temperature: 0.3, reasoning });
      expect(body.temperature).toBe(0.3);
      expect(warnings).toEqual([]);
    }
  });

  it('topK is removed with a warning', async () => {
    const { body, warnings } = await send('deepseek-chat', { topK: 5 });
    expect(body.top_k).toBeUndefined();
    expect(warnings).toEqual([
      { type: 'unsupported', feature: 'topK', details: 'DeepSeek has no top_k; it was not sent.' },
    ]);
  });

  it('a JSON schema response format becomes json_object with a warning', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } } as const;
    const withSchema = await send('deepseek-chat', {
      responseFormat: { type: 'json', schema, name: 'answer' },
    });
    expect(withSchema.body.response_format).toEqual({ type: 'json_object' });
    expect(withSchema.warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'responseFormat' }),
    ]);

    const plain = await send('deepseek-chat', { responseFormat: { type: 'json' } });
    expect(plain.body.response_format).toEqual({ type: 'json_object' });
    expect(plain.warnings).toEqual([]);
  });

  it('logprobs in V3.2 thinking mode are flagged (DeepSeek answers 400); V4 accepts them', async () => {
    const v3 = await send('deepseek-reasoner', {
      providerOptions: { ccapi: { extraBody: { logprobs: true, top_logprobs: 2 } } },
    });
    expect(v3.body.logprobs).toBe(true);
    expect(v3.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'logprobs' }),
    ]);

    const v4 = await send('deepseek-v4-pro', {
      providerOptions: { ccapi: { extraBody: { logprobs: true } } },
    });
    expect(v4.warnings).toEqual([]);

    const off = await send('deepseek-chat', {
      providerOptions: { ccapi: { extraBody: { logprobs: true } } },
    });
    expect(off.warnings).toEqual([]);
  });

  it('options: another brand’s key warns, an unknown key throws, a bad value throws', async () => {
    const { warnings, body } = await send('deepseek-v3.2', {
      providerOptions: { ccapi: { clearThinking: false } },
    });
    expect(body.clearThinking).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({
        type: 'unsupported',
        feature: 'providerOptions.ccapi.clearThinking',
      }),
    ]);
    await expect(
      send('deepseek-v3.2', { providerOptions: { ccapi: { thinkin: true } } }),
    ).rejects.toThrow(/Unknown option providerOptions\.ccapi\.thinkin/);
    await expect(
      send('deepseek-v3.2', { providerOptions: { ccapi: { thinking: 'adaptive' } } }),
    ).rejects.toThrow(/Invalid providerOptions\.ccapi/);
  });
});

describe('usage', () => {
  it('prompt_cache_hit_tokens alone (no prompt_tokens_details) is read as cached input', async () => {
    server.respond({
      kind: 'json',
      body: JSON.stringify({
        id: 'u',
        object: 'chat.completion',
        created: 1,
        model: 'deepseek-v3.2',
        choices: [
          { index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' },
        ],
        usage: {
          prompt_tokens: 100,
          completion_tokens: 10,
          total_tokens: 110,
          prompt_cache_hit_tokens: 64,
          prompt_cache_miss_tokens: 36,
        },
      }),
    });
    const { result } = await send('deepseek-v3.2');
    expect(result.usage.inputTokens).toEqual({
      total: 100,
      noCache: 36,
      cacheRead: 64,
      cacheWrite: undefined,
    });
    expect(result.usage.outputTokens).toEqual({ total: 10, text: 10, reasoning: undefined });
  });
});

describe('finish reasons', () => {
  const chunk = (delta: object, finishReason: string | null, usage: object | null = null) =>
    `data: ${JSON.stringify({
      id: 'x',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'deepseek-v3.2',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      usage,
    })}\n\n`;

  it('insufficient_system_resource → error, raw kept (stream and non-stream)', async () => {
    server.respond({
      kind: 'sse',
      body:
        chunk({ role: 'assistant', content: '' }, null) +
        chunk({ content: 'Partial' }, null) +
        chunk({ content: '' }, 'insufficient_system_resource', {
          prompt_tokens: 5,
          completion_tokens: 1,
          total_tokens: 6,
          prompt_cache_hit_tokens: 0,
          prompt_cache_miss_tokens: 5,
        }) +
        'data: [DONE]\n\n',
    });
    const parts = await collectStream(
      (await ccapi.chat('deepseek-v3.2').doStream({ prompt: PROMPT })).stream,
    );
    const finish = parts.find((part) => part.type === 'finish');
    expect(finish?.type === 'finish' && finish.finishReason).toEqual({
      unified: 'error',
      raw: 'insufficient_system_resource',
    });

    server.respond({
      kind: 'json',
      body: JSON.stringify({
        id: 'y',
        object: 'chat.completion',
        created: 1,
        model: 'deepseek-v3.2',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'Partial' },
            finish_reason: 'insufficient_system_resource',
          },
        ],
        usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
      }),
    });
    const { result } = await send('deepseek-v3.2');
    expect(result.finishReason).toEqual({ unified: 'error', raw: 'insufficient_system_resource' });
  });
});

describe('reasoning sent back as reasoning_content', () => {
  const call = (id: string) => ({
    type: 'tool-call' as const,
    toolCallId: id,
    toolName: 'weather',
    input: { city: 'Paris' },
  });
  const result = (id: string) => ({
    role: 'tool' as const,
    content: [
      {
        type: 'tool-result' as const,
        toolCallId: id,
        toolName: 'weather',
        output: { type: 'json' as const, value: { temperature: 21 } },
      },
    ],
  });
  const user = (text: string) => ({
    role: 'user' as const,
    content: [{ type: 'text' as const, text }],
  });

  // Turn 1: tool call then answer; turn 2: tool call (the current user turn).
  const history: LanguageModelV4Prompt = [
    user('Weather in Paris?'),
    { role: 'assistant', content: [{ type: 'reasoning', text: 'R1' }, call('call_00_a')] },
    result('call_00_a'),
    {
      role: 'assistant',
      content: [
        { type: 'reasoning', text: 'R2' },
        { type: 'text', text: 'It is 21.' },
      ],
    },
    user('And Berlin?'),
    { role: 'assistant', content: [{ type: 'reasoning', text: 'R3' }, call('call_00_b')] },
    result('call_00_b'),
  ];

  const assistantMessages = async (
    modelId: string,
    options: Partial<LanguageModelV4CallOptions> = {},
  ) => {
    const { body } = await send(modelId, { prompt: history, ...options });
    return body.messages.filter((message: { role: string }) => message.role === 'assistant');
  };

  it('V3.2: on tool-call messages of the current user turn only', async () => {
    const [first, second, third] = await assistantMessages('deepseek-v3.2');
    expect(first).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_00_a',
          type: 'function',
          function: { name: 'weather', arguments: '{"city":"Paris"}' },
        },
      ],
    });
    expect(second).toEqual({ role: 'assistant', content: 'It is 21.' });
    expect(third.reasoning_content).toBe('R3');
  });

  it('V4: on every assistant message, earlier user turns included', async () => {
    const messages = await assistantMessages('deepseek-v4-pro');
    expect(
      messages.map((message: { reasoning_content?: string }) => message.reasoning_content),
    ).toEqual(['R1', 'R2', 'R3']);
  });

  it('back-fills an empty reasoning_content where no reasoning was recorded', async () => {
    const prompt: LanguageModelV4Prompt = [
      user('Weather?'),
      { role: 'assistant', content: [{ type: 'text', text: 'Sure.' }] },
      user('Paris please'),
      { role: 'assistant', content: [call('call_00_c')] },
      result('call_00_c'),
    ];
    const v4 = await send('deepseek-v4-flash', { prompt });
    const v4Assistant = v4.body.messages.filter(
      (message: { role: string }) => message.role === 'assistant',
    );
    expect(
      v4Assistant.map((message: { reasoning_content?: string }) => message.reasoning_content),
    ).toEqual(['', '']);

    const v3 = await send('deepseek-v3.2', { prompt });
    const v3Assistant = v3.body.messages.filter(
      (message: { role: string }) => message.role === 'assistant',
    );
    expect('reasoning_content' in v3Assistant[0]).toBe(false);
    expect(v3Assistant[1].reasoning_content).toBe('');
  });

  it('sendReasoning: true keeps it on V3.2 earlier turns; false never sends it', async () => {
    const kept = await assistantMessages('deepseek-v3.2', {
      providerOptions: { ccapi: { sendReasoning: true } },
    });
    expect(
      kept.map((message: { reasoning_content?: string }) => message.reasoning_content),
    ).toEqual(['R1', 'R2', 'R3']);

    for (const id of ['deepseek-v3.2', 'deepseek-v4-pro']) {
      const dropped = await assistantMessages(id, {
        providerOptions: { ccapi: { sendReasoning: false } },
      });
      expect(dropped.every((message: object) => !('reasoning_content' in message))).toBe(true);
    }
  });

  it('a reasoning part recovered from relay-injected <think> tags goes back as plain text', async () => {
    const prompt: LanguageModelV4Prompt = [
      user('Weather?'),
      {
        role: 'assistant',
        content: [
          {
            type: 'reasoning',
            text: 'Need the tool.',
            providerOptions: { ccapi: { thinkBlock: '<think>\nNeed the tool.\n</think>\n' } },
          },
          call('call_00_d'),
        ],
      },
      result('call_00_d'),
    ];
    const { body } = await send('deepseek-v3.2', { prompt });
    expect(body.messages[1].reasoning_content).toBe('Need the tool.');
    expect(body.messages[1].content).toBeNull();
  });
});
