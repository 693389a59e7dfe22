import type { ChatCompletionRequest } from './chat-completion-request';

/** Why the answer ended, in OpenAI's words; dialects map it to their brand's own values. */
export type ChatFinishReason = 'stop' | 'length' | 'tool_calls';

export interface PlannedToolCall {
  /** `call_<24 alphanumerics>`, deterministic for a given request and position. */
  id: string;
  name: string;
  /** The arguments as a compact JSON string (what OpenAI puts in `function.arguments`). */
  arguments: string;
}

/**
 * Token counts estimated from text length (see estimate-tokens.ts). They are brand-neutral:
 * a dialect decides how to present them (e.g. whether reasoning counts into completion tokens).
 */
export interface ChatPlanUsage {
  /** Tokens of the whole prompt (messages + tool definitions). */
  promptTokens: number;
  /** Part of `promptTokens` served from the emulated prompt cache (a repeated message prefix). */
  cachedTokens: number;
  /** Tokens of the visible output: text plus tool-call names and arguments. */
  outputTokens: number;
  /** Tokens of `reasoning`; 0 when the plan has no reasoning. */
  reasoningTokens: number;
}

/**
 * What the scripted model "decided" to answer, before any brand shapes it on the wire. Produced
 * once per request by `planChatResponse`; rendered by a `ChatDialect`.
 */
export interface ChatPlan {
  /** Response id, `chatcmpl-<…>`; deterministic for a given request body. */
  id: string;
  /** Unix seconds. */
  created: number;
  /** The model id as requested, with any `~fault:` suffix removed. */
  model: string;
  /**
   * Thinking text, present when the request asked for reasoning (see `wantsReasoning`). Brands
   * that expose thinking emit it (`reasoning_content`, `<think>` …); the openai dialect ignores it.
   */
  reasoning: string | undefined;
  /** Visible answer text; `''` when the answer is tool calls only. */
  text: string;
  /** Tool calls to make, in order (several = parallel tool calls). */
  toolCalls: PlannedToolCall[];
  finishReason: ChatFinishReason;
  usage: ChatPlanUsage;
  /** The request being answered, for brand switches a dialect reads (e.g. `reasoning_split`). */
  request: ChatCompletionRequest;
}
