import {
  APICallError,
  generateText,
  type ModelMessage,
  stepCountIs,
  streamText,
  type UIMessage,
} from 'ai';
import { describe, expect, it } from 'vitest';
import {
  get_weather,
  runToolLoopTurn,
  runUIChatTurn,
  useEmulatorProvider,
} from '../../../test/brand-test-kit';

// Real `ai` tool loops with thinking against the emulator's DeepSeek dialect, which answers 400
// "The `reasoning_content` in the thinking mode must be passed back to the API." when an
// assistant tool-call message of the current user turn (V3.2) or of any turn (V4) comes back
// without it. Every turn passing is the proof; the request bodies show what each turn carried.

const kit = useEmulatorProvider();
const { sentMessages } = kit;

interface Variant {
  title: string;
  modelId: string;
  settings: { reasoning?: 'high' | 'max'; providerOptions?: Record<string, any> };
  generation: 'v3' | 'v4';
}

const VARIANTS: Variant[] = [
  {
    title: 'V3.2, reasoning: high',
    modelId: 'deepseek-v3.2',
    settings: { reasoning: 'high' },
    generation: 'v3',
  },
  {
    title: 'V3.2 (deepseek/ prefix), providerOptions thinking: true',
    modelId: 'deepseek/deepseek-chat',
    settings: { providerOptions: { ccapi: { thinking: true } } },
    generation: 'v3',
  },
  {
    title: 'V4, reasoning: max',
    modelId: 'deepseek-v4-pro',
    settings: { reasoning: 'max' },
    generation: 'v4',
  },
];

async function runTurn(
  mode: 'generateText' | 'streamText',
  variant: Variant,
  messages: ModelMessage[],
) {
  const settings = {
    model: kit.ccapi(variant.modelId),
    messages,
    tools: { get_weather },
    stopWhen: stepCountIs(3),
    ...variant.settings,
  };
  return runToolLoopTurn(mode, settings);
}

