import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { APICallError, generateText, type ModelMessage, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import type { CCAPIBrand } from '../../src/brands/ccapi-brand-adapters';
import { createCCAPI } from '../../src/ccapi-provider';

export type ChatConformanceCase =
  | 'text'
  | 'reasoning'
  | 'toolCall'
  | 'parallelToolCalls'
  | 'streamedArguments'
  | 'toolLoopWithThinking'
  | 'usage'
  | 'finishReasons'
  | 'upstreamErrors'
  | 'abort';

export interface ChatConformanceOptions {
  brand: CCAPIBrand;
  /** A model id of this brand, served by the emulator's dialect for it. */
  modelId: string;
  /** Call settings that turn thinking on for this brand. */
  thinking: {
    reasoning?: LanguageModelV4CallOptions['reasoning'];
    providerOptions?: Record<string, Record<string, any>>;
  };
  /** Whether reasoning text comes back when thinking is on (OpenAI chat returns none). */
  expectReasoning: boolean;
  /** Cases to skip, each with the reason (printed in the test name). */
  skip?: Partial<Record<ChatConformanceCase, string>>;
  /**
   * `emulator` (default): a fresh emulator per suite. `live`: the real CCAPI with
   * `CCAPI_API_KEY` (and `CCAPI_BASE_URL` if set); assertions on what the emulator received and
   * its fault injection are left out.
   */
  target?: 'emulator' | 'live';
}

const weatherTool = tool({
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21, unit: 'C' }),
});

const timeTool = tool({
  description: 'Get the local time for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, time: '09:30' }),
});

/**
 * One conformance suite, run once per brand against the emulator's dialect for it (Hono-style:
 * same cases everywhere, each skip states its reason). Everything goes through the real `ai`
 * functions over loopback HTTP.
 */
