import type { JSONObject, LanguageModelV4Usage } from '@ai-sdk/provider';
import { asRecord } from '../utils/json-record';

/**
 * Converts any usage object a brand sends (OpenAI, DeepSeek `prompt_cache_hit_tokens`, Claude via
 * the relay with `cached_creation_tokens`, Gemini with thoughts in `completion_tokens`) to the
 * AI SDK's usage. Missing numbers stay undefined.
 */
export function convertCCAPIChatUsage(
  usage: Record<string, unknown> | undefined,
): LanguageModelV4Usage {
  if (usage == null) {
    return {
      inputTokens: {
        total: undefined,
        noCache: undefined,
        cacheRead: undefined,
        cacheWrite: undefined,
      },
      outputTokens: { total: undefined, text: undefined, reasoning: undefined },
    };
  }
  const promptDetails = asRecord(usage.prompt_tokens_details);
  const completionDetails = asRecord(usage.completion_tokens_details);

  const promptTokens = asNumber(usage.prompt_tokens) ?? asNumber(usage.input_tokens);
  const completionTokens = asNumber(usage.completion_tokens) ?? asNumber(usage.output_tokens);
  const cacheRead =
    asNumber(promptDetails?.cached_tokens) ?? asNumber(usage.prompt_cache_hit_tokens);
  const cacheWrite =
    asNumber(promptDetails?.cached_creation_tokens) ??
    asNumber(promptDetails?.cache_write_tokens) ??
    sumDefined(
      asNumber(usage.claude_cache_creation_5_m_tokens),
      asNumber(usage.claude_cache_creation_1_h_tokens),
    );
  const reasoning = asNumber(completionDetails?.reasoning_tokens);

  // Relay builds before 2026-03-23 report Claude's `prompt_tokens` without cache reads and writes
  // (2026-12-03-wire-rules.md#claude-on-the-chat-relay); cached counts larger than the prompt give them away.
  const cached = (cacheRead ?? 0) + (cacheWrite ?? 0);
  const inputTotal =
    promptTokens == null ? undefined : cached > promptTokens ? promptTokens + cached : promptTokens;

  return {
    inputTokens: {
      total: inputTotal,
      noCache: inputTotal == null ? undefined : Math.max(0, inputTotal - cached),
      cacheRead,
      cacheWrite,
    },
    outputTokens: {
      total: completionTokens,
      // Some brands report more reasoning than completion tokens; never go negative.
      text: completionTokens == null ? undefined : Math.max(0, completionTokens - (reasoning ?? 0)),
      reasoning,
    },
    raw: usage as JSONObject,
  };
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function sumDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a == null && b == null) return undefined;
  const sum = (a ?? 0) + (b ?? 0);
  return sum > 0 ? sum : undefined;
}
