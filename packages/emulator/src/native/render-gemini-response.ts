import type { ChatPlan } from '../chat/chat-plan';
import { splitTextDeltas } from '../chat/split-stream-deltas';
import { createThoughtSignature } from './native-signatures';
import type { NativeStreamFrame } from './native-stream';

/** What the Gemini answer holds besides the plan: shown thoughts and a generated image. */
export interface GeminiRenderOptions {
  /** Thought parts are sent (`thinkingConfig.includeThoughts`). */
  showThoughts: boolean;
  /** The model thought (thought tokens are billed even when the thoughts are not shown). */
  thinks: boolean;
  /** A PNG to return as an `inlineData` part, base64. */
  imagePng?: string;
}

// Gemini bills a generated image at a flat 1290 output tokens.
const IMAGE_TOKENS = 1290;

type GeminiPartOut = Record<string, unknown>;

/** The `generateContent` response body. */
export function renderGeminiResponse(plan: ChatPlan, options: GeminiRenderOptions) {
  return {
    candidates: [
      {
        content: { role: 'model', parts: allParts(plan, options) },
        finishReason: finishReason(plan),
        index: 0,
      },
    ],
    usageMetadata: usageMetadata(plan, options),
    modelVersion: plan.model,
    responseId: responseId(plan),
  };
}

/**
 * The `streamGenerateContent` frames (`data:` only, no `[DONE]`): thought deltas, text deltas,
 * the function calls whole in one chunk (Gemini does not stream arguments), the image, and the
 * finish reason with usage on the last chunk.
 */
export function renderGeminiStream(
  plan: ChatPlan,
  options: GeminiRenderOptions,
): NativeStreamFrame[] {
  const chunks: GeminiPartOut[][] = [];
  if (options.showThoughts && plan.reasoning !== undefined) {
    for (const piece of splitTextDeltas(plan.reasoning))
      chunks.push([{ text: piece, thought: true }]);
  }
  for (const piece of splitTextDeltas(plan.text)) chunks.push([{ text: piece }]);
  const calls = functionCallParts(plan);
  if (calls.length > 0) chunks.push(calls);
  if (options.imagePng != null && plan.toolCalls.length === 0)
    chunks.push([imagePart(options.imagePng)]);
  if (chunks.length === 0) chunks.push([{ text: '' }]);

  return chunks.map((parts, index) => {
    const last = index === chunks.length - 1;
    return {
      phase: last ? 'finish' : 'content',
      data: {
        candidates: [
          {
            content: { role: 'model', parts },
            ...(last && { finishReason: finishReason(plan) }),
            index: 0,
          },
        ],
        ...(last && { usageMetadata: usageMetadata(plan, options) }),
        modelVersion: plan.model,
        responseId: responseId(plan),
      },
    };
  });
}

/** Google's in-stream error frame, for the `stream-error` fault and 200 error bodies. */
export function geminiInternalError() {
  return {
    error: {
      code: 500,
      message:
        'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
      status: 'INTERNAL',
    },
  };
}

function allParts(plan: ChatPlan, options: GeminiRenderOptions): GeminiPartOut[] {
  const parts: GeminiPartOut[] = [];
  if (options.showThoughts && plan.reasoning !== undefined) {
    parts.push({ text: plan.reasoning, thought: true });
  }
  if (plan.text.length > 0) parts.push({ text: plan.text });
  parts.push(...functionCallParts(plan));
  if (options.imagePng != null && plan.toolCalls.length === 0)
    parts.push(imagePart(options.imagePng));
  return parts;
}

/** Only the first call of a step carries the signature, as Gemini does with parallel calls. */
function functionCallParts(plan: ChatPlan): GeminiPartOut[] {
  return plan.toolCalls.map((call, index) => ({
    functionCall: { name: call.name, args: JSON.parse(call.arguments) as unknown },
    ...(index === 0 && { thoughtSignature: createThoughtSignature(`${plan.id}:${call.id}`) }),
  }));
}

function imagePart(png: string): GeminiPartOut {
  return { inlineData: { mimeType: 'image/png', data: png } };
}

function finishReason(plan: ChatPlan): string {
  return plan.finishReason === 'length' ? 'MAX_TOKENS' : 'STOP';
}

function usageMetadata(plan: ChatPlan, options: GeminiRenderOptions) {
  const candidates =
    plan.usage.outputTokens +
    (options.imagePng != null && plan.toolCalls.length === 0 ? IMAGE_TOKENS : 0);
  const thoughts = options.thinks ? plan.usage.reasoningTokens : 0;
  return {
    promptTokenCount: plan.usage.promptTokens,
    candidatesTokenCount: candidates,
    totalTokenCount: plan.usage.promptTokens + candidates + thoughts,
    ...(thoughts > 0 && { thoughtsTokenCount: thoughts }),
    ...(plan.usage.cachedTokens > 0 && { cachedContentTokenCount: plan.usage.cachedTokens }),
  };
}

function responseId(plan: ChatPlan): string {
  return plan.id.replace(/^chatcmpl-/, '').slice(0, 22);
}
