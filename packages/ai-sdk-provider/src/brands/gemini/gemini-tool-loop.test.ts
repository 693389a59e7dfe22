import { APICallError, type ModelMessage, stepCountIs, tool, type UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import {
  firstError,
  get_time,
  get_weather,
  runToolLoopTurn,
  runUIChatTurn,
  useEmulatorProvider,
} from '../../../test/brand-test-kit';

// Real `ai` tool loops with thinking on, against the emulator's Gemini dialect: CCAPI's relay
// shape (thinking via extra_body, gateway call ids) and Google's own OpenAI-compat shape on a
// pass-through channel, where Gemini 3 answers 400 when a function call of the current turn comes
// back without the thought signature it was given. Every turn passing (HTTP 200 on the wire) is
// the proof each call carried its own signature back.

const kit = useEmulatorProvider();
const { sentBody: sent } = kit;
const tools = { get_weather, get_time };

async function run(
  mode: 'generateText' | 'streamText',
  modelId: string,
  messages: ModelMessage[],
  extra: object = {},
) {
  const settings = {
    model: kit.ccapi.chat(modelId),
    messages,
    tools,
    reasoning: 'high' as const,
    stopWhen: stepCountIs(3),
    ...extra,
  };
  return runToolLoopTurn(mode, settings);
}

describe.each(['generateText', 'streamText'] as const)(
  'Gemini tool loops with thinking (%s)',
  (mode) => {
    it.each([
      ['gemini-2.5-flash', { thinking_budget: 24576, include_thoughts: true }],
      ['gemini-3-pro-preview', { thinking_level: 'high', include_thoughts: true }],
    ])(
      'relay (%s): thoughts, gateway ids, every request carries extra_body thinking_config',
      async (modelId, config) => {
        const history: ModelMessage[] = [
          { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
        ];
        const turn1 = await run(mode, modelId, history);
        expect(turn1.steps).toHaveLength(2);
        expect(turn1.steps[0]?.reasoningText).toMatch(/get_weather/);
        expect(turn1.steps[0]?.toolCalls[0]?.toolCallId).toMatch(/^call_[0-9a-f]{32}$/);
        expect(turn1.steps[0]?.usage.outputTokenDetails.reasoningTokens).toBeGreaterThan(0);
        expect(turn1.text).toContain('21');

        const reloaded: ModelMessage[] = JSON.parse(
          JSON.stringify([...history, ...turn1.messages]),
        );
        reloaded.push({ role: 'user', content: 'And in Berlin? Use get_weather.' });
        const turn2 = await run(mode, modelId, reloaded);
        expect(turn2.text).toContain('21');

        expect(kit.statuses).toEqual([200, 200, 200, 200]);
        for (const index of [0, 1, 2, 3]) {
          expect(sent(index).extra_body).toEqual({ google: { thinking_config: config } });
          expect(sent(index)).not.toHaveProperty('reasoning_effort');
        }
        // The relay gives no signatures: the calls go back with their ids only, no reasoning text.
        const assistant = sent(1).messages[1];
        expect(assistant.tool_calls[0]).toEqual({
          id: turn1.steps[0]?.toolCalls[0]?.toolCallId,
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
        });
        expect(assistant).not.toHaveProperty('reasoning_content');
        expect(sent(3).messages.map((m: any) => m.role)).toEqual([
          'user',
          'assistant',
          'tool',
          'assistant',
          'user',
          'assistant',
          'tool',
        ]);
      },
    );

    it('pass-through Gemini 3: parallel calls, the signature goes back on the first call only, across a JSON reload', async () => {
      const modelId = 'gemini-3-pro-preview~passthrough';
      const history: ModelMessage[] = [
        { role: 'user', content: 'Use get_weather and get_time for Paris.' },
      ];
      const turn1 = await run(mode, modelId, history);
      expect(turn1.steps).toHaveLength(2);
      const calls = turn1.steps[0]!.content.filter((part) => part.type === 'tool-call');
      expect(calls.map((call) => call.toolName)).toEqual(['get_weather', 'get_time']);
      expect(calls[0]?.toolCallId).toMatch(/^function-call-\d+$/);
      const signature = calls[0]?.providerMetadata?.ccapi?.extraContent as any;
      expect(signature.google.thought_signature).toMatch(/^EjQKMgEM/);
      expect(calls[1]?.providerMetadata?.ccapi?.extraContent).toBeUndefined();
      // Google streams `stop` after tool calls; non-stream bodies say `tool_calls`.
      expect(turn1.steps[0]?.finishReason).toBe('tool-calls');
      expect(turn1.steps[0]?.rawFinishReason).toBe(mode === 'streamText' ? 'stop' : 'tool_calls');

      const reloaded: ModelMessage[] = JSON.parse(JSON.stringify([...history, ...turn1.messages]));
      reloaded.push({ role: 'user', content: 'Now use get_weather and get_time for Tokyo.' });
      await run(mode, modelId, reloaded);

      expect(kit.statuses).toEqual([200, 200, 200, 200]);
      const followUp = sent(1).messages[1];
      expect(followUp.tool_calls[0].extra_content).toEqual(signature);
      expect(followUp.tool_calls[1]).not.toHaveProperty('extra_content');
      // After the JSON reload the turn-1 calls still carry their signature, and turn 2's own.
      const last = sent(3).messages;
      expect(last.map((m: any) => m.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'tool',
        'assistant',
        'user',
        'assistant',
        'tool',
        'tool',
      ]);
      expect(last[1].tool_calls[0].extra_content).toEqual(signature);
      expect(last[6].tool_calls[0].extra_content.google.thought_signature).toMatch(/^EjQKMgEM/);
      expect(last[6].tool_calls[0].extra_content).not.toEqual(signature);
      expect(last[6].tool_calls[1]).not.toHaveProperty('extra_content');
    });

    it('negative control: stripping the stored signature makes the pass-through dialect answer Google’s 400', async () => {
      const modelId = 'gemini-3-pro-preview~passthrough';
      const first = await run(
        mode,
        modelId,
        [{ role: 'user', content: 'Use get_weather for Paris.' }],
        {
          stopWhen: stepCountIs(1),
        },
      );
      // A client that drops provider metadata when it stores the conversation.
      const stripped: ModelMessage[] = JSON.parse(JSON.stringify(first.messages), (key, value) =>
        key === 'providerOptions' ? undefined : value,
      );
      const settings = {
        model: kit.ccapi.chat(modelId),
        messages: [{ role: 'user' as const, content: 'Use get_weather for Paris.' }, ...stripped],
        tools,
        maxRetries: 0,
      };
      const error = await firstError(mode, settings);
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(400);
      expect((error as APICallError).message).toMatch(
        /Function call is missing a thought_signature in functionCall parts\. .*function call `default_api:get_weather` , position 2/,
      );
    });
  },
);

describe('Gemini pass-through through UI messages', () => {
  it('client-side tool: the signature survives UI messages → JSON → convertToModelMessages mid-loop', async () => {
    const modelId = 'gemini-3-pro-preview~passthrough';
    // No `execute`: the browser runs the tool and posts the result back.
    const clientTools = {
      get_weather: tool({
        description: 'Get the weather',
        inputSchema: z.object({ city: z.string() }),
      }),
    };

    async function chatTurn(messages: UIMessage[]): Promise<UIMessage[]> {
      const turn = await runUIChatTurn(messages, {
        model: kit.ccapi.chat(modelId),
        tools: clientTools,
        reasoning: 'high',
      });
      return turn.messages!;
    }

    const afterCall = await chatTurn([
      { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Use get_weather for Paris.' }] },
    ]);
    const assistant = afterCall.at(-1)!;
    const part = assistant.parts.find((p) => p.type === 'tool-get_weather') as any;
    expect(part.state).toBe('input-available');
    expect(part.callProviderMetadata?.ccapi?.extraContent?.google?.thought_signature).toMatch(
      /^EjQKMgEM/,
    );

    // The browser adds the tool output and posts the whole history back as JSON.
    part.state = 'output-available';
    part.output = { city: 'Paris', temperature: 21 };
    const reloaded: UIMessage[] = JSON.parse(JSON.stringify(afterCall));
    const finished = await chatTurn(reloaded);

    expect(kit.statuses).toEqual([200, 200]);
    const followUp = sent(1).messages;
    expect(followUp[1].tool_calls[0].extra_content).toEqual(
      part.callProviderMetadata.ccapi.extraContent,
    );
    expect(followUp[2]).toMatchObject({ role: 'tool', tool_call_id: part.toolCallId });
    const text = finished
      .at(-1)!
      .parts.filter((p) => p.type === 'text')
      .map((p: any) => p.text)
      .join('');
    expect(text).toContain('21');
  });
});
