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
  get_time,
  get_weather,
  runToolLoopTurn,
  runUIChatTurn,
  useEmulatorProvider,
} from '../../../test/brand-test-kit';

// Real `ai` tool loops with thinking against the emulator's GLM dialect. With preserved thinking
// (`clearThinking: false`) the dialect answers GLM's error 1214 when an assistant tool-call
// message comes back without the reasoning emitted with those calls, or with it modified. Every
// turn passing is the proof the reasoning went back byte for byte.

const kit = useEmulatorProvider();
const { sentBody, sentMessages } = kit;
const tools = { get_weather, get_time };

interface Variant {
  title: string;
  modelId: string;
  settings: { reasoning?: 'high'; providerOptions?: Record<string, any> };
  thinking: unknown;
}

const PRESERVED = { providerOptions: { ccapi: { clearThinking: false } } };

const VARIANTS: Variant[] = [
  {
    title: 'glm-5, preserved thinking (clearThinking: false)',
    modelId: 'glm-5',
    settings: PRESERVED,
    thinking: { type: 'enabled', clear_thinking: false },
  },
  {
    title: 'zhipu/glm-4.7, reasoning: high + preserved thinking',
    modelId: 'zhipu/glm-4.7',
    settings: { reasoning: 'high', ...PRESERVED },
    thinking: { type: 'enabled', clear_thinking: false },
  },
  {
    title: 'glm-5.2, reasoning: high (effort)',
    modelId: 'glm-5.2',
    settings: { reasoning: 'high' },
    thinking: { type: 'enabled' },
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
    tools,
    stopWhen: stepCountIs(3),
    ...variant.settings,
  };
  return runToolLoopTurn(mode, settings);
}

describe.each(VARIANTS)('GLM tool loop with thinking: $title', (variant) => {
  it.each(['generateText', 'streamText'] as const)(
    '%s: parallel calls, two user turns, history saved as JSON, every request accepted',
    async (mode) => {
      const question = 'Use get_weather and get_time for Paris.';
      const turn1 = await runTurn(mode, variant, [{ role: 'user', content: question }]);
      expect(turn1.steps).toHaveLength(2);
      const [toolStep, answerStep] = turn1.steps;
      expect(toolStep?.toolCalls.map((call) => call.toolName)).toEqual(['get_weather', 'get_time']);
      expect(turn1.text).toContain('21');
      expect(turn1.text).toContain('09:30');
      expect(toolStep?.reasoningText?.length).toBeGreaterThan(0);
      expect(sentBody(0).thinking).toEqual(variant.thinking);
      if (variant.modelId === 'glm-5.2') expect(sentBody(0).reasoning_effort).toBe('high');

      // Step 2: both calls, both results, and the reasoning exactly as it streamed.
      const step2 = sentMessages(1);
      expect(step2.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'tool']);
      expect(step2[1]).toEqual({
        role: 'assistant',
        content: null,
        tool_calls: toolStep?.toolCalls.map((call) => ({
          id: call.toolCallId,
          type: 'function',
          function: { name: call.toolName, arguments: '{"city":"Paris"}' },
        })),
        reasoning_content: toolStep?.reasoningText,
      });
      expect(step2.slice(2).map((message) => message.tool_call_id)).toEqual(
        toolStep?.toolCalls.map((call) => call.toolCallId),
      );

      // The app stores the conversation as JSON and reloads it for the next user turn.
      const reloaded: ModelMessage[] = JSON.parse(
        JSON.stringify([{ role: 'user', content: question }, ...turn1.messages]),
      );
      reloaded.push({ role: 'user', content: 'And get_weather for Berlin?' });
      const turn2 = await runTurn(mode, variant, reloaded);
      expect(turn2.text).toContain('Berlin');

      expect(kit.emulator.requests).toHaveLength(4);
      const sent = sentMessages(3);
      expect(sent.map((message) => message.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'tool',
        'assistant',
        'user',
        'assistant',
        'tool',
      ]);
      // Every assistant message that had reasoning carries it, unmodified, in every later request.
      expect(sent[1].reasoning_content).toBe(toolStep?.reasoningText);
      expect(sent[4].reasoning_content).toBe(answerStep?.reasoningText);
      expect(sent[6].reasoning_content).toBe(turn2.steps[0]?.reasoningText);
      expect(sentBody(3).thinking).toEqual(variant.thinking);
    },
  );
});

describe('GLM tool loop through UI messages (preserved thinking)', () => {
  it('streamText → UI messages → JSON → convertToModelMessages: every turn accepted', async () => {
    async function chatTurn(messages: UIMessage[]): Promise<UIMessage[]> {
      const turn = await runUIChatTurn(messages, {
        model: kit.ccapi('glm-5'),
        tools,
        ...PRESERVED,
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

describe('GLM tool loop negative controls', () => {
  it.each(['generateText', 'streamText'] as const)(
    '%s: with sendReasoning: false, preserved thinking fails with GLM error 1214',
    async (mode) => {
      const settings = {
        providerOptions: { ccapi: { clearThinking: false, sendReasoning: false } },
      };
      let error: unknown;
      const messages: ModelMessage[] = [
        { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ];
      if (mode === 'generateText') {
        error = await generateText({
          model: kit.ccapi('glm-5'),
          messages,
          tools,
          stopWhen: stepCountIs(3),
          ...settings,
        }).catch((caught: unknown) => caught);
      } else {
        const result = streamText({
          model: kit.ccapi('glm-5'),
          messages,
          tools,
          stopWhen: stepCountIs(3),
          ...settings,
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
      expect((error as APICallError).data).toMatchObject({ code: '1214' });
      expect((error as Error).message).toContain('The messages parameter is illegal');
    },
  );

  it('a saved history whose reasoning was edited is rejected (the rule is "unmodified")', async () => {
    const turn1 = await runTurn('generateText', VARIANTS[0]!, [
      { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
    ]);
    const edited = JSON.parse(JSON.stringify(turn1.messages)).map((message: any) =>
      message.role === 'assistant' && Array.isArray(message.content)
        ? {
            ...message,
            content: message.content.map((part: any) =>
              part.type === 'reasoning' ? { ...part, text: part.text.trim().toUpperCase() } : part,
            ),
          }
        : message,
    );
    const error = await runTurn('generateText', VARIANTS[0]!, [
      { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ...edited,
      { role: 'user', content: 'And in Berlin?' },
    ]).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
  });
});

describe('GLM finish reasons end to end (emulator ~finish: suffix)', () => {
  it.each([
    ['sensitive', 'content-filter'],
    ['network_error', 'error'],
    ['model_context_window_exceeded', 'length'],
  ] as const)('%s → %s, raw kept (generate and stream)', async (raw, unified) => {
    const model = kit.ccapi(`glm-5~finish:${raw}`);
    const generated = await generateText({ model, prompt: 'Say hello to Ada Lovelace' });
    expect(generated.finishReason).toBe(unified);
    expect(generated.rawFinishReason).toBe(raw);

    const streamed = streamText({ model, prompt: 'Say hello to Ada Lovelace' });
    expect(await streamed.finishReason).toBe(unified);
    expect(await streamed.rawFinishReason).toBe(raw);
  });
});
