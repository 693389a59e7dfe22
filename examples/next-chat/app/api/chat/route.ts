import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { convertToModelMessages, isStepCount, streamText, validateUIMessages } from 'ai';
import { z } from 'zod';
import { readCCAPIConnection } from '../../../lib/ccapi-connection';
import type { ChatMessage, ChatMessageMetadata } from '../../../lib/chat-message';
import { CHAT_MODEL_IDS, REASONING_LEVELS, SIMULATED_FAULT_IDS } from '../../../lib/chat-models';
import { chatTools } from '../../../lib/chat-tools';
import { describeChatError } from '../../../lib/describe-chat-error';

// Streams can run through several tool steps; allow a minute on platforms that cap durations.
export const maxDuration = 60;

const SYSTEM_PROMPT =
  'You are a concise assistant in a demo chat. Use the weather tool for weather questions and the ' +
  'calculator tool for any arithmetic, then answer in one or two sentences.';

const chatRequestSchema = z.object({
  messages: z.array(z.unknown()).min(1),
  model: z.enum(CHAT_MODEL_IDS),
  reasoning: z.enum(REASONING_LEVELS).default('default'),
  /** Emulator only: ask it to play this error. Ignored against the live API. */
  simulate: z.enum(SIMULATED_FAULT_IDS).optional(),
});

export async function POST(request: Request): Promise<Response> {
  const parsed = chatRequestSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    return Response.json({ error: 'Invalid chat request.' }, { status: 400 });
  }
  const { model, reasoning, simulate } = parsed.data;

  let messages: ChatMessage[];
  try {
    messages = await validateUIMessages<ChatMessage>({
      messages: parsed.data.messages,
      tools: chatTools,
    });
  } catch {
    return Response.json({ error: 'Invalid chat messages.' }, { status: 400 });
  }

  const connection = readCCAPIConnection();
  const ccapi = createCCAPI({
    apiKey: connection.apiKey,
    baseURL: connection.baseURL,
    headers:
      connection.mode === 'emulator' && simulate ? { 'x-emulator-fault': simulate } : undefined,
  });

  const result = streamText({
    model: ccapi(model),
    system: SYSTEM_PROMPT,
    messages: await convertToModelMessages(messages, { tools: chatTools }),
    tools: chatTools,
    // Up to five steps: call tools, read their results, answer (`stepCountIs` in older docs).
    stopWhen: isStepCount(5),
    ...(reasoning === 'default' ? {} : { reasoning }),
    onError: ({ error }) => {
      console.error(`[next-chat] ${model}: ${describeChatError(error, [connection.apiKey])}`);
    },
  });

  return result.toUIMessageStreamResponse<ChatMessage>({
    sendReasoning: true,
    messageMetadata: ({ part }): ChatMessageMetadata | undefined => {
      if (part.type === 'start') return { model };
      if (part.type === 'finish') {
        return { model, usage: part.totalUsage, finishReason: part.finishReason };
      }
      return undefined;
    },
    onError: (error) => describeChatError(error, [connection.apiKey]),
  });
}
