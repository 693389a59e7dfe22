import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from '@ai-sdk/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';
import { geminiThinkingProfile } from './gemini-brand-adapter';

/** What our Gemini adapter puts on the wire, seen by a loopback server. */

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;
beforeAll(async () => {
  server = await startFixtureServer();
  server.respond({
    kind: 'json',
    body: JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1750000000,
      model: 'gemini-2.5-flash',
      choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
    }),
  });
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

const userPrompt: LanguageModelV4Prompt = [
  { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
];

async function send(
  options: Partial<LanguageModelV4CallOptions> & { modelId?: string } = {},
): Promise<{ body: any; warnings: any[]; config: any }> {
  const { modelId = 'gemini-2.5-flash', ...call } = options;
  const result = await ccapi
    .chat(modelId)
    .doGenerate({ prompt: userPrompt, ...call } as LanguageModelV4CallOptions);
  const body = server.requests.at(-1)?.body;
  return { body, warnings: result.warnings, config: body.extra_body?.google?.thinking_config };
}

const features = (warnings: any[]) => warnings.map((warning) => warning.feature);

describe('Gemini adapter: reasoning → extra_body.google.thinking_config', () => {
  it.each([
    ['minimal', 512],
    ['low', 1024],
    ['medium', 8192],
    ['high', 24576],
  ] as const)(
    '2.5 Flash: reasoning %s → thinking_budget %i with thoughts',
    async (level, budget) => {
      const { body, config, warnings } = await send({ reasoning: level });
      // A literal top-level `extra_body` key, snake_case: what CCAPI's relay reads.
      expect(body.extra_body).toEqual({
        google: { thinking_config: { thinking_budget: budget, include_thoughts: true } },
      });
      expect(config.thinking_level).toBeUndefined();
      expect(body.reasoning_effort).toBeUndefined();
      expect(body.thinking).toBeUndefined();
      expect(warnings).toEqual([]);
    },
  );

  it('2.5 Flash: none → budget 0 without thoughts; xhigh/max → its 24576 maximum with a warning', async () => {
    expect((await send({ reasoning: 'none' })).config).toEqual({
      thinking_budget: 0,
      include_thoughts: false,
    });
    for (const level of ['xhigh', 'max'] as const) {
      const { config, warnings } = await send({ reasoning: level });
      expect(config.thinking_budget).toBe(24576);
      expect(features(warnings)).toEqual(['reasoning']);
    }
  });

  it('2.5 Pro cannot turn thinking off: none → its 128 minimum, with a warning; max → 32768', async () => {
    const none = await send({ modelId: 'gemini-2.5-pro', reasoning: 'none' });
    expect(none.config).toEqual({ thinking_budget: 128, include_thoughts: false });
    expect(none.warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported', feature: 'reasoning' }),
    );
    const max = await send({ modelId: 'gemini-2.5-pro', reasoning: 'max' });
    expect(max.config.thinking_budget).toBe(32768);
    expect(max.warnings).toEqual([]);
  });

  it('2.5 Flash-Lite: budgets start at 512', async () => {
    const { config } = await send({ modelId: 'gemini-2.5-flash-lite', reasoning: 'minimal' });
    expect(config.thinking_budget).toBe(512);
    expect((await send({ modelId: 'gemini-2.5-flash-lite', reasoning: 'none' })).config).toEqual({
      thinking_budget: 0,
      include_thoughts: false,
    });
  });

  it.each([
    ['low', 'low', false],
    ['high', 'high', false],
    ['minimal', 'low', true],
    ['medium', 'high', true],
    ['xhigh', 'high', true],
    ['max', 'high', true],
  ] as const)(
    'Gemini 3 Pro: reasoning %s → thinking_level %s (warning: %s)',
    async (level, sent, warns) => {
      const { config, warnings } = await send({
        modelId: 'gemini-3-pro-preview',
        reasoning: level,
      });
      expect(config).toEqual({ thinking_level: sent, include_thoughts: true });
      expect(config.thinking_budget).toBeUndefined();
      expect(warnings.length > 0).toBe(warns);
    },
  );

  it('Gemini 3 Pro cannot turn thinking off: none → low without thoughts, with a warning', async () => {
    const { config, warnings } = await send({ modelId: 'gemini-3-pro-preview', reasoning: 'none' });
    expect(config).toEqual({ thinking_level: 'low', include_thoughts: false });
    expect(features(warnings)).toEqual(['reasoning']);
  });

  it.each([
    'gemini-3-flash-preview',
    'gemini-3.1-pro-preview',
    'google/gemini-3.1-flash-lite-preview',
  ])('%s accepts minimal and medium', async (modelId) => {
    for (const level of ['minimal', 'medium'] as const) {
      const { config, warnings } = await send({ modelId, reasoning: level });
      expect(config).toEqual({ thinking_level: level, include_thoughts: true });
      expect(warnings).toEqual([]);
    }
    expect((await send({ modelId, reasoning: 'none' })).config.thinking_level).toBe('minimal');
  });

  it('provider-default and no reasoning send no thinking config', async () => {
    expect((await send({ reasoning: 'provider-default' })).body.extra_body).toBeUndefined();
    expect((await send()).body.extra_body).toBeUndefined();
  });

  it('models without thinking (Gemini 2.0, Gemma) get nothing, with a warning', async () => {
    for (const modelId of ['gemini-2.0-flash', 'gemma-3-27b-it']) {
      const { body, warnings } = await send({ modelId, reasoning: 'high' });
      expect(body.extra_body).toBeUndefined();
      expect(features(warnings)).toEqual(['reasoning']);
    }
  });
});

describe('Gemini adapter: providerOptions.ccapi thinking keys (camelCase in, snake_case out)', () => {
  it('thinkingBudget / includeThoughts override `reasoning`; no camelCase reaches the wire', async () => {
    const { body, config, warnings } = await send({
      reasoning: 'low',
      providerOptions: { ccapi: { thinkingBudget: 2048, includeThoughts: false } },
    });
    expect(config).toEqual({ thinking_budget: 2048, include_thoughts: false });
    expect(JSON.stringify(body)).not.toMatch(
      /thinkingBudget|includeThoughts|thinkingConfig|thinkingLevel/,
    );
    expect(warnings).toEqual([]);
  });

  it('thinkingLevel on Gemini 3', async () => {
    const { config } = await send({
      modelId: 'gemini-3-flash-preview',
      providerOptions: { ccapi: { thinkingLevel: 'medium' } },
    });
    expect(config).toEqual({ thinking_level: 'medium', include_thoughts: true });
  });

  it('thinkingLevel and thinkingBudget are never sent together (the native one is kept)', async () => {
    const three = await send({
      modelId: 'gemini-3-pro-preview',
      providerOptions: { ccapi: { thinkingLevel: 'high', thinkingBudget: 4096 } },
    });
    expect(three.config).toEqual({ thinking_level: 'high', include_thoughts: true });
    expect(features(three.warnings)).toEqual(['providerOptions.ccapi.thinkingBudget']);

    const two = await send({
      providerOptions: { ccapi: { thinkingLevel: 'high', thinkingBudget: 4096 } },
    });
    expect(two.config).toEqual({ thinking_budget: 4096, include_thoughts: true });
    expect(features(two.warnings)).toEqual(['providerOptions.ccapi.thinkingLevel']);
  });

  it('thinkingLevel on 2.5 becomes a budget; an unsupported level on 3 Pro goes to the nearest', async () => {
    const two = await send({ providerOptions: { ccapi: { thinkingLevel: 'medium' } } });
    expect(two.config).toEqual({ thinking_budget: 8192, include_thoughts: true });
    expect(two.warnings).toHaveLength(1);
    const three = await send({
      modelId: 'gemini-3-pro-preview',
      providerOptions: { ccapi: { thinkingLevel: 'minimal' } },
    });
    expect(three.config.thinking_level).toBe('low');
    expect(three.warnings).toHaveLength(1);
  });

  it('thinkingBudget 0 where thinking cannot be off is raised to the minimum; out-of-range budgets are clamped', async () => {
    const zero = await send({
      modelId: 'gemini-2.5-pro',
      providerOptions: { ccapi: { thinkingBudget: 0 } },
    });
    expect(zero.config.thinking_budget).toBe(128);
    expect(zero.warnings).toHaveLength(1);
    const big = await send({ providerOptions: { ccapi: { thinkingBudget: 100000 } } });
    expect(big.config.thinking_budget).toBe(24576);
    const dynamic = await send({ providerOptions: { ccapi: { thinkingBudget: -1 } } });
    expect(dynamic.config).toEqual({ thinking_budget: -1, include_thoughts: true });
    expect(dynamic.warnings).toEqual([]);
  });

  it('thinkingBudget on Gemini 3 is sent (backwards compatible) with a note', async () => {
    const { config, warnings } = await send({
      modelId: 'gemini-3-pro-preview',
      providerOptions: { ccapi: { thinkingBudget: 4096 } },
    });
    expect(config).toEqual({ thinking_budget: 4096, include_thoughts: true });
    expect(warnings).toHaveLength(1);
  });

  it('includeThoughts alone', async () => {
    expect((await send({ providerOptions: { ccapi: { includeThoughts: true } } })).config).toEqual({
      include_thoughts: true,
    });
  });

  it('raw reasoningEffort is passed by the core; the adapter adds no thinking_config and warns', async () => {
    const { body, warnings } = await send({
      reasoning: 'high',
      providerOptions: { ccapi: { reasoningEffort: 'high' } },
    });
    expect(body.reasoning_effort).toBe('high');
    expect(body.extra_body).toBeUndefined();
    expect(features(warnings)).toEqual(['providerOptions.ccapi.reasoningEffort']);
  });

  it('a reasoning_effort forced through extraBody is seen too: no thinking_config', async () => {
    const { body, warnings } = await send({
      reasoning: 'high',
      providerOptions: { ccapi: { extraBody: { reasoning_effort: 'low' } } },
    });
    expect(body.reasoning_effort).toBe('low');
    expect(body.extra_body).toBeUndefined();
    expect(features(warnings)).toEqual(['providerOptions.ccapi.reasoningEffort']);
  });

  it('extraBody.extra_body replaces the built config (escape hatch) with a warning', async () => {
    const { body, warnings } = await send({
      reasoning: 'high',
      providerOptions: {
        ccapi: {
          extraBody: { extra_body: { google: { image_config: { aspect_ratio: '16:9' } } } },
        },
      },
    });
    expect(body.extra_body).toEqual({ google: { image_config: { aspect_ratio: '16:9' } } });
    expect(features(warnings)).toEqual(['providerOptions.ccapi.extraBody.extra_body']);
  });

  it('keys of another brand warn', async () => {
    const { warnings } = await send({ providerOptions: { ccapi: { thinkingToolLoop: 'error' } } });
    expect(features(warnings)).toEqual(['providerOptions.ccapi.thinkingToolLoop']);
  });
});

describe('Gemini adapter: requests', () => {
  it('more than 5 stop sequences: the relay keeps 5', async () => {
    const { body, warnings } = await send({ stopSequences: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
    expect(body.stop).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(features(warnings)).toEqual(['stopSequences']);
  });

  it('each tool call sends back its own extra_content only; reasoning_details verbatim', async () => {
    const signature = { google: { thought_signature: 'EjQKMgEM-first' } };
    const details = [
      { type: 'reasoning.encrypted', data: 'sig', format: 'google-gemini-v1', index: 0 },
    ];
    const { body } = await send({
      modelId: 'gemini-3-pro-preview',
      prompt: [
        ...userPrompt,
        {
          role: 'assistant',
          content: [
            {
              type: 'reasoning',
              text: 'thinking',
              providerOptions: { ccapi: { reasoningDetails: details } },
            },
            {
              type: 'tool-call',
              toolCallId: 'function-call-1',
              toolName: 'add',
              input: { a: 2, b: 3 },
              providerOptions: { ccapi: { extraContent: signature } },
            },
            { type: 'tool-call', toolCallId: 'function-call-2', toolName: 'multiply', input: {} },
          ],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'function-call-1',
              toolName: 'add',
              output: { type: 'text', value: '5' },
            },
            {
              type: 'tool-result',
              toolCallId: 'function-call-2',
              toolName: 'multiply',
              output: { type: 'text', value: '6' },
            },
          ],
        },
      ],
    });
    const assistant = body.messages[1];
    expect(assistant.tool_calls[0].extra_content).toEqual(signature);
    expect('extra_content' in assistant.tool_calls[1]).toBe(false);
    expect(assistant.tool_calls[1].function.arguments).toBe('{}');
    expect(assistant.reasoning_details).toEqual(details);
    // The relay ignores reasoning text on input: none is sent.
    expect(assistant.reasoning_content).toBeUndefined();
    expect(body.messages.slice(2).map((m: any) => m.tool_call_id)).toEqual([
      'function-call-1',
      'function-call-2',
    ]);
  });

  it('sendReasoning: false keeps reasoning_details (not signatures) off', async () => {
    const { body } = await send({
      prompt: [
        ...userPrompt,
        {
          role: 'assistant',
          content: [
            {
              type: 'reasoning',
              text: 't',
              providerOptions: {
                ccapi: { reasoningDetails: [{ type: 'reasoning.text', text: 't' }] },
              },
            },
            { type: 'text', text: 'Answer' },
          ],
        },
        { role: 'user', content: [{ type: 'text', text: 'More' }] },
      ],
      providerOptions: { ccapi: { sendReasoning: false } },
    });
    expect(body.messages[1]).toEqual({ role: 'assistant', content: 'Answer' });
  });
});

describe('geminiThinkingProfile', () => {
  it.each([
    ['gemini-2.5-pro', 'budget', 128, 32768, false],
    ['gemini-2.5-flash', 'budget', 0, 24576, true],
    ['gemini-2.5-flash-lite', 'budget', 512, 24576, true],
    ['gemini-flash-latest', 'budget', 0, 24576, true],
    ['gemini-3-pro-preview', 'level', 128, 32768, false],
    ['gemini-2.0-flash', 'none', 0, 24576, true],
    ['gemini-2.5-flash-image', 'none', 0, 24576, true],
  ] as const)('%s → %s', (id, mode, min, max, canDisable) => {
    const profile = geminiThinkingProfile(id);
    expect(profile.mode).toBe(mode);
    expect(profile.budget).toEqual({ min, max, canDisable });
  });

  it('Gemini 3 Pro accepts low/high only; Flash and 3.1 all four levels', () => {
    expect([...geminiThinkingProfile('gemini-3-pro-preview').levels].sort()).toEqual([
      'high',
      'low',
    ]);
    expect(geminiThinkingProfile('gemini-3-flash-preview').levels.size).toBe(4);
    expect(geminiThinkingProfile('gemini-3.1-pro-preview').levels.size).toBe(4);
  });
});
