import type { ChatPlan } from '../chat/chat-plan';
import { upstreamStreamError } from '../chat/chat-stream-errors';
import { planChatResponse } from '../chat/plan-chat-response';
import { splitTextDeltas } from '../chat/split-stream-deltas';
import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { splitModelFault } from '../faults/emulator-fault';
import { currentRequestId } from '../http/request-id';
import { sendJson } from '../http/send-response';
import { SSEWriter } from '../http/sse-writer';
import { modelInBody } from '../models/reject-unknown-model';
import { type NativeStreamFrame, playNativeStream } from './native-stream';
import { sendNativeJson } from './send-native-json';

/** The parts of a legacy completions body the emulator reads. */
interface CompletionsRequest {
  model?: unknown;
  prompt?: unknown;
  max_tokens?: number;
  stop?: string | string[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  echo?: boolean;
}

/**
 * `POST /v1/completions`: legacy text completion (stream and not). The script answers the last
 * `user:` block of a chat-style prompt (the AI SDK writes `user:\n…\n\nassistant:\n`), or the
 * whole prompt; no tools, no reasoning.
 */
export const completionsRoute: EmulatorRoute = {
  method: 'POST',
  path: '/v1/completions',
  auth: 'bearer',
  model: modelInBody(),
  handle: handleCompletions,
};

async function handleCompletions(context: EmulatorContext): Promise<void> {
  const { res, request, state, fault, signal } = context;
  const body = (request.body ?? {}) as CompletionsRequest;
  const model = typeof body.model === 'string' ? splitModelFault(body.model).model.trim() : '';
  const prompt = Array.isArray(body.prompt) ? body.prompt.join('') : body.prompt;
  if (model === '' || typeof prompt !== 'string') {
    sendJson(res, 400, {
      error: {
        message:
          model === ''
            ? `Model name not specified, model name cannot be empty (request id: ${currentRequestId()})`
            : "Missing required parameter: 'prompt'.",
        type: model === '' ? 'new_api_error' : 'invalid_request_error',
        param: model === '' ? '' : 'prompt',
        code: model === '' ? '' : 'missing_required_parameter',
      },
    });
    return;
  }

  const plan = planChatResponse(
    {
      model,
      messages: [{ role: 'user', content: promptQuestion(prompt) }],
      max_tokens: body.max_tokens,
      stop: body.stop,
    },
    { model, wantsReasoning: () => false, state },
  );
  const text = body.echo === true ? prompt + plan.text : plan.text;

  if (body.stream !== true) {
    await sendNativeJson(
      res,
      { ...envelope(plan), choices: [choice(text, finishReason(plan))], usage: usage(plan) },
      { fault, errorBody: upstreamStreamError(), stallMs: state.options.stallMs, signal },
    );
    return;
  }
  const frames: NativeStreamFrame[] = splitTextDeltas(text).map((delta) => ({
    data: { ...envelope(plan), choices: [choice(delta, null)] },
    phase: 'content',
  }));
  frames.push({
    data: { ...envelope(plan), choices: [choice('', finishReason(plan))] },
    phase: 'finish',
  });
  // new-api includes usage unless the client said `include_usage: false`.
  if (body.stream_options?.include_usage !== false) {
    frames.push({ data: { ...envelope(plan), choices: [], usage: usage(plan) }, phase: 'finish' });
  }
  const writer = new SSEWriter(res, { chunkDelayMs: state.options.chunkDelayMs, signal });
  await playNativeStream(writer, frames, {
    fault,
    errorFrame: { data: upstreamStreamError(), phase: 'finish' },
    done: true,
    stallMs: state.options.stallMs,
    signal,
  });
}

/** The last `user:` block of a chat-style completion prompt, else the prompt itself. */
function promptQuestion(prompt: string): string {
  const blocks = [
    ...prompt.matchAll(/(?:^|\n)user:\n([\s\S]*?)(?=\n\n(?:assistant|user):\n|\n*$)/g),
  ];
  const last = blocks[blocks.length - 1]?.[1]?.trim();
  return last != null && last.length > 0 ? last : prompt.trim();
}

function envelope(plan: ChatPlan) {
  return {
    id: `cmpl-${plan.id.replace(/^chatcmpl-/, '')}`,
    object: 'text_completion',
    created: plan.created,
    model: plan.model,
  };
}

function choice(text: string, finish: string | null) {
  return { text, index: 0, logprobs: null, finish_reason: finish };
}

function finishReason(plan: ChatPlan): string {
  return plan.finishReason === 'length' ? 'length' : 'stop';
}

function usage(plan: ChatPlan) {
  return {
    prompt_tokens: plan.usage.promptTokens,
    completion_tokens: plan.usage.outputTokens,
    total_tokens: plan.usage.promptTokens + plan.usage.outputTokens,
  };
}
