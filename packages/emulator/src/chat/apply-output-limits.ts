import type { ChatCompletionRequest } from './chat-completion-request';
import type { ChatFinishReason } from './chat-plan';
import { estimateTokens } from './estimate-tokens';

/**
 * Cuts answer text the way a model stops: at the first `stop` sequence (finish `stop`, the
 * sequence itself not included), then at `max_completion_tokens` / `max_tokens` counted with
 * `estimateTokens` (finish `length`), keeping whole words where possible.
 */
export function applyOutputLimits(
  text: string,
  request: ChatCompletionRequest,
): { text: string; finishReason: ChatFinishReason } {
  let result = text;
  const stops = (Array.isArray(request.stop) ? request.stop : [request.stop]).filter(
    (stop): stop is string => typeof stop === 'string' && stop.length > 0,
  );
  for (const stop of stops) {
    const at = result.indexOf(stop);
    if (at !== -1) result = result.slice(0, at);
  }

  const maxTokens = readMaxTokens(request);
  if (maxTokens === undefined || estimateTokens(result) <= maxTokens) {
    return { text: result, finishReason: 'stop' };
  }
  let kept = '';
  for (const word of result.match(/\s*\S+/g) ?? []) {
    if (estimateTokens(kept + word) > maxTokens) break;
    kept += word;
  }
  // A single word longer than the budget is cut by characters instead.
  if (kept.length === 0) kept = result.slice(0, maxTokens * 4);
  return { text: kept, finishReason: 'length' };
}

/** `max_completion_tokens` wins over the older `max_tokens`, as in OpenAI's API. */
export function readMaxTokens(request: ChatCompletionRequest): number | undefined {
  for (const value of [request.max_completion_tokens, request.max_tokens]) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  }
  return undefined;
}
