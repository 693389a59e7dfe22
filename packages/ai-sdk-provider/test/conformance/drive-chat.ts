import type { generateText, ModelMessage, StepResult, streamText, ToolSet, UIMessage } from 'ai';
import type { ConformanceAISdk } from './conformance-ai-sdks';

// How the conformance cases drive one AI SDK major: one user turn through generateText or
// streamText, read the same way for both; the error a call ends with; one chat turn as a route
// handler runs it. Every `ai` call of the suite's tool loops goes through a driver, so each
// major runs them with its own functions.

export type ChatMode = 'generateText' | 'streamText';

type TurnSettings<TOOLS extends ToolSet> = Parameters<typeof generateText<TOOLS>>[0] &
  Parameters<typeof streamText<TOOLS>>[0];

type UIChatTurnSettings<TOOLS extends ToolSet> = Omit<
  Parameters<typeof streamText<TOOLS>>[0],
  'messages' | 'prompt'
> & { tools: TOOLS };

export interface ChatDriver {
  /** One user turn, read the same way for both modes. */
  runTurn<TOOLS extends ToolSet>(
    mode: ChatMode,
    settings: TurnSettings<TOOLS>,
  ): Promise<{ text: string; steps: ReadonlyArray<StepResult<TOOLS>>; messages: ModelMessage[] }>;
  /** The error a call ends with: thrown by generateText, reported to onError by streamText. */
  firstError<TOOLS extends ToolSet>(
    mode: ChatMode,
    settings: TurnSettings<TOOLS>,
  ): Promise<unknown>;
  /**
   * One chat turn as a route handler runs it: UI messages in, `streamText` (up to three steps),
   * the UI message stream drained as if sent to the browser. Returns the updated UI messages
   * (undefined if the stream never finished) and the errors the stream reported.
   */
  runUIChatTurn<TOOLS extends ToolSet>(
    messages: UIMessage[],
    settings: UIChatTurnSettings<TOOLS>,
  ): Promise<{ messages: UIMessage[] | undefined; errors: unknown[] }>;
}

/** The driver for one AI SDK major, calling that major's own functions. */
export function createChatDriver(sdk: ConformanceAISdk): ChatDriver {
  const { generateText, streamText, stepCountIs, convertToModelMessages } = sdk;
  return {
    async runTurn(mode, settings) {
      if (mode === 'generateText') {
        const result = await generateText(settings);
        return { text: result.text, steps: result.steps, messages: sdk.responseMessages(result) };
      }
      const result = streamText(settings);
      return {
        text: await result.text,
        steps: await result.steps,
        messages: await sdk.streamedResponseMessages(result),
      };
    },

    async firstError(mode, settings) {
      if (mode === 'generateText') return generateText(settings).catch((caught: unknown) => caught);
      let error: unknown;
      await streamText({
        ...settings,
        onError: ({ error: caught }) => {
          error = caught;
        },
      }).consumeStream();
      return error;
    },

    async runUIChatTurn<TOOLS extends ToolSet>(
      messages: UIMessage[],
      settings: UIChatTurnSettings<TOOLS>,
    ) {
      const result = streamText({
        stopWhen: stepCountIs(3),
        ...settings,
        messages: await convertToModelMessages(messages, { tools: settings.tools }),
      } as Parameters<typeof streamText<TOOLS>>[0]);
      let finished: UIMessage[] | undefined;
      const errors: unknown[] = [];
      const uiStream = result.toUIMessageStream({
        originalMessages: messages,
        onError: (error) => {
          errors.push(error);
          return String(error);
        },
        onFinish: ({ messages: updated }) => {
          finished = updated;
        },
      });
      for await (const _ of uiStream) {
        // drain
      }
      return { messages: finished, errors };
    },
  };
}
