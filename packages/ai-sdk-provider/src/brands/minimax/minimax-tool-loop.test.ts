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

// Real `ai` tool loops against the emulator's MiniMax dialect, which answers 400 (MiniMax's
// `invalid params … (2013)`) when an assistant turn of the current tool loop comes back without
// its thinking. Every turn passing is the proof the whole assistant turn went back; the request
// bodies show exactly what it carried.

const kit = useEmulatorProvider();
const { sentMessages } = kit;

interface Variant {
  title: string;
  modelId: string;
  settings: { reasoning?: 'high'; providerOptions?: Record<string, any> };
  /** What the assistant message of a tool-call step must carry on the next request. */
  expectSentBack(message: any, step: { reasoningText: string; metadata: any }): void;
}

const VARIANTS: Variant[] = [
  {
    title: 'M2.5, inline <think> (default)',
    modelId: 'MiniMax-M2.5',
    settings: {},
    expectSentBack(message, step) {
      // The raw block exactly as MiniMax sent it, then the step's text (none for a tool call).
      expect(step.metadata).toEqual({ thinkBlock: `<think>\n${step.reasoningText}\n</think>\n\n` });
      expect(message.content).toBe(step.metadata.thinkBlock);
      expect(message).not.toHaveProperty('reasoning_details');
      expect(message).not.toHaveProperty('reasoning_content');
    },
  },
  {
    title: 'M2.7, reasoning_split',
    modelId: 'MiniMax-M2.7',
    settings: { providerOptions: { ccapi: { reasoningSplit: true } } },
    expectSentBack(message, step) {
      expect(step.metadata.reasoningDetails).toEqual([
        {
          type: 'reasoning.text',
          id: 'reasoning-text-1',
          format: 'MiniMax-response-v1',
          index: 0,
          text: step.reasoningText,
        },
      ]);
      expect(message.reasoning_details).toEqual(step.metadata.reasoningDetails);
      expect(message.reasoning_content).toBe(step.reasoningText);
      expect(message.content).toBeNull();
    },
  },
  {
    title: 'M3, reasoning high (reasoning_content)',
    modelId: 'MiniMax-M3',
    settings: { reasoning: 'high' },
    expectSentBack(message, step) {
      expect(step.metadata).toBeUndefined();
      expect(message.reasoning_content).toBe(step.reasoningText);
      expect(message.content).toBeNull();
    },
  },
];

type Mode = 'generateText' | 'streamText';

async function runTurn(variant: Variant, mode: Mode, messages: ModelMessage[]) {
  const settings = {
    model: kit.ccapi.chat(variant.modelId),
    messages,
    tools: { get_weather },
    stopWhen: stepCountIs(3),
    ...variant.settings,
  };
  return runToolLoopTurn(mode, settings);
}

/** `providerMetadata.ccapi` of a step's reasoning part (what the next turn sends back). */
function reasoningMetadata(step: { content: ReadonlyArray<{ type: string }> }): any {
  const part = step.content.find((item) => item.type === 'reasoning') as
    | { providerMetadata?: { ccapi?: unknown } }
    | undefined;
  return part?.providerMetadata?.ccapi;
}

