import {
  InvalidArgumentError,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Prompt,
} from '@ai-sdk/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/fixture-server';
import { createCCAPI } from '../../ccapi-provider';
import { CCAPIClaudeThinkingToolLoopError } from './claude-thinking-tool-loop-error';

/** What our Claude adapter puts on the wire, seen by a loopback server. */

const TEXT_BODY = JSON.stringify({
  id: 'msg_01',
  object: 'chat.completion',
  created: 1750000000,
  model: 'claude-sonnet-4-6',
  choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
});

let server: FixtureServer;
let ccapi: ReturnType<typeof createCCAPI>;
beforeAll(async () => {
  server = await startFixtureServer();
  server.respond({ kind: 'json', body: TEXT_BODY });
  ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
});
afterAll(() => server.close());

const userPrompt: LanguageModelV4Prompt = [
  { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
];

/** A prompt whose last assistant turn called a tool that the tool result answers. */
const toolLoopPrompt = (reasoningOptions?: Record<string, unknown>): LanguageModelV4Prompt => [
  ...userPrompt,
  {
    role: 'assistant',
    content: [
      {
        type: 'reasoning',
        text: 'I should call the tool.\n',
        ...(reasoningOptions ? { providerOptions: { ccapi: reasoningOptions as any } } : {}),
      },
      { type: 'tool-call', toolCallId: 'toolu_01', toolName: 'weather', input: { city: 'Paris' } },
    ],
  },
  {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: 'toolu_01',
        toolName: 'weather',
        output: { type: 'text', value: '21 C' },
      },
    ],
  },
];

const weatherTool = {
  type: 'function' as const,
  name: 'weather',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
};

async function send(
  options: Partial<LanguageModelV4CallOptions> & { modelId?: string } = {},
): Promise<{ body: any; warnings: any[] }> {
  const { modelId = 'claude-sonnet-4-6', ...call } = options;
  const result = await ccapi
    .chat(modelId)
    .doGenerate({ prompt: userPrompt, ...call } as LanguageModelV4CallOptions);
  return { body: server.requests.at(-1)?.body, warnings: result.warnings };
}

const details = (warnings: any[]) => warnings.map((w) => `${w.feature}: ${w.details}`).join('\n');

