import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import {
  AbstractChat,
  type ChatState,
  type ChatStatus,
  convertToModelMessages,
  DefaultChatTransport,
  stepCountIs,
  streamText,
  tool,
  type UIMessage,
} from 'ai-v6';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { type CCAPIProviderV3, createCCAPI } from './ccapi-provider-v3';

// useChat on AI SDK 6, minus React: `AbstractChat` (what `@ai-sdk/react`'s Chat extends) with
// `DefaultChatTransport`, talking to a route handler that answers with ai@6's
// `streamText(...).toUIMessageStreamResponse()` over our V3 model. Written against ai@6's own
// types, without casts, so `pnpm type-check` also proves the V3 models fit ai@6.

class NodeChatState implements ChatState<UIMessage> {
  status: ChatStatus = 'ready';
  error: Error | undefined = undefined;
  messages: UIMessage[] = [];
  pushMessage = (message: UIMessage) => {
    this.messages = [...this.messages, message];
  };
  popMessage = () => {
    this.messages = this.messages.slice(0, -1);
  };
  replaceMessage = (index: number, message: UIMessage) => {
    this.messages = this.messages.map((existing, at) => (at === index ? message : existing));
  };
  snapshot = <T>(thing: T): T => structuredClone(thing);
}

class NodeChat extends AbstractChat<UIMessage> {
  constructor(handle: (request: Request) => Promise<Response>) {
    super({
      state: new NodeChatState(),
      transport: new DefaultChatTransport({
        api: 'http://chat.test/api/chat',
        fetch: async (input, init) => handle(new Request(input, init)),
      }),
    });
  }
}

const getWeather = tool({
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21, unit: 'C' }),
});

let emulator: RunningEmulator;
let ccapi: CCAPIProviderV3;
beforeAll(async () => {
  emulator = await startEmulator();
  ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
});
afterAll(() => emulator.close());

/** A Next.js-style route handler on ai@6. */
const chatRoute =
  (modelId: string) =>
  async (request: Request): Promise<Response> => {
    const { messages } = (await request.json()) as { messages: UIMessage[] };
    const result = streamText({
      model: ccapi(modelId),
      messages: await convertToModelMessages(messages),
      tools: { get_weather: getWeather },
      stopWhen: stepCountIs(3),
      providerOptions: { ccapi: { reasoning: 'high' } },
      maxRetries: 0,
      // The error reaches the client through the UI message stream; keep the test log clean.
      onError: () => {},
    });
    return result.toUIMessageStreamResponse({
      sendReasoning: true,
      onError: (error) => (error instanceof Error ? error.message : String(error)),
    });
  };

describe('useChat on AI SDK 6 (AbstractChat + DefaultChatTransport)', () => {
  it('streams reasoning, a tool call and the answer, and sends the history back on the next turn', async () => {
    const chat = new NodeChat(chatRoute('deepseek-v3.2'));
    const firstRequest = emulator.requests.length;

    await chat.sendMessage({ text: 'What is the weather in Paris? Use get_weather.' });
    expect(chat.status).toBe('ready');
    expect(chat.error).toBeUndefined();
    const [, assistant] = chat.messages;
    expect(assistant?.role).toBe('assistant');
    const types = assistant?.parts.map((part) => part.type) ?? [];
    expect(types).toContain('reasoning');
    const toolPart = assistant?.parts.find((part) => part.type === 'tool-get_weather');
    expect(toolPart).toMatchObject({
      state: 'output-available',
      input: { city: 'Paris' },
      output: { city: 'Paris', temperature: 21, unit: 'C' },
    });
    const text = assistant?.parts
      .flatMap((part) => (part.type === 'text' ? [part.text] : []))
      .join('');
    expect(text).toContain('21');

    // DeepSeek V3.2 thinking rejects a tool turn whose reasoning_content is missing: the second
    // turn only succeeds if the reasoning survived the UI messages and went back.
    await chat.sendMessage({ text: 'And in Berlin? Use get_weather.' });
    expect(chat.status).toBe('ready');
    expect(chat.error).toBeUndefined();
    expect(chat.messages.map((message) => message.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    const requests = emulator.requests.slice(firstRequest);
    expect(requests).toHaveLength(4);
    const lastBody = requests[3]?.body as {
      messages: Array<{ role: string; tool_calls?: unknown; reasoning_content?: string }>;
    };
    const toolTurn = lastBody.messages.findLast(
      (message) => message.role === 'assistant' && message.tool_calls != null,
    );
    expect(toolTurn?.reasoning_content?.length ?? 0).toBeGreaterThan(0);
  });

  it('puts an upstream failure into the chat error with the provider message', async () => {
    const chat = new NodeChat(chatRoute('gpt-5~fault:insufficient-quota'));
    await chat.sendMessage({ text: 'hi' });
    expect(chat.status).toBe('error');
    expect(chat.error?.message).toMatch(/balance/i);
  });
});
