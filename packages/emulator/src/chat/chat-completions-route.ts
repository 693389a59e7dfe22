import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { splitModelFault } from '../faults/emulator-fault';
import { sendJson } from '../http/send-response';
import { SSEWriter } from '../http/sse-writer';
import { modelInBody } from '../models/reject-unknown-model';
import type { ChatCompletionRequest } from './chat-completion-request';
import { resolveChatDialect } from './dialects/chat-dialects';
import { planChatResponse } from './plan-chat-response';
import { playChatStream } from './play-chat-stream';
import { sendChatNonStream } from './send-chat-non-stream';
import { validateChatRequest } from './validate-chat-request';
import { wantsReasoning } from './wants-reasoning';

/** Header naming the dialect that answered, to make a test's failure easy to read. */
export const DIALECT_HEADER = 'x-emulator-dialect';

/** `POST /v1/chat/completions`: the scripted model, spoken in the model's brand dialect. */
export const chatCompletionsRoute: EmulatorRoute = {
  method: 'POST',
  path: '/v1/chat/completions',
  auth: 'bearer',
  model: modelInBody(),
  handle: handleChatCompletions,
};

async function handleChatCompletions(context: EmulatorContext): Promise<void> {
  const { res, request, state, fault, signal } = context;
  const gatewayRejection = validateChatRequest(request.body);
  if (gatewayRejection) {
    sendJson(res, gatewayRejection.status, gatewayRejection.body);
    return;
  }

  const body = request.body as ChatCompletionRequest;
  const model = splitModelFault(body.model as string).model;
  const dialect = resolveChatDialect(model);
  const headers = { [DIALECT_HEADER]: dialect.name };

  const brandRejection = dialect.validateRequest(body);
  if (brandRejection) {
    sendJson(res, brandRejection.status, brandRejection.body, headers);
    return;
  }

  const plan = planChatResponse(body, {
    model,
    wantsReasoning: (r) => (dialect.wantsReasoning ? dialect.wantsReasoning(r) : wantsReasoning(r)),
    state,
  });

  if (body.stream !== true) {
    await sendChatNonStream(res, dialect.renderNonStream(plan), {
      fault,
      stallMs: state.options.stallMs,
      signal,
      headers,
    });
    return;
  }

  res.setHeader(DIALECT_HEADER, dialect.name);
  const writer = new SSEWriter(res, { chunkDelayMs: state.options.chunkDelayMs, signal });
  await playChatStream(writer, plan, dialect.renderStream(plan), {
    fault,
    // new-api's ShouldIncludeUsage: true unless the client explicitly said false.
    includeUsage: body.stream_options?.include_usage !== false,
    stallMs: state.options.stallMs,
    signal,
  });
}