describe.each(VARIANTS)('MiniMax tool loop with thinking: $title', (variant) => {
  it.each(['generateText', 'streamText'] as const)(
    '%s: two turns, history saved as JSON between them, every turn accepted',
    async (mode) => {
      const history: ModelMessage[] = [
        { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ];
      const turn1 = await runTurn(variant, mode, history);
      expect(turn1.steps).toHaveLength(2);
      expect(turn1.steps[0]?.toolCalls[0]?.toolCallId).toMatch(/^call_function_[a-z0-9]{12}_1$/);
      expect(turn1.steps[0]?.finishReason).toBe('tool-calls');
      expect(turn1.text).toContain('"temperature":21');
      for (const step of turn1.steps) expect(step.reasoningText?.length ?? 0).toBeGreaterThan(0);

      // Step 2 of turn 1 sent the tool-call step back whole.
      const step1 = turn1.steps[0]!;
      const step1Metadata = reasoningMetadata(step1);
      const sent1 = sentMessages(1);
      expect(sent1.map((message) => message.role)).toEqual(['user', 'assistant', 'tool']);
      variant.expectSentBack(sent1[1], {
        reasoningText: step1.reasoningText ?? '',
        metadata: step1Metadata,
      });
      expect(sent1[1].tool_calls[0].id).toBe(step1.toolCalls[0]?.toolCallId);

      // The app stores the conversation as JSON and reloads it for the next turn.
      const reloaded: ModelMessage[] = JSON.parse(JSON.stringify([...history, ...turn1.messages]));
      reloaded.push({ role: 'user', content: 'And in Berlin? Use get_weather.' });
      const turn2 = await runTurn(variant, mode, reloaded);
      expect(turn2.steps).toHaveLength(2);
      expect(turn2.text).toContain('Berlin');

      expect(kit.emulator.requests).toHaveLength(4);
      const sent3 = sentMessages(3);
      expect(sent3.map((message) => message.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'assistant',
        'user',
        'assistant',
        'tool',
      ]);
      // Turn 1's messages survived the JSON round trip byte for byte…
      expect(sent3.slice(0, 3)).toEqual(sent1);
      // …its final answer went back whole too (inline: block + text)…
      const step2 = turn1.steps[1]!;
      const answerMetadata = reasoningMetadata(step2);
      if (answerMetadata?.thinkBlock != null) {
        expect(sent3[3].content).toBe(answerMetadata.thinkBlock + step2.text);
      } else {
        expect(sent3[3].content).toBe(step2.text);
        expect(sent3[3].reasoning_content).toBe(step2.reasoningText);
      }
      // …and the new tool-call step of turn 2 went back like the first one.
      const turn2Step1 = turn2.steps[0]!;
      variant.expectSentBack(sent3[5], {
        reasoningText: turn2Step1.reasoningText ?? '',
        metadata: reasoningMetadata(turn2Step1),
      });
    },
  );
});

describe('MiniMax tool loop through UI messages', () => {
  it('streamText → UI messages → JSON → convertToModelMessages keeps the raw <think> block', async () => {
    const uiHistory: UIMessage[] = [
      {
        id: 'u1',
        role: 'user',
        parts: [{ type: 'text', text: 'What is the weather in Paris? Use get_weather.' }],
      },
    ];

    async function chatTurn(messages: UIMessage[]): Promise<UIMessage[]> {
      const turn = await runUIChatTurn(messages, {
        model: kit.ccapi.chat('MiniMax-M2.5'),
        tools: { get_weather },
      });
      expect(turn.messages).toBeDefined();
      return turn.messages!;
    }

    const afterTurn1 = await chatTurn(uiHistory);
    const assistant = afterTurn1.at(-1)!;
    const reasoningParts = assistant.parts.filter((part) => part.type === 'reasoning');
    expect(reasoningParts).toHaveLength(2);
    const thinkBlocks = reasoningParts.map(
      (part) => (part as any).providerMetadata?.ccapi?.thinkBlock as string,
    );
    expect(thinkBlocks[0]).toMatch(/^<think>\n.+\n<\/think>\n\n$/s);

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
    expect(sent[1].content).toBe(thinkBlocks[0]);
    expect(sent[3].content).toMatch(
      new RegExp(`^${escapeRegExp(thinkBlocks[1]!)}Based on get_weather`),
    );
    expect(sent[5].content).toMatch(/^<think>\n.+Berlin.+\n<\/think>\n\n$/s);
  });
});

describe('MiniMax tool loop negative control', () => {
  it.each(['generateText', 'streamText'] as const)(
    '%s: with sendReasoning: false the dialect rejects step 2 with MiniMax’s 2013 error',
    async (mode) => {
      const settings = {
        model: kit.ccapi.chat('MiniMax-M2.5'),
        prompt: 'What is the weather in Paris? Use get_weather.',
        tools: { get_weather },
        stopWhen: stepCountIs(3),
        maxRetries: 0,
        providerOptions: { ccapi: { sendReasoning: false } },
      };
      let error: unknown;
      if (mode === 'generateText') {
        error = await generateText(settings).catch((caught: unknown) => caught);
      } else {
        await streamText({
          ...settings,
          onError: ({ error: caught }) => {
            error = caught;
          },
        }).consumeStream();
      }
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(400);
      expect((error as APICallError).isRetryable).toBe(false);
      expect((error as APICallError).message).toMatch(
        /^invalid params, the assistant message with tool_calls at messages\[1\] must be sent back complete/,
      );
      expect(kit.emulator.requests).toHaveLength(2);
      expect(sentMessages(1)[1].content).toBeNull();
    },
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
