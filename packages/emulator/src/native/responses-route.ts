import { upstreamStreamError } from '../chat/chat-stream-errors';
import { planChatResponse } from '../chat/plan-chat-response';
import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { splitModelFault } from '../faults/emulator-fault';
import { currentRequestId } from '../http/request-id';
import { sendJson } from '../http/send-response';
import { SSEWriter } from '../http/sse-writer';
import { modelInBody } from '../models/reject-unknown-model';
import { playNativeStream } from './native-stream';
import {
  renderResponsesResponse,
  renderResponsesStream,
  responsesServerError,
} from './render-responses-response';
import { type ResponsesRequest, responsesReasons, toChatRequest } from './responses-request';
import { sendNativeJson } from './send-native-json';
import { validateResponsesRequest } from './validate-responses-request';

/**
 * `POST /v1/responses`: OpenAI Responses as CCAPI passes it through to OpenAI-type channels
 * (2026-12-03-wire-rules.md#native-routes). Stateless like a `store: false` request: every turn must carry the
 * items it refers to. Reasoning summaries appear when `reasoning.summary` is set, encrypted
 * reasoning when `include` asks for `reasoning.encrypted_content`.
 */
export const responsesRoute: EmulatorRoute = {
  method: 'POST',
  path: '/v1/responses',
  auth: 'bearer',
  model: modelInBody(),
  handle: handleResponses,
};

async function handleResponses(context: EmulatorContext): Promise<void> {
  const { res, request, state, fault, signal } = context;
  const body = (request.body ?? {}) as ResponsesRequest;
  const model = typeof body.model === 'string' ? splitModelFault(body.model).model.trim() : '';
  if (model === '') {
    sendJson(res, 400, {
      error: {
        message: `Model name not specified, model name cannot be empty (request id: ${currentRequestId()})`,
        type: 'new_api_error',
        code: '',
      },
    });
    return;
  }
  const rejection = validateResponsesRequest(body);
  if (rejection) {
    sendJson(res, rejection.status, rejection.body);
    return;
  }

  const reasons = responsesReasons(body, model);
  const plan = planChatResponse(toChatRequest(body, model), {
    model,
    wantsReasoning: () => reasons,
    state,
  });
  const options = { request: body, reasons };

  if (body.stream !== true) {
    await sendNativeJson(res, renderResponsesResponse(plan, options), {
      fault,
      errorBody: upstreamStreamError(),
      stallMs: state.options.stallMs,
      signal,
    });
    return;
  }
  const writer = new SSEWriter(res, { chunkDelayMs: state.options.chunkDelayMs, signal });
  await playNativeStream(writer, renderResponsesStream(plan, options), {
    fault,
    errorFrame: { event: 'error', data: responsesServerError(), phase: 'finish' },
    stallMs: state.options.stallMs,
    signal,
  });
}