describe.each(VARIANTS)('DeepSeek tool loop with thinking: $title', (variant) => {
  it.each(['generateText', 'streamText'] as const)(
    '%s: two user turns, history saved as JSON between them, every request accepted',
    async (mode) => {
      const history: ModelMessage[] = [
        { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ];
      const turn1 = await runTurn(mode, variant, history);
      expect(turn1.steps).toHaveLength(2);
      expect(turn1.text).toContain('21');
      const [toolStep, answerStep] = turn1.steps;
      expect(toolStep?.reasoningText?.length).toBeGreaterThan(0);
      expect(toolStep?.toolCalls[0]?.toolCallId).toMatch(/^call_00_[A-Za-z0-9]{24}$/);

      // Thinking was switched on for every request.
      const thinkingSwitch = kit.emulator.requests[0]?.body as Record<string, unknown>;
      if (variant.generation === 'v4') expect(thinkingSwitch.reasoning_effort).toBe('max');
      expect(thinkingSwitch.thinking).toEqual({ type: 'enabled' });

      // Step 2 carried step 1's reasoning exactly.
      expect(sentMessages(1)[1]).toEqual({
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: toolStep?.toolCalls[0]?.toolCallId,
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
        reasoning_content: toolStep?.reasoningText,
      });

      // The app stores the conversation as JSON and reloads it for the next user turn.
      const reloaded: ModelMessage[] = JSON.parse(JSON.stringify([...history, ...turn1.messages]));
      reloaded.push({ role: 'user', content: 'And in Berlin? Use get_weather.' });
      const turn2 = await runTurn(mode, variant, reloaded);
      expect(turn2.steps).toHaveLength(2);
      expect(turn2.text).toContain('Berlin');

      expect(kit.emulator.requests).toHaveLength(4);
      const sent = sentMessages(3);
      expect(sent.map((message) => message.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'assistant',
        'user',
        'assistant',
        'tool',
      ]);
      expect(sent[5].reasoning_content).toBe(turn2.steps[0]?.reasoningText);
      if (variant.generation === 'v4') {
        // V4 keeps every turn's reasoning in all later requests.
        expect(sent[1].reasoning_content).toBe(toolStep?.reasoningText);
        expect(sent[3].reasoning_content).toBe(answerStep?.reasoningText);
      } else {
        // V3.2 ignores reasoning of earlier user turns; DeepSeek recommends clearing it.
        expect(sent[1]).not.toHaveProperty('reasoning_content');
        expect(sent[3]).not.toHaveProperty('reasoning_content');
        expect(sent[1].tool_calls[0].id).toBe(toolStep?.toolCalls[0]?.toolCallId);
      }
    },
  );
});

describe('DeepSeek tool loop through UI messages (V4, the strictest rule)', () => {
  it('streamText → UI messages → JSON → convertToModelMessages: every turn accepted', async () => {
    async function chatTurn(messages: UIMessage[]): Promise<UIMessage[]> {
      const turn = await runUIChatTurn(messages, {
        model: kit.ccapi('deepseek-v4-flash'),
        tools: { get_weather },
      });
      expect(turn.errors).toEqual([]);
      return turn.messages!;
    }

    const afterTurn1 = await chatTurn([
      {
        id: 'u1',
        role: 'user',
        parts: [{ type: 'text', text: 'What is the weather in Paris? Use get_weather.' }],
      },
    ]);
    const reasoning = afterTurn1
      .at(-1)!
      .parts.filter((part) => part.type === 'reasoning')
      .map((part) => (part as { text: string }).text);
    expect(reasoning).toHaveLength(2);

    // The browser posts the whole history back as JSON.
    const reloaded: UIMessage[] = JSON.parse(JSON.stringify(afterTurn1));
    reloaded.push({
      id: 'u2',
      role: 'user',
      parts: [{ type: 'text', text: 'And in Berlin? Use get_weather.' }],
    });
    kit.emulator.requests.length = 0;
    await chatTurn(reloaded);

    expect(kit.emulator.requests).toHaveLength(2);
    const sent = sentMessages(1);
    expect(sent.map((message) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
      'user',
      'assistant',
      'tool',
    ]);
    expect(sent[1].reasoning_content).toBe(reasoning[0]);
    expect(sent[3].reasoning_content).toBe(reasoning[1]);
    expect(sent[5].reasoning_content).toContain('Berlin');
  });
});

describe('DeepSeek tool loop negative controls', () => {
  it.each(['generateText', 'streamText'] as const)(
    '%s: with sendReasoning: false the dialect rejects step 2 with DeepSeek’s 400',
    async (mode) => {
      const variant: Variant = {
        title: 'no reasoning back',
        modelId: 'deepseek-v3.2',
        settings: { reasoning: 'high', providerOptions: { ccapi: { sendReasoning: false } } },
        generation: 'v3',
      };
      const history: ModelMessage[] = [
        { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ];
      let error: unknown;
      if (mode === 'generateText') {
        error = await runTurn(mode, variant, history).catch((caught: unknown) => caught);
      } else {
        const result = streamText({
          model: kit.ccapi(variant.modelId),
          messages: history,
          tools: { get_weather },
          stopWhen: stepCountIs(3),
          ...variant.settings,
          onError: ({ error: streamError }) => {
            error = streamError;
          },
        });
        for await (const _ of result.fullStream) {
          // drain
        }
      }
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(400);
      expect((error as APICallError).isRetryable).toBe(false);
      expect((error as Error).message).toContain(
        'The `reasoning_content` in the thinking mode must be passed back to the API.',
      );
      expect(sentMessages(1)[1]).not.toHaveProperty('reasoning_content');
    },
  );

  it('V4: a saved history that lost its reasoning still passes (empty reasoning_content back-filled)', async () => {
    const turn1 = await runTurn('generateText', VARIANTS[2]!, [
      { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
    ]);
    // An app that stores only text and tool parts.
    const stripped = JSON.parse(JSON.stringify(turn1.messages)).map((message: any) =>
      message.role === 'assistant' && Array.isArray(message.content)
        ? { ...message, content: message.content.filter((part: any) => part.type !== 'reasoning') }
        : message,
    );
    kit.emulator.requests.length = 0;
    const turn2 = await runTurn('generateText', VARIANTS[2]!, [
      { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ...stripped,
      { role: 'user', content: 'And in Berlin? Use get_weather.' },
    ]);
    expect(turn2.text).toContain('Berlin');
    expect(sentMessages(0)[1].reasoning_content).toBe('');
    expect(sentMessages(0)[3].reasoning_content).toBe('');
  });
});

describe('DeepSeek finish reasons end to end (emulator ~finish: suffix)', () => {
  it('insufficient_system_resource → error, raw kept, partial text kept (generate and stream)', async () => {
    const model = kit.ccapi('deepseek-v3.2~finish:insufficient_system_resource');
    const generated = await generateText({ model, prompt: 'Say hello to Ada Lovelace' });
    expect(generated.finishReason).toBe('error');
    expect(generated.rawFinishReason).toBe('insufficient_system_resource');
    expect('Echo: Say hello to Ada Lovelace'.startsWith(generated.text)).toBe(true);

    const streamed = streamText({ model, prompt: 'Say hello to Ada Lovelace' });
    expect(await streamed.finishReason).toBe('error');
    expect(await streamed.rawFinishReason).toBe('insufficient_system_resource');
    expect((await streamed.text).length).toBeGreaterThan(0);
  });
});
