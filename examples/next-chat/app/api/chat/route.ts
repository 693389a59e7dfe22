import type { CCAPICostEstimate } from '@ccapi/ai-sdk-provider';
import { convertToModelMessages, isStepCount, streamText, validateUIMessages } from 'ai';
import { z } from 'zod';
import { listPickerModels, providerFor } from '../../../lib/ccapi-chat-catalog';
import { readCCAPIConnection } from '../../../lib/ccapi-connection';
import type { ChatMessage, ChatMessageMetadata } from '../../../lib/chat-message';
import { REASONING_LEVELS, SIMULATED_FAULT_IDS } from '../../../lib/chat-models';
import { chatTools } from '../../../lib/chat-tools';
import { describeChatError } from '../../../lib/describe-chat-error';

// Streams can run through several tool steps; allow a minute on platforms that cap durations.
export const maxDuration = 60;

const SYSTEM_PROMPT =
  'You are a concise assistant in a demo chat. Use the weather tool for weather questions and the ' +
  'calculator tool for any arithmetic, then answer in one or two sentences.';

const chatRequestSchema = z.object({
  messages: z.array(z.unknown()).min(1),
  model: z.string().min(1).max(200),
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
  const connection = readCCAPIConnection();

  // Only the models the picker offers (the catalog, read once per provider and cached), so a
  // client cannot spend the key on arbitrary ids. Reading it also loads the prices for the cost.
  const offered = await listPickerModels(connection);
  const picked = offered.models.find((option) => option.id === model);
  if (picked == null) {
    return Response.json({ error: `Unknown model '${model}'.` }, { status: 400 });
  }

  let messages: ChatMessage[];
  try {
    messages = await validateUIMessages<ChatMessage>({
      messages: parsed.data.messages,
      tools: chatTools,
    });
  } catch {
    return Response.json({ error: 'Invalid chat messages.' }, { status: 400 });
  }

  const ccapi = providerFor(connection);
  const result = streamText({
    model: ccapi(model),
    system: SYSTEM_PROMPT,
    messages: await convertToModelMessages(messages, { tools: chatTools }),
    tools: chatTools,
    headers:
      connection.mode === 'emulator' && simulate ? { 'x-emulator-fault': simulate } : undefined,
    // Up to five steps: call tools, read their results, answer (`stepCountIs` in older docs).
    stopWhen: isStepCount(5),
    ...(reasoning === 'default' ? {} : { reasoning }),
    onError: ({ error }) => {
      console.error(`[next-chat] ${model}: ${describeChatError(error, [connection.apiKey])}`);
    },
  });

  // Each step carries its own estimate; the answer's cost is their sum, or nothing when a step
  // had no price (a partial sum would look cheaper than the answer was).
  let costUSD: number | undefined;
  let unpricedStep = false;
  return result.toUIMessageStreamResponse<ChatMessage>({
    sendReasoning: true,
    messageMetadata: ({ part }): ChatMessageMetadata | undefined => {
      if (part.type === 'start') return { model, modelLabel: picked.label };
      if (part.type === 'finish-step') {
        const cost = part.providerMetadata?.ccapi?.cost as CCAPICostEstimate | undefined;
        if (cost == null) unpricedStep = true;
        else costUSD = (costUSD ?? 0) + cost.estimatedUSD;
        return undefined;
      }
      if (part.type === 'finish') {
        return {
          model,
          modelLabel: picked.label,
          usage: part.totalUsage,
          finishReason: part.finishReason,
          ...(costUSD != null && !unpricedStep && { estimatedCostUSD: costUSD }),
        };
      }
      return undefined;
    },
    onError: (error) => describeChatError(error, [connection.apiKey]),
  });
}
