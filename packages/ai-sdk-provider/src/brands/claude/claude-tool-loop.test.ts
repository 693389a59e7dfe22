import { APICallError, type ModelMessage, stepCountIs, type UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import {
  firstError,
  get_weather,
  runToolLoopTurn,
  runUIChatTurn,
  useEmulatorProvider,
} from '../../../test/brand-test-kit';
import { CCAPIClaudeThinkingToolLoopError } from './claude-thinking-tool-loop-error';

// Real `ai` tool loops with thinking on, against the emulator's Claude dialect. The dialect
// answers Anthropic's 400 ("Expected `thinking` or `redacted_thinking`, but found `text`") when a
// request continues a tool loop with thinking on — what really happens through CCAPI's relay,
// which cannot send signed thinking back. Every turn passing (HTTP 200, checked on the wire) is
// the proof the adapter's guard works; the negative controls show the dialect would reject.

const kit = useEmulatorProvider();
const { sentBody: sent } = kit;
const MESSAGES_ROUTE =
  /ccapi\.messages\('claude-sonnet-4-6'\).*ccapi\('claude-sonnet-4-6'\).*api: 'messages'/;

async function run(
  mode: 'generateText' | 'streamText',
  messages: ModelMessage[],
  extra: object = {},
) {
  const settings = {
    model: kit.ccapi.chat('claude-sonnet-4-6'),
    messages,
    tools: { get_weather },
    reasoning: 'medium' as const,
    stopWhen: stepCountIs(3),
    ...extra,
  };
  return runToolLoopTurn(mode, settings);
}

describe.each(['generateText', 'streamText'] as const)(
  'Claude chat-route tool loop with thinking (%s)',
  (mode) => {
    it('runs two user turns, history reloaded from JSON; thinking is on where the relay can carry it', async () => {
      const history: ModelMessage[] = [
        { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
      ];
      const turn1 = await run(mode, history);
      expect(turn1.steps).toHaveLength(2);
      const [call, answer] = turn1.steps;

      // Step 1: thinking arrives as reasoning_content; the relay's "\n" stands in for the signature,
      // and nothing is stored to send back.
      expect(call?.reasoningText).toMatch(/get_weather/);
      // (Non-stream bodies carry the thinking block's text alone.)
      expect(call?.reasoningText?.endsWith('\n')).toBe(mode === 'streamText');
      const reasoningPart = call?.content.find((part) => part.type === 'reasoning');
      expect(reasoningPart?.providerMetadata?.ccapi).toBeUndefined();
      expect(call?.toolCalls[0]?.toolCallId).toMatch(/^toolu_01/);
      expect(call?.toolCalls[0]?.input).toEqual({ city: 'Paris' });
      expect(call?.finishReason).toBe('tool-calls');
      expect(call?.warnings).toEqual([]);
      // Step 2: the follow-up went without thinking, and said so.
      expect(answer?.text).toContain('21');
      expect(answer?.reasoningText ?? '').toBe('');
      expect((answer?.warnings ?? []).map((w: any) => w.details).join('\n')).toMatch(
        MESSAGES_ROUTE,
      );

      const reloaded: ModelMessage[] = JSON.parse(JSON.stringify([...history, ...turn1.messages]));
      reloaded.push({ role: 'user', content: 'And in Berlin? Use get_weather.' });
      const turn2 = await run(mode, reloaded);
      expect(turn2.steps).toHaveLength(2);
      expect(turn2.steps[0]?.reasoningText).toMatch(/Berlin/);
      expect(turn2.text).toContain('21');

      // Every request was accepted by the dialect's Anthropic rules.
      expect(kit.statuses).toEqual([200, 200, 200, 200]);
      expect(kit.emulator.requests.map((request) => request.path)).toEqual(
        Array(4).fill('/v1/chat/completions'),
      );

      // What each request carried.
      const [first, second, third, fourth] = [0, 1, 2, 3].map(sent);
      expect(first.reasoning_effort).toBe('medium');
      expect(first.max_tokens).toBeGreaterThan(2048);
      expect(first).not.toHaveProperty('temperature');
      expect(first).not.toHaveProperty('thinking');

      expect(second).not.toHaveProperty('reasoning_effort');
      const assistant = second.messages[1];
      expect(assistant).toEqual({
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: call?.toolCalls[0]?.toolCallId,
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      });
      expect(second.messages[2]).toEqual({
        role: 'tool',
        tool_call_id: call?.toolCalls[0]?.toolCallId,
        content: '{"city":"Paris","temperature":21}',
      });

      // Turn 2 starts a new loop: the previous one is closed by an answer, so thinking is back on.
      expect(third.reasoning_effort).toBe('medium');
      expect(third.messages.map((m: any) => m.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'assistant',
        'user',
      ]);
      expect(third.messages[1]).not.toHaveProperty('reasoning_content');
      expect(fourth).not.toHaveProperty('reasoning_effort');
      expect(fourth.messages.map((m: any) => m.role)).toEqual([
        'user',
        'assistant',
        'tool',
        'assistant',
        'user',
        'assistant',
        'tool',
      ]);
      for (const body of [first, second, third, fourth]) {
        expect(body.messages.some((m: any) => m.role === 'developer')).toBe(false);
      }
    });

    it('temperature and a small maxOutputTokens are fixed up for thinking, restored on the follow-up', async () => {
      await run(mode, [{ role: 'user', content: 'Weather in Oslo? Use get_weather.' }], {
        temperature: 0.3,
        maxOutputTokens: 1000,
      });
      expect(kit.statuses).toEqual([200, 200]);
      expect(sent(0)).not.toHaveProperty('temperature');
      expect(sent(0).max_tokens).toBe(3048);
      expect(sent(1).temperature).toBe(0.3);
      expect(sent(1).max_tokens).toBe(1000);
    });

    it('negative control: without the guard (generic adapter forced) the dialect answers Anthropic’s 400', async () => {
      const settings = {
        model: kit.ccapi.chat('claude-sonnet-4-6', { brand: 'generic' }),
        prompt: 'What is the weather in Paris? Use get_weather.',
        tools: { get_weather },
        reasoning: 'medium' as const,
        maxOutputTokens: 4000,
        stopWhen: stepCountIs(3),
        maxRetries: 0,
      };
      const error = await firstError(mode, settings);
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(400);
      expect((error as APICallError).message).toMatch(
        /Expected `thinking` or `redacted_thinking`, but found `text`/,
      );
      expect(kit.statuses).toEqual([200, 400]);
    });

    it('thinkingToolLoop: "error" stops before the follow-up with the typed error', async () => {
      const settings = {
        model: kit.ccapi.chat('claude-sonnet-4-6'),
        prompt: 'What is the weather in Paris? Use get_weather.',
        tools: { get_weather },
        reasoning: 'medium' as const,
        providerOptions: { ccapi: { thinkingToolLoop: 'error' } },
        stopWhen: stepCountIs(3),
        maxRetries: 0,
      };
      const error = await firstError(mode, settings);
      expect(CCAPIClaudeThinkingToolLoopError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/ccapi\.messages\('claude-sonnet-4-6'\)/);
      expect(kit.emulator.requests).toHaveLength(1);
    });

    it('a -thinking model id cannot drop thinking: the follow-up throws the typed error, not an opaque 400', async () => {
      const settings = {
        model: kit.ccapi.chat('claude-sonnet-4-5-thinking'),
        prompt: 'What is the weather in Paris? Use get_weather.',
        tools: { get_weather },
        stopWhen: stepCountIs(3),
        maxRetries: 0,
      };
      const error = await firstError(mode, settings);
      expect(CCAPIClaudeThinkingToolLoopError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/claude-sonnet-4-5-thinking/);
      expect(kit.statuses).toEqual([200]);
    });
  },
);

describe('Claude chat-route tool loop through UI messages', () => {
  it('streamText → UI messages → JSON → convertToModelMessages → next turn accepted', async () => {
    async function chatTurn(messages: UIMessage[]): Promise<UIMessage[]> {
      const turn = await runUIChatTurn(messages, {
        model: kit.ccapi.chat('claude-sonnet-4-6'),
        tools: { get_weather },
        reasoning: 'high',
      });
      return turn.messages!;
    }

    const afterTurn1 = await chatTurn([
      {
        id: 'u1',
        role: 'user',
        parts: [{ type: 'text', text: 'What is the weather in Paris? Use get_weather.' }],
      },
    ]);
    const parts = afterTurn1.at(-1)!.parts;
    expect(parts.filter((part) => part.type === 'reasoning')).toHaveLength(1);
    expect(parts.some((part) => part.type === 'tool-get_weather')).toBe(true);

    const reloaded: UIMessage[] = JSON.parse(JSON.stringify(afterTurn1));
    reloaded.push({
      id: 'u2',
      role: 'user',
      parts: [{ type: 'text', text: 'And in Rome? Use get_weather.' }],
    });
    await chatTurn(reloaded);

    expect(kit.statuses).toEqual([200, 200, 200, 200]);
    expect(sent(2).reasoning_effort).toBe('high');
    expect(sent(2).messages.map((m: any) => m.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
      'user',
    ]);
    expect(sent(3)).not.toHaveProperty('reasoning_effort');
  });
});
