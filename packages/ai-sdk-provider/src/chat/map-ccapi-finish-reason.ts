import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';

type Unified = LanguageModelV4FinishReason['unified'];

// Every raw reason the brands behind CCAPI are known to send (2026-12-03-wire-rules.md#normalization, new-api
// reasonmap). Brand adapters may override; unknown values map to `other` with the raw value kept.
const FINISH_REASONS: Record<string, Unified> = {
  stop: 'stop',
  end_turn: 'stop',
  stop_sequence: 'stop',
  eos: 'stop',
  length: 'length',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_calls: 'tool-calls',
  tool_call: 'tool-calls',
  function_call: 'tool-calls',
  tool_use: 'tool-calls',
  content_filter: 'content-filter',
  sensitive: 'content-filter',
  refusal: 'content-filter',
  safety: 'content-filter',
  recitation: 'content-filter',
  blocklist: 'content-filter',
  prohibited_content: 'content-filter',
  spii: 'content-filter',
  insufficient_system_resource: 'error',
  network_error: 'error',
  error: 'error',
};

export function mapCCAPIFinishReason(raw: string | undefined): Unified {
  if (raw == null) return 'other';
  return FINISH_REASONS[raw.toLowerCase()] ?? 'other';
}

/**
 * A response that made tool calls finishes as `tool-calls` even when upstream says `stop`
 * (OpenAI with a forced tool_choice, Gemini streams, MiniMax) — but a truncation or a filter
 * keeps its own reason.
 */
export function resolveFinishReason(unified: Unified, hasToolCalls: boolean): Unified {
  if (hasToolCalls && (unified === 'stop' || unified === 'other')) return 'tool-calls';
  return unified;
}