describe('Claude adapter: reasoning → what the relay understands', () => {
  it.each([
    ['low', 1280],
    ['medium', 2048],
    ['high', 4096],
  ] as const)(
    'reasoning %s → reasoning_effort %s (budget %i), max_tokens set above it',
    async (level, budget) => {
      const { body, warnings } = await send({ reasoning: level });
      expect(body.reasoning_effort).toBe(level);
      expect(body.max_tokens).toBeGreaterThan(budget);
      expect(body.thinking).toBeUndefined(); // the relay ignores the OpenAI `thinking` field
      expect(warnings).toEqual([]);
    },
  );

  it.each([
    ['minimal', 'low'],
    ['xhigh', 'high'],
    ['max', 'high'],
  ] as const)('reasoning %s has no relay equivalent → %s with a warning', async (level, sent) => {
    const { body, warnings } = await send({ reasoning: level });
    expect(body.reasoning_effort).toBe(sent);
    expect(warnings).toContainEqual(
      expect.objectContaining({ type: 'compatibility', feature: 'reasoning' }),
    );
  });

  it.each([
    ['none', ['reasoning']],
    ['provider-default', []],
  ] as const)('reasoning %s sends no thinking (warnings: %j)', async (level, expected) => {
    const { body, warnings } = await send({
      reasoning: level,
      temperature: 0.2,
      maxOutputTokens: 100,
    });
    expect(body.reasoning_effort).toBeUndefined();
    expect(body.reasoning).toBeUndefined();
    expect(body.temperature).toBe(0.2);
    expect(body.max_tokens).toBe(100);
    expect(warnings.map((w) => w.feature)).toEqual(expected);
  });

  it('with thinking: temperature ≠ 1, top_p and top_k are not sent (warnings); temperature 1 is kept', async () => {
    const { body, warnings } = await send({
      reasoning: 'high',
      temperature: 0.3,
      topP: 0.9,
      topK: 5,
    });
    expect(body.temperature).toBeUndefined();
    expect(body.top_p).toBeUndefined();
    expect(body.top_k).toBeUndefined();
    expect(warnings.map((w) => w.feature).sort()).toEqual(['temperature', 'topK', 'topP']);

    const one = await send({ reasoning: 'high', temperature: 1 });
    expect(one.body.temperature).toBe(1);
    expect(one.warnings).toEqual([]);
  });

  it('with thinking: a max_tokens at or below the budget is raised (budget + limit) with a warning', async () => {
    const low = await send({ reasoning: 'high', maxOutputTokens: 1000 });
    expect(low.body.max_tokens).toBe(4096 + 1000);
    expect(low.warnings).toContainEqual(expect.objectContaining({ feature: 'maxOutputTokens' }));
    const equal = await send({ reasoning: 'low', maxOutputTokens: 1280 });
    expect(equal.body.max_tokens).toBe(2560);
    const enough = await send({ reasoning: 'high', maxOutputTokens: 5000 });
    expect(enough.body.max_tokens).toBe(5000);
    expect(enough.warnings).toEqual([]);
  });

  it('thinkingBudget → reasoning.max_tokens (the relay honours it), overriding `reasoning`', async () => {
    const { body, warnings } = await send({
      reasoning: 'low',
      maxOutputTokens: 2000,
      providerOptions: { ccapi: { thinkingBudget: 10000 } },
    });
    expect(body.reasoning).toEqual({ max_tokens: 10000 });
    expect(body.reasoning_effort).toBeUndefined();
    expect(body.max_tokens).toBe(12000);
    expect(details(warnings)).toMatch(/raised/);

    const unset = await send({ providerOptions: { ccapi: { thinkingBudget: 10000 } } });
    expect(unset.body.max_tokens).toBeGreaterThan(10000);
  });

  it('thinkingBudget below Anthropic’s 1024 minimum is rejected', async () => {
    await expect(send({ providerOptions: { ccapi: { thinkingBudget: 500 } } })).rejects.toSatisfy(
      (error) => InvalidArgumentError.isInstance(error),
    );
  });

  it('raw reasoningEffort: sent verbatim by the core, the adapter still clears sampling and sizes max_tokens', async () => {
    const { body, warnings } = await send({
      temperature: 0.3,
      maxOutputTokens: 100,
      providerOptions: { ccapi: { reasoningEffort: 'medium' } },
    });
    expect(body.reasoning_effort).toBe('medium');
    expect(body.temperature).toBeUndefined();
    expect(body.max_tokens).toBe(2148);
    expect(warnings.map((w) => w.feature)).toEqual(['temperature', 'maxOutputTokens']);

    const ignored = await send({ providerOptions: { ccapi: { reasoningEffort: 'xhigh' } } });
    expect(details(ignored.warnings)).toMatch(/no effect/);
  });

  it('Opus 4.7 rejects budget thinking: nothing is sent, the warning names the suffix and Messages route', async () => {
    const { body, warnings } = await send({ modelId: 'claude-opus-4-7', reasoning: 'high' });
    expect(body.reasoning_effort).toBeUndefined();
    expect(details(warnings)).toMatch(/claude-opus-4-7-high/);
    expect(details(warnings)).toMatch(/ccapi\.messages/);

    const suffixed = await send({ modelId: 'claude-opus-4-7-high', reasoning: 'high' });
    expect(suffixed.body.reasoning_effort).toBeUndefined();
    expect(suffixed.body.model).toBe('claude-opus-4-7-high');
  });

  it("ccapi(id, { api: 'chat' }) uses the chat route with this adapter", async () => {
    const before = server.requests.length;
    await ccapi('claude-sonnet-4-6', { api: 'chat' }).doGenerate({
      prompt: userPrompt,
      reasoning: 'low',
    } as LanguageModelV4CallOptions);
    const request = server.requests[before];
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.body.reasoning_effort).toBe('low');
    expect(request?.body.max_tokens).toBeGreaterThan(1280);
  });

  it('provider-prefixed ids are recognised', async () => {
    const { body } = await send({ modelId: 'anthropic/claude-sonnet-4-6', reasoning: 'low' });
    expect(body.model).toBe('anthropic/claude-sonnet-4-6');
    expect(body.reasoning_effort).toBe('low');
  });
});

