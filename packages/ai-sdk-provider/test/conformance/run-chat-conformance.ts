import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { type APICallError, type FinishReason, type ModelMessage, tool, type UIMessage } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import type { CCAPIBrand } from '../../src/brands/ccapi-brand-adapters';
import type { CCAPIProvider } from '../../src/ccapi-provider';
import {
  CONFORMANCE_AI_SDKS,
  type ConformanceAISdk,
  type ConformanceThinking,
} from './conformance-ai-sdks';
import { type ChatMode, createChatDriver } from './drive-chat';

export type ChatConformanceCase =
  | 'text'
  | 'reasoning'
  | 'toolCall'
  | 'parallelToolCalls'
  | 'streamedArguments'
  | 'toolLoopWithThinking'
  | 'uiMessageToolLoop'
  | 'reasoningRequiredBack'
  | 'historyWithoutReasoning'
  | 'editedReasoning'
  | 'usage'
  | 'finishReasons'
  | 'brandFinishReasons'
  | 'upstreamErrors'
  | 'abort';

/** How a step's reasoning goes back to the model on the next request of a tool loop. */
export type ReasoningSentBack =
  /** No reasoning on the assistant message: the brand needs none, or the route cannot carry it. */
  | 'nothing'
  /** `reasoning_content`: the step's reasoning text, unmodified. */
  | 'reasoning-content'
  /** `content`: the raw `<think>…</think>` block exactly as received, then the step's text. */
  | 'think-block'
  /** `reasoning_details` exactly as received (merged), plus `reasoning_content`. */
  | 'reasoning-details'
  /** Gemini 3's thought signature as `extra_content` on the call it came with, on no other. */
  | 'thought-signature';

/** Call settings as AI SDK 7 writes them (the AI SDK 6 run moves `reasoning` into providerOptions). */
type CallSettings = ConformanceThinking;

/** A request the emulated brand rejects, as the provider must report it. */
export interface BrandRejection {
  status: number;
  message: RegExp;
  /** Matched against `APICallError.data`. */
  data?: Record<string, unknown>;
}

export interface ChatConformanceOptions {
  brand: CCAPIBrand;
  /** A model id of this brand, served by the emulator's dialect for it. */
  modelId: string;
  /** Call settings that turn thinking on for this brand (as AI SDK 7 writes them). */
  thinking: CallSettings;
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

