import {
  convertToModelMessages,
  generateText,
  stepCountIs,
  streamText,
  type ToolSet,
  type UIMessage,
} from 'ai';

// How the conformance cases drive the AI SDK: one user turn through generateText or streamText,
// read the same way for both; the error a call ends with; one chat turn as a route handler runs
// it. Every `ai` call of the suite's tool loops goes through here.

export type ChatMode = 'generateText' | 'streamText';

type TurnSettings<TOOLS extends ToolSet> = Parameters<typeof generateText<TOOLS>>[0] &
  Parameters<typeof streamText<TOOLS>>[0];

/** One user turn, read the same way for both modes. */
export async function runTurn<TOOLS extends ToolSet>(
  mode: ChatMode,
  settings: TurnSettings<TOOLS>,
) {
  if (mode === 'generateText') {
    const result = await generateText(settings);
    return { text: result.text, steps: result.steps, messages: result.responseMessages };
  }
  const result = streamText(settings);
  return {
    text: await result.text,
    steps: await result.steps,
    messages: await result.responseMessages,
  };
}

/** The error a call ends with: thrown by generateText, reported to onError by streamText. */
export async function firstError<TOOLS extends ToolSet>(
  mode: ChatMode,
  settings: TurnSettings<TOOLS>,
): Promise<unknown> {
  if (mode === 'generateText') return generateText(settings).catch((caught: unknown) => caught);
  let error: unknown;
  await streamText({
    ...settings,
    onError: ({ error: caught }) => {
      error = caught;
    },
  }).consumeStream();
  return error;
}

/**
 * One chat turn as a route handler runs it: UI messages in, `streamText` (up to three steps),
 * the UI message stream drained as if sent to the browser. Returns the updated UI messages
 * (undefined if the stream never finished) and the errors the stream reported.
 */
export async function runUIChatTurn<TOOLS extends ToolSet>(
  messages: UIMessage[],
  settings: Omit<Parameters<typeof streamText<TOOLS>>[0], 'messages' | 'prompt'> & {
    tools: TOOLS;
  },
): Promise<{ messages: UIMessage[] | undefined; errors: unknown[] }> {
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
}
