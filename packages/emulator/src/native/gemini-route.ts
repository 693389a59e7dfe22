import { lastUserText, readMessages } from '../chat/chat-completion-request';
import { planChatResponse } from '../chat/plan-chat-response';
import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { applyStatusFault } from '../faults/apply-status-fault';
import { splitModelFault } from '../faults/emulator-fault';
import { sendJson } from '../http/send-response';
import { SSEWriter } from '../http/sse-writer';
import { createPng } from '../media-bytes/create-png';
import { geminiImageSize } from './gemini-image-size';
import {
  type GeminiRequest,
  geminiShowsThoughts,
  geminiThinks,
  geminiWantsImage,
  generationConfigOf,
  toChatRequest,
} from './gemini-request';
import { playNativeStream } from './native-stream';
import {
  geminiInternalError,
  renderGeminiResponse,
  renderGeminiStream,
} from './render-gemini-response';
import { sendNativeJson } from './send-native-json';
import { validateGeminiRequest } from './validate-gemini-request';

/**
 * `POST /v1beta/models/{model}:generateContent` and `:streamGenerateContent`: Gemini native as
 * CCAPI passes it through (2026-12-03-wire-rules.md#native-routes). The model id is the path segment before `:` and
 * may carry a provider prefix (`google/gemini-2.5-flash`). Streaming is always SSE, with or
 * without `alt=sse`, and has no `[DONE]`.
 */
export const geminiRoute: EmulatorRoute = {
  method: 'POST',
  path: /^\/v1beta\/models\/(?<model>.+):(?<method>generateContent|streamGenerateContent)$/,
  auth: 'gemini',
  model: (_request, params) => decodeURIComponent(params.model ?? ''),
  handle: handleGenerateContent,
};

async function handleGenerateContent(context: EmulatorContext): Promise<void> {
  const { res, request, state, signal } = context;
  const body = (request.body ?? {}) as GeminiRequest;
  // The body has no `model`, so a `~fault:` suffix on the path id is read here.
  const { model, fault: pathFault } = splitModelFault(
    decodeURIComponent(context.params.model ?? ''),
  );
  const fault = context.fault ?? pathFault;
  if (fault != null && applyStatusFault(res, fault, geminiRoute, { model })) return;

  const rejection = validateGeminiRequest(body, model);
  if (rejection) {
    sendJson(res, rejection.status, rejection.body);
    return;
  }

  const chatRequest = toChatRequest(body, model);
  const thinks = geminiThinks(body, model);
  const plan = planChatResponse(chatRequest, { model, wantsReasoning: () => thinks, state });
  const options = {
    thinks,
    showThoughts: geminiShowsThoughts(body),
    imagePng: geminiWantsImage(body, model)
      ? Buffer.from(
          createPng({
            ...geminiImageSize(generationConfigOf(body).imageConfig?.aspectRatio),
            seed: lastUserText(readMessages(chatRequest)),
          }),
        ).toString('base64')
      : undefined,
  };

  if (context.params.method !== 'streamGenerateContent') {
    await sendNativeJson(res, renderGeminiResponse(plan, options), {
      fault,
      errorBody: geminiInternalError(),
      stallMs: state.options.stallMs,
      signal,
    });
    return;
  }
  const writer = new SSEWriter(res, { chunkDelayMs: state.options.chunkDelayMs, signal });
  await playNativeStream(writer, renderGeminiStream(plan, options), {
    fault,
    errorFrame: { data: geminiInternalError(), phase: 'finish' },
    stallMs: state.options.stallMs,
    signal,
  });
}