describe('Claude adapter: the thinking tool-loop guard', () => {
  it('drops thinking on a tool-loop follow-up, with a warning naming the Messages route', async () => {
    const { body, warnings } = await send({
      prompt: toolLoopPrompt(),
      reasoning: 'high',
      temperature: 0.5,
      tools: [weatherTool],
    });
    expect(body.reasoning_effort).toBeUndefined();
    expect(body.reasoning).toBeUndefined();
    // Thinking is off, so sampling settings stay.
    expect(body.temperature).toBe(0.5);
    expect(details(warnings)).toMatch(/ccapi\.messages\('claude-sonnet-4-6'\)/);
    expect(details(warnings)).toMatch(/api: 'messages'/);
    // The relay ignores reasoning on input: nothing unsigned is sent back.
    expect(body.messages[1].reasoning_content).toBeUndefined();
    expect(body.messages[1].reasoning_details).toBeUndefined();
    expect(body.messages[1].tool_calls[0].function.arguments).toBe('{"city":"Paris"}');
  });

  it('thinkingToolLoop: "error" throws a typed error naming the Messages route; nothing is sent', async () => {
    const before = server.requests.length;
    const error = await send({
      prompt: toolLoopPrompt(),
      reasoning: 'high',
      providerOptions: { ccapi: { thinkingToolLoop: 'error' } },
    }).catch((caught: unknown) => caught);
    expect(CCAPIClaudeThinkingToolLoopError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/ccapi\.messages\('claude-sonnet-4-6'\)/);
    expect((error as Error).message).toMatch(/api: 'messages'/);
    expect((error as Error).message).toMatch(/Expected 'thinking' or 'redacted_thinking'/);
    expect(server.requests.length).toBe(before);
  });

  it('throws when thinking comes from the model id or the raw reasoningEffort (cannot be dropped)', async () => {
    for (const options of [
      { modelId: 'claude-sonnet-4-5-thinking' },
      { modelId: 'claude-opus-4-6-high' },
      { providerOptions: { ccapi: { reasoningEffort: 'high' } } },
    ]) {
      const error = await send({ prompt: toolLoopPrompt(), ...options }).catch((e: unknown) => e);
      expect(CCAPIClaudeThinkingToolLoopError.isInstance(error)).toBe(true);
    }
  });

  it('keeps thinking when the loop is closed (an assistant answer follows the results) or not started', async () => {
    const closed: LanguageModelV4Prompt = [
      ...toolLoopPrompt(),
      { role: 'assistant', content: [{ type: 'text', text: 'It is 21 C.' }] },
      { role: 'user', content: [{ type: 'text', text: 'And Berlin?' }] },
    ];
    const { body, warnings } = await send({ prompt: closed, reasoning: 'high' });
    expect(body.reasoning_effort).toBe('high');
    expect(warnings).toEqual([]);
  });

  it('keeps thinking and sends signed reasoning_details back when a gateway handed them out', async () => {
    const signed = [
      {
        type: 'reasoning.text',
        text: 'I should call the tool.',
        signature: 'EqoDsig',
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ];
    const { body, warnings } = await send({
      prompt: toolLoopPrompt({ reasoningDetails: signed }),
      reasoning: 'high',
    });
    expect(body.reasoning_effort).toBe('high');
    expect(body.messages[1].reasoning_details).toEqual(signed);
    expect(body.messages[1].reasoning).toBe('I should call the tool.\n');
    expect(warnings).toEqual([]);
  });

  it('unsigned reasoning_details (no signature yet) are not sent and do not unlock thinking', async () => {
    const { body } = await send({
      prompt: toolLoopPrompt({
        reasoningDetails: [{ type: 'reasoning.text', text: 'x', signature: '', index: 0 }],
      }),
      reasoning: 'high',
    });
    expect(body.messages[1].reasoning_details).toBeUndefined();
    expect(body.reasoning_effort).toBeUndefined();
  });

  it('a forced tool choice turns thinking off (Anthropic rejects both together)', async () => {
    for (const toolChoice of [
      { type: 'required' as const },
      { type: 'tool' as const, toolName: 'weather' },
    ]) {
      const { body, warnings } = await send({
        reasoning: 'high',
        tools: [weatherTool],
        toolChoice,
      });
      expect(body.reasoning_effort).toBeUndefined();
      expect(details(warnings)).toMatch(/tool_choice forces/);
    }
  });
});

describe('Claude adapter: settings the relay drops or Anthropic rejects', () => {
  it('response_format, seed, penalties and user are not sent, each with a warning', async () => {
    const { body, warnings } = await send({
      responseFormat: { type: 'json' },
      seed: 7,
      frequencyPenalty: 0.1,
      presencePenalty: 0.2,
      providerOptions: { ccapi: { user: 'u-1' } },
    });
    for (const field of [
      'response_format',
      'seed',
      'frequency_penalty',
      'presence_penalty',
      'user',
    ]) {
      expect(body[field]).toBeUndefined();
    }
    expect(warnings.map((w) => w.feature).sort()).toEqual(
      [
        'frequencyPenalty',
        'presencePenalty',
        'responseFormat',
        'seed',
        'providerOptions.ccapi.user',
      ].sort(),
    );
  });

  it('extraBody fields the relay ignores (n, logprobs, thinking) are flagged', async () => {
    const { body, warnings } = await send({
      providerOptions: {
        ccapi: { extraBody: { n: 2, logprobs: true, thinking: { type: 'enabled' } } },
      },
    });
    expect(body.n).toBe(2); // extraBody is the user's escape hatch: sent as given
    expect(warnings.map((w) => w.feature)).toEqual([
      'providerOptions.ccapi.extraBody.n',
      'providerOptions.ccapi.extraBody.logprobs',
      'providerOptions.ccapi.extraBody.thinking',
    ]);
  });

  it('sees a reasoning_effort forced through extraBody and prepares thinking for it', async () => {
    const { body, warnings } = await send({
      temperature: 0.3,
      maxOutputTokens: 1000,
      providerOptions: { ccapi: { extraBody: { reasoning_effort: 'high' } } },
    });
    expect(body.reasoning_effort).toBe('high');
    // Thinking is on (budget 4096): temperature goes, max_tokens is raised above the budget.
    expect(body.temperature).toBeUndefined();
    expect(body.max_tokens).toBe(5096);
    expect(details(warnings)).toContain('maxOutputTokens');
  });

  it('whitespace-only stop sequences are dropped with a warning', async () => {
    const some = await send({ stopSequences: [' ', 'END', '\n'] });
    expect(some.body.stop).toEqual(['END']);
    expect(some.warnings).toContainEqual(expect.objectContaining({ feature: 'stopSequences' }));
    const none = await send({ stopSequences: ['\n\n'] });
    expect(none.body.stop).toBeUndefined();
    const fine = await send({ stopSequences: ['END'] });
    expect(fine.body.stop).toEqual(['END']);
    expect(fine.warnings).toEqual([]);
  });

  it('temperature above 1 is sent as 1', async () => {
    const { body, warnings } = await send({ temperature: 1.6 });
    expect(body.temperature).toBe(1);
    expect(warnings).toContainEqual(expect.objectContaining({ feature: 'temperature' }));
  });

  it('system messages anywhere go out as `system`, never `developer`', async () => {
    const { body } = await send({
      prompt: [
        { role: 'system', content: 'Be brief.' },
        ...userPrompt,
        { role: 'assistant', content: [{ type: 'text', text: 'Sure.' }] },
        { role: 'system', content: 'Answer in French.' },
        { role: 'user', content: [{ type: 'text', text: 'Again' }] },
      ],
    });
    expect(body.messages.map((m: any) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'system',
      'user',
    ]);
  });

  it('options of another brand warn; unknown options throw', async () => {
    const { warnings } = await send({ providerOptions: { ccapi: { thinkingLevel: 'high' } } });
    expect(warnings).toContainEqual(
      expect.objectContaining({ feature: 'providerOptions.ccapi.thinkingLevel' }),
    );
    await expect(send({ providerOptions: { ccapi: { thinkingBudgett: 2000 } } })).rejects.toThrow(
      /Unknown option/,
    );
  });
});
