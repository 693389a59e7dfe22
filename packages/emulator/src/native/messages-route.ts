import { planChatResponse } from '../chat/plan-chat-response';
import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { splitModelFault } from '../faults/emulator-fault';
import { currentRequestId } from '../http/request-id';
import { sendJson } from '../http/send-response';
import { SSEWriter } from '../http/sse-writer';
import { modelInBody } from '../models/reject-unknown-model';
import {
  blocksOf,
  type MessagesRequest,
  messagesWantThinking,
  readAnthropicMessages,
  toChatRequest,
} from './messages-request';
import { playNativeStream } from './native-stream';
import {
  anthropicOverloadedError,
  messagesCacheUsage,
  renderMessagesResponse,
  renderMessagesStream,
} from './render-messages-response';
import { sendNativeJson } from './send-native-json';
import { validateMessagesRequest } from './validate-messages-request';

/**
 * `POST /v1/messages`: Anthropic Messages as CCAPI passes it through (2026-12-03-wire-rules.md#native-routes). The
 * answer comes from the same script as chat completions; thinking blocks carry signatures the
 * route checks when they come back, and errors use the Anthropic envelope.
 */
export const messagesRoute: EmulatorRoute = {
  method: 'POST',
  path: '/v1/messages',
  auth: 'anthropic',
  model: modelInBody(),
  handle: handleMessages,
};

async function handleMessages(context: EmulatorContext): Promise<void> {
  const { res, request, state, fault, signal } = context;
  const body = (request.body ?? {}) as MessagesRequest;
  const model = typeof body.model === 'string' ? splitModelFault(body.model).model.trim() : '';
  if (model === '') {
    sendJson(res, 400, {
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: `Model name not specified, model name cannot be empty (request id: ${currentRequestId()})`,
      },
    });
    return;
  }

  const rejection = validateMessagesRequest(body, model);
  if (rejection) {
    sendJson(res, rejection.status, rejection.body);
    return;
  }

  const plan = planChatResponse(toChatRequest(body, model), {
    model,
    wantsReasoning: () => messagesWantThinking(body, model),
    state,
  });
  const cache = messagesCacheUsage(plan, cacheMarkedPrefix(body));

  if (body.stream !== true) {
    await sendNativeJson(res, renderMessagesResponse(plan, cache), {
      fault,
      errorBody: anthropicOverloadedError(),
      stallMs: state.options.stallMs,
      signal,
    });
    return;
  }
  const writer = new SSEWriter(res, { chunkDelayMs: state.options.chunkDelayMs, signal });
  await playNativeStream(writer, renderMessagesStream(plan, cache), {
    fault,
    errorFrame: { event: 'error', data: anthropicOverloadedError(), phase: 'finish' },
    stallMs: state.options.stallMs,
    signal,
  });
}

/**
 * What Anthropic would cache: tools, then system, then messages, up to the last element that
 * carries `cache_control` (a top-level `cache_control` caches everything before the last turn).
 * Undefined when the request has no marker.
 */
function cacheMarkedPrefix(body: MessagesRequest): unknown[] | undefined {
  const messages = readAnthropicMessages(body);
  const system = typeof body.system === 'string' ? [body.system] : (body.system ?? []);
  const sequence: unknown[] = [...(body.tools ?? []), ...system, ...messages];
  if (body.cache_control != null) return sequence.slice(0, -1);

  const hasMarker = (item: unknown): boolean => {
    if (item == null || typeof item !== 'object') return false;
    if ((item as { cache_control?: unknown }).cache_control != null) return true;
    return (
      'role' in item &&
      blocksOf(item as Parameters<typeof blocksOf>[0]).some((block) => block.cache_control != null)
    );
  };
  for (let index = sequence.length - 1; index >= 0; index--) {
    if (hasMarker(sequence[index])) return sequence.slice(0, index + 1);
  }
  return undefined;
}