export function runChatConformance(options: ChatConformanceOptions): void {
  const { brand, modelId, thinking, expectReasoning } = options;
  const live = options.target === 'live';

  describe(`chat conformance${live ? ' (live)' : ''}: ${brand} (${modelId})`, () => {
    let emulator: RunningEmulator;
    let ccapi: ReturnType<typeof createCCAPI>;

    beforeAll(async () => {
      if (live) {
        ccapi = createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
        return;
      }
      emulator = await startEmulator();
      ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
    });
    afterAll(async () => {
      await emulator?.close();
    });

    const model = () => ccapi.chat(modelId);
    const faultModel = (fault: string) =>
      createCCAPI({
        baseURL: emulator.baseURL,
        apiKey: emulator.apiKey,
        headers: { 'x-emulator-fault': fault },
      }).chat(modelId);

    const test = (name: ChatConformanceCase, title: string, fn: () => Promise<void>) => {
      const reason =
        options.skip?.[name] ??
        (live && (name === 'upstreamErrors' || name === 'abort')
          ? 'fault injection needs the emulator'
          : undefined);
      if (reason != null) it.skip(`${title} (skipped: ${reason})`, fn);
      else it(title, fn);
    };

    test('text', 'generates and streams text', async () => {
      const generated = await generateText({ model: model(), prompt: 'Say hello to Ada' });
      expect(generated.text.length).toBeGreaterThan(0);
      expect(generated.finishReason).toBe('stop');
      if (live) return;

      const streamed = streamText({ model: model(), prompt: 'Say hello to Ada' });
      const deltas: string[] = [];
      for await (const delta of streamed.textStream) deltas.push(delta);
      expect(deltas.length).toBeGreaterThan(1);
      expect(deltas.join('')).toBe(await streamed.text);
      expect(await streamed.finishReason).toBe('stop');
    });

    test('reasoning', 'returns reasoning before text when thinking is on', async () => {
      const generated = await generateText({
        model: model(),
        prompt: 'Think about why the sky is blue',
        ...thinking,
      });
      expect(generated.text.length).toBeGreaterThan(0);
      if (!expectReasoning) {
        expect(generated.reasoningText ?? '').toBe('');
        return;
      }
      expect(generated.reasoningText?.length ?? 0).toBeGreaterThan(0);
      expect(generated.text).not.toContain('<think>');

      const streamed = streamText({
        model: model(),
        prompt: 'Think about why the sky is blue',
        ...thinking,
      });
      const order: string[] = [];
      for await (const part of streamed.fullStream) {
        if (part.type === 'reasoning-delta' || part.type === 'text-delta') {
          if (order[order.length - 1] !== part.type) order.push(part.type);
        }
      }
      expect(order).toEqual(['reasoning-delta', 'text-delta']);
    });

    test('toolCall', 'calls a typed tool', async () => {
      const result = await generateText({
        model: model(),
        prompt: 'What is the weather in Paris? Use get_weather.',
        tools: { get_weather: weatherTool },
        stopWhen: stepCountIs(1),
      });
      expect(result.toolCalls).toHaveLength(1);
      expect(result.toolCalls[0]?.toolName).toBe('get_weather');
      expect(typeof (result.toolCalls[0]?.input as { city?: unknown } | undefined)?.city).toBe(
        'string',
      );
      expect(result.finishReason).toBe('tool-calls');
    });

    test('parallelToolCalls', 'makes parallel tool calls with distinct ids', async () => {
      const result = await generateText({
        model: model(),
        prompt: 'Use get_weather and get_time for Paris.',
        tools: { get_weather: weatherTool, get_time: timeTool },
        stopWhen: stepCountIs(1),
      });
      expect(result.toolCalls.map((call) => call.toolName).sort()).toEqual([
        'get_time',
        'get_weather',
      ]);
      const ids = result.toolCalls.map((call) => call.toolCallId);
      expect(new Set(ids).size).toBe(2);
      expect(result.toolResults).toHaveLength(2);
    });

    test('streamedArguments', 'streams tool input before the call', async () => {
      const result = streamText({
        model: model(),
        prompt: 'What is the weather in Paris? Use get_weather.',
        tools: { get_weather: weatherTool },
        stopWhen: stepCountIs(1),
      });
      const types: string[] = [];
      let input = '';
      for await (const part of result.fullStream) {
        types.push(part.type);
        if (part.type === 'tool-input-delta') input += part.delta;
      }
      const start = types.indexOf('tool-input-start');
      const end = types.indexOf('tool-input-end');
      const call = types.indexOf('tool-call');
      expect(start).toBeGreaterThanOrEqual(0);
      expect(
        types.slice(start, end).filter((type) => type === 'tool-input-delta').length,
      ).toBeGreaterThan(0);
      expect(call).toBeGreaterThan(end);
      expect(JSON.parse(input)).toHaveProperty('city');
    });

    for (const mode of ['generateText', 'streamText'] as const) {
      test(
        'toolLoopWithThinking',
        `runs a multi-turn tool loop with thinking, history saved as JSON between turns (${mode})`,
        async () => {
          const run = async (messages: ModelMessage[]) => {
            const settings = {
              model: model(),
              messages,
              tools: { get_weather: weatherTool },
              stopWhen: stepCountIs(3),
              ...thinking,
            };
            if (mode === 'generateText') {
              const result = await generateText(settings);
              return {
                text: result.text,
                messages: result.responseMessages,
                steps: result.steps.length,
              };
            }
            const result = streamText(settings);
            return {
              text: await result.text,
              messages: await result.responseMessages,
              steps: (await result.steps).length,
            };
          };

          const firstRequest = live ? 0 : emulator.requests.length;
          const history: ModelMessage[] = [
            { role: 'user', content: 'What is the weather in Paris? Use get_weather.' },
          ];
          const turn1 = await run(history);
          expect(turn1.steps).toBe(2);
          expect(turn1.text).toContain('21');

          // The app stores the conversation as JSON and reloads it for the next turn.
          const reloaded: ModelMessage[] = JSON.parse(
            JSON.stringify([...history, ...turn1.messages]),
          );
          reloaded.push({ role: 'user', content: 'And in Berlin? Use get_weather.' });
          const turn2 = await run(reloaded);
          expect(turn2.steps).toBe(2);
          expect(turn2.text).toContain('21');

          if (live) return;
          // Every request reached the model and none was rejected by the brand's rules.
          const requests = emulator.requests.slice(firstRequest);
          expect(requests).toHaveLength(4);
          const lastBody = requests[3]?.body as { messages: Array<{ role: string }> };
          expect(lastBody.messages.map((message) => message.role)).toEqual([
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
    }

    test('usage', 'reports token usage in both modes', async () => {
      const generated = await generateText({ model: model(), prompt: 'Count my tokens' });
      expect(generated.usage.inputTokens).toBeGreaterThan(0);
      expect(generated.usage.outputTokens).toBeGreaterThan(0);
      const streamed = streamText({ model: model(), prompt: 'Count my tokens' });
      const usage = await streamed.usage;
      expect(usage.inputTokens).toBeGreaterThan(0);
      expect(usage.outputTokens).toBeGreaterThan(0);
    });

    test('finishReasons', 'maps stop, length and tool-calls', async () => {
      const stopped = await generateText({ model: model(), prompt: 'Say hi' });
      expect(stopped.finishReason).toBe('stop');
      expect(stopped.rawFinishReason).toBeDefined();
      const truncated = await generateText({
        model: model(),
        prompt: 'Write a very long story about a lighthouse keeper and the sea',
        maxOutputTokens: 3,
      });
      expect(truncated.finishReason).toBe('length');
    });

    test('upstreamErrors', 'turns upstream failures into typed errors', async () => {
      const rateLimited = await generateText({
        model: faultModel('rate-limit'),
        prompt: 'hi',
        maxRetries: 0,
      }).catch((error: unknown) => error);
      expect(APICallError.isInstance(rateLimited)).toBe(true);
      expect((rateLimited as APICallError).statusCode).toBe(429);
      expect((rateLimited as APICallError).isRetryable).toBe(true);

      const broke = await generateText({
        model: faultModel('insufficient-quota'),
        prompt: 'hi',
        maxRetries: 0,
      }).catch((error: unknown) => error);
      expect(APICallError.isInstance(broke)).toBe(true);
      expect((broke as APICallError).isRetryable).toBe(false);
      expect((broke as Error).message).toMatch(/balance/i);

      const errors: unknown[] = [];
      const streamed = streamText({
        model: faultModel('stream-error'),
        prompt: 'hi',
        onError: ({ error }) => {
          errors.push(error);
        },
      });
      for await (const _ of streamed.fullStream) {
        // drain
      }
      expect(errors.length).toBeGreaterThan(0);
    });

    test('abort', 'stops a stalled stream when aborted', async () => {
      const controller = new AbortController();
      const result = streamText({
        model: faultModel('stall'),
        prompt: 'Say hello to Ada',
        abortSignal: controller.signal,
      });
      const types: string[] = [];
      const started = Date.now();
      setTimeout(() => controller.abort(), 200);
      for await (const part of result.fullStream) types.push(part.type);
      expect(types).toContain('abort');
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
}