  // Brand behaviour the tool-loop cases check on the wire (emulator only).
  /** Tool ids as the brand makes them (they reach the app unchanged). */
  toolCallId?: RegExp;
  /**
   * The raw finish reason of a step that called tools, which the app sees as `tool-calls`.
   * Default `tool_calls` in both modes.
   */
  toolCallsRawFinishReason?: Partial<Record<ChatMode, string>>;
  /** Whether `usage.outputTokenDetails.reasoningTokens` is reported when thinking is on. */
  reportsReasoningTokens?: boolean;
  /** What a step sends back of its reasoning. Default `nothing`. */
  reasoningSentBack?: ReasoningSentBack;
  /**
   * Whether earlier user turns still send their reasoning back (DeepSeek V4, GLM's preserved
   * thinking, MiniMax's whole turns). Default false: only the current tool loop's.
   */
  keepsEarlierReasoning?: boolean;
  /**
   * Fields of the first request of each user turn (how thinking is switched on); `undefined`
   * means the field is not sent.
   */
  thinkingRequest?: Record<string, unknown>;
  /** Fields of a request that carries tool results. Default: `thinkingRequest`. */
  toolResultRequest?: Record<string, unknown>;
  /** A warning every tool-result step reports (Claude drops thinking there and says why). */
  toolResultWarning?: RegExp;
  /**
   * The negative control of the tool loop: how to send the follow-up without what the brand
   * needs back (call settings merged into the loop's, chat-model settings, or the stored history
   * stripped of provider metadata), and the error the emulated brand then answers.
   */
  withoutReasoningBack?: BrandRejection & {
    settings?: CallSettings;
    modelSettings?: { brand?: CCAPIBrand };
    stripProviderMetadata?: boolean;
  };
  /**
   * A next user turn after a saved history lost its reasoning parts: accepted (default; with the
   * `reasoning_content` then sent for those turns, if any), or the brand's error.
   */
  historyWithoutReasoning?: { accepted: true; sentReasoningContent?: string } | BrandRejection;
  /** The same after the saved reasoning text was edited. Default: accepted. */
  editedReasoning?: { accepted: true } | BrandRejection;
  /** The brand's own finish reasons, played by the emulator for `<model>~finish:<raw>`. */
  brandFinishReasons?: ReadonlyArray<readonly [raw: string, unified: FinishReason]>;
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

const tools = { get_weather: weatherTool, get_time: timeTool };
const PARALLEL_QUESTION = 'Use get_weather and get_time for Paris.';
const FOLLOW_UP_QUESTION = 'And get_weather for Berlin?';

/** Cases that need the emulator's faults and scripted brand rules (skipped on the live API). */
const EMULATOR_ONLY_CASES: ChatConformanceCase[] = [
  'reasoningRequiredBack',
  'historyWithoutReasoning',
  'editedReasoning',
  'brandFinishReasons',
  'upstreamErrors',
  'abort',
];

/** Cases that need data from the brand, or a reason to skip. */
const DATA_CASES: Partial<Record<ChatConformanceCase, keyof ChatConformanceOptions>> = {
  reasoningRequiredBack: 'withoutReasoningBack',
  brandFinishReasons: 'brandFinishReasons',
};

/**
 * One conformance suite, run once per brand against the emulator's dialect for it (Hono-style:
 * same cases everywhere, brand differences passed as data, each skip states its reason), and
 * once per AI SDK major (`ai@7` with the main entry, `ai@6` with `/ai-sdk-6`). Everything goes
 * through that major's real `ai` functions over loopback HTTP.
 */
export function runChatConformance(options: ChatConformanceOptions): void {
  for (const sdk of CONFORMANCE_AI_SDKS) runChatConformanceOn(sdk, options);
}

function runChatConformanceOn(sdk: ConformanceAISdk, options: ChatConformanceOptions): void {
  const { brand, modelId, expectReasoning } = options;
  const live = options.target === 'live';
  const sentBack = options.reasoningSentBack ?? 'nothing';
  const { createCCAPI, generateText, streamText, stepCountIs } = sdk;
  const { runTurn, firstError, runUIChatTurn } = createChatDriver(sdk);
  const thinking = sdk.thinkingSettings(options.thinking);
  const onMajor = sdk === CONFORMANCE_AI_SDKS[0] ? '' : ` on ${sdk.name}`;

  describe(`chat conformance${live ? ' (live)' : ''}${onMajor}: ${brand} (${modelId})`, () => {
    let emulator: RunningEmulator;
    let ccapi: CCAPIProvider;
    /** The HTTP status of every response in the current test. */
    let statuses: number[] = [];

    beforeAll(async () => {
      if (live) {
        ccapi = createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
        return;
      }
      emulator = await startEmulator();
      ccapi = createCCAPI({
        baseURL: emulator.baseURL,
        apiKey: emulator.apiKey,
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          statuses.push(response.status);
          return response;
        },
      });
    });
    afterAll(async () => {
      await emulator?.close();
    });
    beforeEach(() => {
      statuses = [];
      if (emulator != null) emulator.requests.length = 0;
    });

    const model = (settings?: { brand?: CCAPIBrand }) => ccapi.chat(modelId, settings);
    const faultModel = (fault: string) =>
      createCCAPI({
        baseURL: emulator.baseURL,
        apiKey: emulator.apiKey,
        headers: { 'x-emulator-fault': fault },
      }).chat(modelId);
    /** The JSON body of the `index`-th request of the current test. */
    const sent = (index: number): any => emulator.requests[index]?.body;
    /** The roles of that request's messages. */
    const roles = (index: number): string[] =>
      sent(index).messages.map((message: { role: string }) => message.role);

    const test = (name: ChatConformanceCase, title: string, fn: () => Promise<void>) => {
      const dataKey = DATA_CASES[name];
      const reason =
        options.skip?.[name] ??
        (live && EMULATOR_ONLY_CASES.includes(name)
          ? 'plays the emulator’s faults and brand rules, which needs the emulator'
          : undefined);
      if (reason == null && dataKey != null && options[dataKey] == null) {
        throw new Error(`${brand} (${modelId}): give ${dataKey}, or skip '${name}' with a reason`);
      }
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
      // Deltas that arrive in one network read come as one part (the emulator answers in one
      // burst), so only the text is compared; chat/stream-part-queue.test.ts covers the merging.
      expect(deltas.length).toBeGreaterThan(0);
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
      if (options.toolCallId != null) {
        expect(result.toolCalls[0]?.toolCallId).toMatch(options.toolCallId);
      }
    });

    test('parallelToolCalls', 'makes parallel tool calls with distinct ids', async () => {
      const result = await generateText({
        model: model(),
        prompt: PARALLEL_QUESTION,
        tools,
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

    const loopSettings = (messages: ModelMessage[], extraSettings: CallSettings = {}) => {
      const extra = sdk.thinkingSettings(extraSettings);
      return {
        model: model(),
        messages,
        tools,
        stopWhen: stepCountIs(3),
        ...thinking,
        ...extra,
        providerOptions: mergeProviderOptions(thinking.providerOptions, extra.providerOptions),
      };
    };

    for (const mode of ['generateText', 'streamText'] as const) {
      test(
        'toolLoopWithThinking',
        `runs parallel tool loops with thinking over two user turns, history saved as JSON (${mode})`,
        async () => {
          const history: ModelMessage[] = [{ role: 'user', content: PARALLEL_QUESTION }];
          const turn1 = await runTurn(mode, loopSettings(history));
          expect(turn1.steps).toHaveLength(2);
          expect(turn1.text).toContain('21');
          expect(turn1.text).toContain('09:30');
          const [callStep, answerStep] = turn1.steps;
          expect(callStep?.toolCalls.map((call) => call.toolName)).toEqual([
            'get_weather',
            'get_time',
          ]);
          expect(callStep?.finishReason).toBe('tool-calls');
          if (expectReasoning) expect(callStep?.reasoningText?.length ?? 0).toBeGreaterThan(0);
          if (!live) {
            expect(callStep?.rawFinishReason).toBe(
              options.toolCallsRawFinishReason?.[mode] ?? 'tool_calls',
            );
          }
          if (options.reportsReasoningTokens) {
            expect(callStep?.usage.outputTokenDetails.reasoningTokens).toBeGreaterThan(0);
          }
          if (options.toolResultWarning != null) {
            const details = (answerStep?.warnings ?? []).map((warning) => JSON.stringify(warning));
            expect(details.join('\n')).toMatch(options.toolResultWarning);
          }

          // The app stores the conversation as JSON and reloads it for the next user turn.
          const reloaded: ModelMessage[] = JSON.parse(
            JSON.stringify([...history, ...turn1.messages]),
          );
          reloaded.push({ role: 'user', content: FOLLOW_UP_QUESTION });
          const turn2 = await runTurn(mode, loopSettings(reloaded));
          expect(turn2.steps).toHaveLength(2);
          expect(turn2.text).toContain('Berlin');
          if (live) return;

          // Every request was accepted by the brand's rules.
          expect(statuses).toEqual([200, 200, 200, 200]);
          expectThinkingSwitches();

          // Step 2: the calls and their results, with what the brand needs of the reasoning.
          const step2 = sent(1).messages;
          expect(roles(1)).toEqual(['user', 'assistant', 'tool', 'tool']);
          expectSentBack(step2[1], callStep);
          expect(step2.slice(2)).toEqual(
            callStep?.toolResults.map((result) => ({
              role: 'tool',
              tool_call_id: result.toolCallId,
              content: JSON.stringify(result.output),
            })),
          );

          // Turn 2's last request: the whole history.
          const last = sent(3).messages;
          expect(roles(3)).toEqual([
            'user',
            'assistant',
            'tool',
            'tool',
            'assistant',
            'user',
            'assistant',
            'tool',
          ]);
          expectSentBack(last[6], turn2.steps[0]);
          if (options.keepsEarlierReasoning) {
            // Turn 1 went back exactly as it was first sent, its answer with its reasoning too.
            expect(last.slice(0, 4)).toEqual(step2);
            expectSentBack(last[4], answerStep);
          } else {
            for (const message of [last[1], last[4]]) {
              expect(message).not.toHaveProperty('reasoning_content');
              expect(message).not.toHaveProperty('reasoning_details');
            }
            expect(last[1].tool_calls.map((call: any) => call.id)).toEqual(
              callStep?.toolCalls.map((call) => call.toolCallId),
            );
          }
        },
      );
    }

    test(
      'uiMessageToolLoop',
      'continues a loop from UI messages (a browser-run tool, then a new turn), saved as JSON',
      async () => {
        // A tool without `execute`: the browser runs it and posts the result back.
        const browserTools = {
          get_weather: tool({
            description: 'Get the weather for a city',
            inputSchema: z.object({ city: z.string() }),
          }),
        };
        const chatTurn = async (
          messages: UIMessage[],
          turnTools: typeof tools | typeof browserTools,
        ) => {
          const turn = await runUIChatTurn(messages, {
            model: model(),
            tools: turnTools,
            ...thinking,
          });
          expect(turn.errors).toEqual([]);
          expect(turn.messages).toBeDefined();
          return turn.messages as UIMessage[];
        };

        const afterCall = await chatTurn(
          [
            {
              id: 'u1',
              role: 'user',
              parts: [{ type: 'text', text: 'What is the weather in Paris? Use get_weather.' }],
            },
          ],
          browserTools,
        );
        const assistant = afterCall.at(-1) as UIMessage;
        const callPart = assistant.parts.find((part) => part.type === 'tool-get_weather') as any;
        expect(callPart.state).toBe('input-available');
        if (expectReasoning) {
          expect(assistant.parts.filter((part) => part.type === 'reasoning')).toHaveLength(1);
        }

        // The browser adds the output and posts the whole history back as JSON.
        callPart.state = 'output-available';
        callPart.output = { city: 'Paris', temperature: 21 };
        const answered = await chatTurn(JSON.parse(JSON.stringify(afterCall)), browserTools);
        const answer = answered.at(-1) as UIMessage;
        expect(
          answer.parts
            .filter((part) => part.type === 'text')
            .map((part: any) => part.text)
            .join(''),
        ).toContain('21');

        const reloaded: UIMessage[] = JSON.parse(JSON.stringify(answered));
        reloaded.push({
          id: 'u2',
          role: 'user',
          parts: [{ type: 'text', text: FOLLOW_UP_QUESTION }],
        });
        const finished = await chatTurn(reloaded, tools);
        expect(JSON.stringify(finished.at(-1))).toContain('Berlin');
        if (live) return;

        expect(statuses).toEqual([200, 200, 200, 200]);
        expectThinkingSwitches();
        // The browser-run call went back with what the brand needs, after UI → JSON → model.
        const continued = sent(1).messages;
        expect(roles(1)).toEqual(['user', 'assistant', 'tool']);
        expect(continued[1].tool_calls[0].id).toBe(callPart.toolCallId);
        expectSentBackFromUI(continued[1], assistant, callPart);
        const last = sent(3).messages;
        expect(roles(3)).toEqual([
          'user',
          'assistant',
          'tool',
          'assistant',
          'user',
          'assistant',
          'tool',
        ]);
        if (options.keepsEarlierReasoning) expect(last.slice(0, 3)).toEqual(continued);
      },
    );

    for (const mode of ['generateText', 'streamText'] as const) {
      test(
        'reasoningRequiredBack',
        `negative control: a follow-up without what the brand needs back is rejected (${mode})`,
        async () => {
          const spec = options.withoutReasoningBack as NonNullable<
            ChatConformanceOptions['withoutReasoningBack']
          >;
          const question: ModelMessage = {
            role: 'user',
            content: 'What is the weather in Paris? Use get_weather.',
          };
          let error: unknown;
          if (spec.stripProviderMetadata) {
            const first = await runTurn(mode, {
              ...loopSettings([question]),
              stopWhen: stepCountIs(1),
            });
            // A client that drops provider metadata when it stores the conversation.
            const stripped: ModelMessage[] = JSON.parse(
              JSON.stringify(first.messages),
              (key, value) => (key === 'providerOptions' ? undefined : value),
            );
            error = await firstError(mode, {
              ...loopSettings([question, ...stripped]),
              maxRetries: 0,
            });
          } else {
            error = await firstError(mode, {
              ...loopSettings([question], spec.settings),
              model: model(spec.modelSettings),
              maxRetries: 0,
            });
          }
          expectRejection(sdk, error, spec);
          expect(statuses).toEqual([200, spec.status]);
        },
      );
    }

    /** Turn 1 as an app stores it, changed by `change`, then a new user turn. */
    const continueChangedHistory = async (
      change: (part: { type: string; text?: string }) => object | undefined,
    ) => {
      const question: ModelMessage = { role: 'user', content: PARALLEL_QUESTION };
      const turn1 = await runTurn('generateText', loopSettings([question]));
      const saved = JSON.parse(JSON.stringify(turn1.messages)).map((message: any) =>
        message.role === 'assistant' && Array.isArray(message.content)
          ? {
              ...message,
              content: message.content
                .map((part: any) => (part.type === 'reasoning' ? change(part) : part))
                .filter((part: unknown) => part != null),
            }
          : message,
      );
      emulator.requests.length = 0;
      statuses = [];
      const settings = loopSettings([
        question,
        ...saved,
        { role: 'user', content: FOLLOW_UP_QUESTION },
      ]);
      return { turn1, result: await firstError('generateText', { ...settings, maxRetries: 0 }) };
    };

    test(
      'historyWithoutReasoning',
      'a next turn after the saved history lost its reasoning parts',
      async () => {
        const expected = options.historyWithoutReasoning ?? { accepted: true };
        const { result } = await continueChangedHistory(() => undefined);
        if ('accepted' in expected) {
          expect(result).not.toBeInstanceOf(Error);
          expect(statuses).toEqual([200, 200]);
          const first = sent(0).messages;
          for (const message of [first[1], first[4]]) {
            if (expected.sentReasoningContent === undefined) {
              expect(message).not.toHaveProperty('reasoning_content');
            } else {
              expect(message.reasoning_content).toBe(expected.sentReasoningContent);
            }
          }
        } else {
          expectRejection(sdk, result, expected);
        }
      },
    );

    test('editedReasoning', 'a next turn after the saved reasoning text was edited', async () => {
      const expected = options.editedReasoning ?? { accepted: true };
      const { result } = await continueChangedHistory((part) => ({
        ...part,
        text: `${part.text ?? ''}`.trim().toUpperCase(),
      }));
      if ('accepted' in expected) {
        expect(result).not.toBeInstanceOf(Error);
        expect(statuses).toEqual([200, 200]);
      } else {
        expectRejection(sdk, result, expected);
      }
    });

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

    test(
      'brandFinishReasons',
      'maps the brand’s own finish reasons, keeping the raw one (generate and stream)',
      async () => {
        for (const [raw, unified] of options.brandFinishReasons ?? []) {
          const finishing = ccapi.chat(`${modelId}~finish:${raw}`);
          const prompt = 'Say hello to Ada Lovelace';
          const generated = await generateText({ model: finishing, prompt });
          expect([raw, generated.finishReason, generated.rawFinishReason]).toEqual([
            raw,
            unified,
            raw,
          ]);
          // The text up to where the model stopped is kept.
          expect(`Echo: ${prompt}`.startsWith(generated.text)).toBe(true);
          expect(generated.text.length).toBeGreaterThan(0);

          const streamed = streamText({ model: finishing, prompt });
          expect([raw, await streamed.finishReason, await streamed.rawFinishReason]).toEqual([
            raw,
            unified,
            raw,
          ]);
          expect(await streamed.text).toBe(generated.text);
        }
      },
    );

    test('upstreamErrors', 'turns upstream failures into typed errors', async () => {
      const rateLimited = await generateText({
        model: faultModel('rate-limit'),
        prompt: 'hi',
        maxRetries: 0,
      }).catch((error: unknown) => error);
      expect(sdk.APICallError.isInstance(rateLimited)).toBe(true);
      expect((rateLimited as APICallError).statusCode).toBe(429);
      expect((rateLimited as APICallError).isRetryable).toBe(true);

      const broke = await generateText({
        model: faultModel('insufficient-quota'),
        prompt: 'hi',
        maxRetries: 0,
      }).catch((error: unknown) => error);
      expect(sdk.APICallError.isInstance(broke)).toBe(true);
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

    /** How thinking was switched on: the first request of each turn, and the tool-result ones. */
    function expectThinkingSwitches() {
      const first = options.thinkingRequest ?? {};
      const toolResults = options.toolResultRequest ?? first;
      for (const [index, fields] of [first, toolResults, first, toolResults].entries()) {
        const present = Object.entries(fields).filter(([, value]) => value !== undefined);
        expect(sent(index)).toMatchObject(Object.fromEntries(present));
        for (const [key, value] of Object.entries(fields)) {
          if (value === undefined) expect(sent(index)).not.toHaveProperty(key);
        }
      }
    }

    /** An assistant message as sent back for `step`, with what the brand needs of it. */
    function expectSentBack(message: any, step: StepLike | undefined) {
      if (step == null) throw new Error('missing step');
      const reasoningText = step.reasoningText ?? '';
      const reasoningMetadata = step.content.find((part) => part.type === 'reasoning')
        ?.providerMetadata?.ccapi as Record<string, any> | undefined;
      const calls = step.content.filter((part) => part.type === 'tool-call');
      expect(message.role).toBe('assistant');
      if (calls.length > 0) {
        expect(
          message.tool_calls.map((call: any) => ({
            id: call.id,
            type: call.type,
            name: call.function.name,
            input: JSON.parse(call.function.arguments),
          })),
        ).toEqual(
          calls.map((call) => ({
            id: call.toolCallId,
            type: 'function',
            name: call.toolName,
            input: call.input,
          })),
        );
      }
      const signatures = calls.map((call) => call.providerMetadata?.ccapi?.extraContent);
      switch (sentBack) {
        case 'nothing':
          expect(message).not.toHaveProperty('reasoning_content');
          expect(message).not.toHaveProperty('reasoning_details');
          expect(message.content ?? '').toBe(step.text);
          break;
        case 'reasoning-content':
          expect(message.reasoning_content).toBe(reasoningText);
          expect(reasoningText.length).toBeGreaterThan(0);
          expect(message).not.toHaveProperty('reasoning_details');
          expect(message.content ?? '').toBe(step.text);
          break;
        case 'think-block':
          expect(reasoningMetadata?.thinkBlock).toBe(`<think>\n${reasoningText}\n</think>\n\n`);
          expect(message.content).toBe(reasoningMetadata?.thinkBlock + step.text);
          expect(message).not.toHaveProperty('reasoning_content');
          expect(message).not.toHaveProperty('reasoning_details');
          break;
        case 'reasoning-details':
          expect(reasoningMetadata?.reasoningDetails).toEqual([
            expect.objectContaining({ type: 'reasoning.text', text: reasoningText }),
          ]);
          expect(message.reasoning_details).toEqual(reasoningMetadata?.reasoningDetails);
          expect(message.reasoning_content).toBe(reasoningText);
          expect(message.content ?? '').toBe(step.text);
          break;
        case 'thought-signature':
          // The signature comes with the first call of a response and goes back on that one only.
          if (calls.length > 0) {
            expect(signatures[0]?.google?.thought_signature).toEqual(expect.any(String));
            expect(signatures.slice(1)).toEqual(calls.slice(1).map(() => undefined));
            expect(message.tool_calls.map((call: any) => call.extra_content)).toEqual(signatures);
          }
          expect(message).not.toHaveProperty('reasoning_content');
          break;
      }
    }

    /** The same for a call the browser ran: what the UI message kept must reach the wire. */
    function expectSentBackFromUI(message: any, assistant: UIMessage, callPart: any) {
      const reasoning = assistant.parts.find((part) => part.type === 'reasoning') as any;
      const reasoningMetadata = reasoning?.providerMetadata?.ccapi;
      switch (sentBack) {
        case 'nothing':
          expect(message).not.toHaveProperty('reasoning_content');
          expect(message).not.toHaveProperty('reasoning_details');
          break;
        case 'reasoning-content':
          expect(message.reasoning_content).toBe(reasoning.text);
          break;
        case 'think-block':
          expect(message.content).toBe(reasoningMetadata.thinkBlock);
          break;
        case 'reasoning-details':
          expect(message.reasoning_details).toEqual(reasoningMetadata.reasoningDetails);
          expect(message.reasoning_content).toBe(reasoning.text);
          break;
        case 'thought-signature':
          expect(message.tool_calls[0].extra_content).toEqual(
            callPart.callProviderMetadata.ccapi.extraContent,
          );
          expect(message.tool_calls[0].extra_content.google.thought_signature).toEqual(
            expect.any(String),
          );
          break;
      }
    }
  });
}

/** What `expectSentBack` reads of a step (generateText and streamText steps alike). */
interface StepLike {
  text: string;
  toolResults?: unknown;
  reasoningText?: string | undefined;
  content: ReadonlyArray<{
    type: string;
    providerMetadata?: Record<string, Record<string, any>> | undefined;
    toolCallId?: string;
    toolName?: string;
    input?: unknown;
  }>;
}

/** `error` is the APICallError of the AI SDK major in use, as `expected` describes it. */
function expectRejection(sdk: ConformanceAISdk, error: unknown, expected: BrandRejection) {
  expect(sdk.APICallError.isInstance(error), String(error)).toBe(true);
  const apiError = error as APICallError;
  expect(apiError.statusCode).toBe(expected.status);
  expect(apiError.isRetryable).toBe(false);
  expect(apiError.message).toMatch(expected.message);
  if (expected.data != null) expect(apiError.data).toMatchObject(expected.data);
}

function mergeProviderOptions(
  ...layers: Array<Record<string, Record<string, any>> | undefined>
): Record<string, Record<string, any>> | undefined {
  const merged: Record<string, Record<string, any>> = {};
  for (const layer of layers) {
    for (const [provider, values] of Object.entries(layer ?? {})) {
      merged[provider] = { ...merged[provider], ...values };
    }
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}
