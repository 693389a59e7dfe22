import { splitModelFault } from '../faults/emulator-fault';
import type { ChatCompletionRequest } from './chat-completion-request';

/**
 * Whether a request asks for thinking, by any switch CCAPI forwards (2026-12-03-wire-rules.md#the-chat-relay, #the-chat-relay;
 * 2026-12-03-wire-rules.md#the-chat-relay): `reasoning_effort` (not `none`), `thinking.type` enabled/adaptive,
 * OpenRouter-style `reasoning`, `enable_thinking`, `chat_template_kwargs`, Gemini's
 * `extra_body.google.thinking_config.include_thoughts`, or a thinking model id (`-thinking`,
 * `deepseek-reasoner`). An explicit off switch (`thinking.type: "disabled"`) wins.
 *
 * This is the default; a dialect overrides it with `ChatDialect.wantsReasoning` when its brand
 * only honours some of these switches.
 */
export function wantsReasoning(request: ChatCompletionRequest): boolean {
  const thinking = asRecord(request.thinking);
  if (thinking?.type === 'disabled') return false;
  if (thinking?.type === 'enabled' || thinking?.type === 'adaptive') return true;

  if (typeof request.reasoning_effort === 'string' && request.reasoning_effort !== 'none') {
    return true;
  }

  const reasoning = asRecord(request.reasoning);
  if (reasoning && reasoning.enabled !== false && reasoning.effort !== 'none') return true;

  if (request.enable_thinking === true) return true;
  const templateArgs = asRecord(request.chat_template_kwargs);
  if (templateArgs?.enable_thinking === true || templateArgs?.thinking === true) return true;

  const google = asRecord(asRecord(request.extra_body)?.google);
  if (asRecord(google?.thinking_config)?.include_thoughts === true) return true;

  const model = typeof request.model === 'string' ? splitModelFault(request.model).model : '';
  return /-thinking$|reasoner/i.test(model);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value != null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
