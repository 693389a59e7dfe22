import { InvalidArgumentError, type LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCCAPI } from '../ccapi-provider';
import { liftCCAPIReasoningOption } from './lift-ccapi-reasoning-option';

const prompt: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
];

describe('liftCCAPIReasoningOption', () => {
  it('moves providerOptions.ccapi.reasoning to the top-level option and keeps the other keys', () => {
    expect(
      liftCCAPIReasoningOption({
        prompt,
        providerOptions: { ccapi: { reasoning: 'high', user: 'u1' }, other: { x: 1 } },
      }),
    ).toEqual({
      prompt,
      reasoning: 'high',
      providerOptions: { ccapi: { user: 'u1' }, other: { x: 1 } },
    });
  });

  it('overrides the top-level option, like any provider option overrides a general setting', () => {
    const lifted = liftCCAPIReasoningOption({
      prompt,
      reasoning: 'low',
      providerOptions: { ccapi: { reasoning: 'none' } },
    });
    expect(lifted.reasoning).toBe('none');
  });

  it('returns the same options object when there is nothing to lift', () => {
    const options: LanguageModelV4CallOptions = {
      prompt,
      reasoning: 'low',
      providerOptions: { ccapi: { user: 'u1' } },
    };
    expect(liftCCAPIReasoningOption(options)).toBe(options);
  });

  it('rejects a level the AI SDK does not have with an InvalidArgumentError naming the values', () => {
    const call = () =>
      liftCCAPIReasoningOption({ prompt, providerOptions: { ccapi: { reasoning: 'extreme' } } });
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(/providerOptions\.ccapi\.reasoning must be one of 'provider-default'/);
  });
});

// Every route reads the provider-option spelling exactly like the top-level option: the request
// that reaches CCAPI is the same.
describe('providerOptions.ccapi.reasoning on every route (emulator)', () => {
  let emulator: RunningEmulator;
  let ccapi: ReturnType<typeof createCCAPI>;
  beforeAll(async () => {
    emulator = await startEmulator();
    ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
  });
  afterAll(() => emulator.close());

  const cases = [
    { route: 'chat (DeepSeek V4)', model: () => ccapi('deepseek-v4-pro') },
    { route: 'chat (Gemini 2.5)', model: () => ccapi.chat('gemini-2.5-flash') },
    { route: 'messages (Claude)', model: () => ccapi.messages('claude-sonnet-4-6') },
    { route: 'gemini (native)', model: () => ccapi.gemini('gemini-2.5-flash') },
    { route: 'responses (GPT-5)', model: () => ccapi.responses('gpt-5') },
  ];
  for (const { route, model } of cases) {
    it(route, async () => {
      const sent = async (settings: Parameters<typeof generateText>[0]) => {
        const first = emulator.requests.length;
        await generateText(settings);
        return emulator.requests.slice(first).map((request) => request.body);
      };
      const topLevel = await sent({ model: model(), prompt: 'Think', reasoning: 'high' });
      const providerOption = await sent({
        model: model(),
        prompt: 'Think',
        providerOptions: { ccapi: { reasoning: 'high' } },
      });
      const none = await sent({ model: model(), prompt: 'Think' });
      expect(providerOption).toEqual(topLevel);
      expect(providerOption).not.toEqual(none);
    });
  }
});
