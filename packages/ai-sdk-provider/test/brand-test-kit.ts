import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import {
  convertToModelMessages,
  generateText,
  stepCountIs,
  streamText,
  type ToolSet,
  tool,
  type UIMessage,
} from 'ai';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { z } from 'zod/v4';
import { type CCAPIProvider, createCCAPI } from '../src/ccapi-provider';

// What the brand tool-loop tests share: an emulator per file, the tools they loop over, and the
// ways they drive `ai` (one turn of generateText/streamText, one UI-message chat turn).

export type ToolLoopMode = 'generateText' | 'streamText';

export interface EmulatorProvider {
  readonly emulator: RunningEmulator;
  readonly ccapi: CCAPIProvider;
  /** The HTTP status of every response the provider received in the current test. */
  readonly statuses: number[];
  /** The JSON body of the `index`-th request the emulator received in the current test. */
  sentBody(index: number): any;
  /** `messages` of the `index`-th request; throws when there is no such request. */
  sentMessages(index: number): any[];
}

/**
 * Starts an emulator for the test file and a provider pointed at it; clears the recorded
 * requests and statuses before each test. Read the fields inside tests (they exist after
 * `beforeAll`).
 */
export function useEmulatorProvider(): EmulatorProvider {
  let emulator: RunningEmulator | undefined;
  let ccapi: CCAPIProvider | undefined;
  let statuses: number[] = [];

  beforeAll(async () => {
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
    if (emulator != null) emulator.requests.length = 0;
    statuses = [];
  });

  const handle: EmulatorProvider = {
    get emulator() {
      if (emulator == null) throw new Error('the emulator starts in beforeAll');
      return emulator;
    },
    get ccapi() {
      if (ccapi == null) throw new Error('the provider is created in beforeAll');
      return ccapi;
    },
    get statuses() {
      return statuses;
    },
    sentBody: (index) => handle.emulator.requests[index]?.body,
    sentMessages: (index) => {
      const body = handle.sentBody(index) as { messages?: any[] } | undefined;
      if (body?.messages == null) throw new Error(`no request #${index} with messages`);
      return body.messages;
    },
  };
  return handle;
}

export const get_weather = tool({
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

export const get_time = tool({
  description: 'Get the local time for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, time: '09:30' }),
});

type TurnSettings<TOOLS extends ToolSet> = Parameters<typeof generateText<TOOLS>>[0] &
  Parameters<typeof streamText<TOOLS>>[0];

/** One user turn through generateText or streamText, read the same way for both. */
export async function runToolLoopTurn<TOOLS extends ToolSet>(
  mode: ToolLoopMode,
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
  mode: ToolLoopMode,
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
