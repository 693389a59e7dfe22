import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { mapReasoningToProviderEffort } from '@ai-sdk/provider-utils';
import type { CCAPIBrandAdapter, CCAPIBrandRequestContext } from '../../chat/ccapi-brand-adapter';
import type { CCAPIChatMessage, CCAPIChatRequestBody } from '../../chat/ccapi-chat-api';
import { applyUnsupportedSettings, type UnsupportedSetting } from '../apply-unsupported-settings';
import { collectReasoningDetails } from '../collect-reasoning-details';
import {
  type CCAPILanguageModelClaudeChatOptions,
  claudeChatOptionsSchema,
} from './claude-chat-options';
import { CCAPIClaudeThinkingToolLoopError } from './claude-thinking-tool-loop-error';

/**
 * Claude on CCAPI's chat-completions route (2026-12-03-wire-rules.md#claude, 2026-12-03-wire-rules.md#claude-on-the-chat-relay). The relay
 * converts the OpenAI request to Anthropic Messages and back:
 * - thinking is switched on only by `reasoning_effort` low/medium/high (budgets 1280/2048/4096),
 *   an OpenRouter-style `reasoning: { max_tokens }`, or the model id (`-thinking`, Opus effort
 *   suffixes); the OpenAI `thinking` field is ignored;
 * - with thinking, Anthropic needs no temperature (or exactly 1), no top_p/top_k and a
 *   `max_tokens` above the budget, which the relay does not arrange for `reasoning_effort`;
 * - thinking signatures are dropped, so a tool loop with thinking cannot continue here
 *   (see `thinkingToolLoop`);
 * - `response_format`, `seed`, penalties, `n`, logprobs and `user` are dropped.
 * Reasoning comes back as `reasoning_content` with no signature (a `"\n"` stands in for it), so
 * nothing is sent back — except signed `reasoning_details` from gateway-style upstreams, which
 * those gateways require verbatim.
 */
export const claudeBrandAdapter: CCAPIBrandAdapter = {
  brand: 'claude',
  optionsSchema: claudeChatOptionsSchema,

  prepareRequest(context) {
    const { body, warnings } = context;
    const options = context.options as CCAPILanguageModelClaudeChatOptions;

    applyUnsupportedSettings(context, RELAY_DROPPED_SETTINGS);
    cleanStopSequences(body, warnings);
    if (body.temperature != null && body.temperature > 1) {
      warnings.push({
        type: 'compatibility',
        feature: 'temperature',
        details: `Anthropic accepts temperature 0..1; ${body.temperature} was sent as 1.`,
      });
      body.temperature = 1;
    }

    const thinking = resolveThinking(context, options);
    if (thinking == null) return;

    if (isToolLoopFollowUp(body.messages)) {
      if (!thinking.droppable || options.thinkingToolLoop === 'error') {
        throw new CCAPIClaudeThinkingToolLoopError({
          modelId: context.modelId,
          thinkingSource: thinking.source,
        });
      }
      warnings.push({
        type: 'compatibility',
        feature: 'reasoning',
        details: `Thinking was turned off for this request: it continues a tool loop, and CCAPI's chat route cannot send Claude's signed thinking back (Anthropic would answer 400 "Expected 'thinking' or 'redacted_thinking', but found 'text'"). For tool loops with thinking use the Messages route: ccapi.messages('${context.modelId}'), ccapi('${context.modelId}') or { api: 'messages' }.`,
      });
      return;
    }

    if (forcesToolUse(body)) {
      if (thinking.droppable) {
        warnings.push({
          type: 'compatibility',
          feature: 'reasoning',
          details:
            'Thinking was turned off for this request: Anthropic rejects thinking when tool_choice forces a tool ("Thinking may not be enabled when tool_choice forces tool use").',
        });
        return;
      }
      warnings.push({
        type: 'unsupported',
        feature: 'toolChoice',
        details: `Thinking comes from ${thinking.source} and cannot be left out, and Anthropic rejects thinking when tool_choice forces a tool; expect a 400. Use toolChoice 'auto'.`,
      });
    }

    applyUnsupportedSettings(context, [
      ...(body.temperature !== 1
        ? [
            {
              field: 'temperature' as const,
              reason: 'Anthropic only accepts temperature 1 with thinking',
            },
          ]
        : []),
      { field: 'top_p', reason: 'Anthropic rejects top_p with thinking' },
      { field: 'top_k', reason: 'Anthropic rejects top_k with thinking' },
    ]);
    if (thinking.budget != null) ensureMaxTokensAboveBudget(body, thinking.budget, warnings);
    if (thinking.send != null) Object.assign(body, thinking.send);
  },

  prepareAssistantMessage({ message, reasoningText, reasoningMetadata, options }) {
    // CCAPI's relay ignores reasoning on input. Gateway-style upstreams (Vercel AI Gateway,
    // OpenRouter) hand out signed `reasoning_details` and need them back verbatim; the relay
    // drops the unknown field, so sending them is harmless there.
    if (options.sendReasoning === false) return;
    const details = collectReasoningDetails(reasoningMetadata);
    if (!details.some(isSignedReasoningDetail)) return;
    message.reasoning_details = details;
    if (reasoningText.length > 0) message.reasoning = reasoningText;
  },
};

/** Relay budgets for `reasoning_effort` (2026-12-03-wire-rules.md#claude-on-the-chat-relay step 3). */
export const CLAUDE_RELAY_EFFORT_BUDGETS = { low: 1280, medium: 2048, high: 4096 } as const;
type RelayEffort = keyof typeof CLAUDE_RELAY_EFFORT_BUDGETS;

/** new-api's `default_max_tokens` for Claude channels, used when a request has none. */
const RELAY_DEFAULT_MAX_TOKENS = 8192;

interface ResolvedThinking {
  /** What turned thinking on, for messages. */
  source: string;
  /** Budget the relay will send, when known (not for model-id suffixes, which the relay sizes). */
  budget: number | undefined;
  /** Fields to add to the body (nothing when the id or the raw option already carries it). */
  send: Partial<CCAPIChatRequestBody> | undefined;
  /** Whether this adapter can leave thinking out of the request. */
  droppable: boolean;
}

function resolveThinking(
  context: CCAPIBrandRequestContext,
  options: CCAPILanguageModelClaudeChatOptions,
): ResolvedThinking | undefined {
  const { normalizedModelId: id, callOptions, warnings, body } = context;
  const suffix = thinkingModelSuffix(id);
  const adaptiveOnly = rejectsEnabledThinking(id);

  // A raw `reasoning_effort` (providerOptions.ccapi.reasoningEffort or extraBody) is sent as is.
  const raw = typeof body.reasoning_effort === 'string' ? body.reasoning_effort : undefined;
  if (raw != null) {
    if (isRelayEffort(raw)) {
      if (adaptiveOnly) warnAdaptiveOnly(id, warnings);
      return {
        source: `providerOptions.ccapi.reasoningEffort '${raw}'`,
        budget: CLAUDE_RELAY_EFFORT_BUDGETS[raw],
        send: undefined,
        droppable: false,
      };
    }
    warnings.push({
      type: 'unsupported',
      feature: 'providerOptions.ccapi.reasoningEffort',
      details: `CCAPI's Claude relay only understands reasoning_effort low, medium and high; '${raw}' is sent but has no effect.`,
    });
  }

  if (options.thinkingBudget != null) {
    if (adaptiveOnly) {
      warnAdaptiveOnly(id, warnings);
    } else {
      return {
        source: `providerOptions.ccapi.thinkingBudget ${options.thinkingBudget}`,
        budget: options.thinkingBudget,
        send: { reasoning: { max_tokens: options.thinkingBudget } },
        droppable: true,
      };
    }
  } else if (raw == null) {
    const effort = mapReasoning(callOptions.reasoning, id, suffix != null, warnings);
    if (effort != null) {
      if (adaptiveOnly) {
        warnAdaptiveOnly(id, warnings);
      } else {
        return {
          source: `reasoning '${callOptions.reasoning}'`,
          budget: CLAUDE_RELAY_EFFORT_BUDGETS[effort],
          send: { reasoning_effort: effort },
          droppable: true,
        };
      }
    }
  }

  if (suffix != null) {
    return {
      source: `the model id suffix '${suffix}'`,
      budget: undefined,
      send: undefined,
      droppable: false,
    };
  }
  return undefined;
}

/**
 * The AI SDK `reasoning` level as a relay effort. The relay only knows low/medium/high; the
 * other levels go to the nearest one (or to nothing for `none`).
 */
function mapReasoning(
  level: LanguageModelV4CallOptions['reasoning'],
  id: string,
  thinkingById: boolean,
  warnings: SharedV4Warning[],
): RelayEffort | undefined {
  if (level == null || level === 'provider-default') return undefined;
  if (level === 'none') {
    warnings.push(
      thinkingById
        ? {
            type: 'unsupported',
            feature: 'reasoning',
            details: `${id} thinks because of its model id; reasoning 'none' cannot turn that off. Use the id without the suffix.`,
          }
        : {
            type: 'compatibility',
            feature: 'reasoning',
            details:
              "CCAPI's Claude relay has no 'none' effort; nothing was sent, and thinking stays off (its default on this route).",
          },
    );
    return undefined;
  }
  return mapReasoningToProviderEffort({ reasoning: level, effortMap: RELAY_EFFORTS, warnings });
}

const RELAY_EFFORTS = { low: 'low', medium: 'medium', high: 'high' } as const;

function isRelayEffort(value: string): value is RelayEffort {
  return value === 'low' || value === 'medium' || value === 'high';
}

/** `-thinking`, or an Opus 4.6+ effort suffix: the relay turns thinking on from the id. */
export function thinkingModelSuffix(id: string): string | undefined {
  if (id.endsWith('-thinking')) return '-thinking';
  const effort = /^claude-opus-4-[678].*(-(?:max|xhigh|high|medium|low|minimal))$/.exec(id);
  return effort?.[1];
}

/**
 * Opus 4.7+ only accept adaptive thinking, which the relay sets only from an id suffix; a
 * `reasoning_effort` or `reasoning.max_tokens` makes it send `type: "enabled"`, which they reject.
 */
function rejectsEnabledThinking(id: string): boolean {
  return /^claude-opus-4-[78]/.test(id);
}

function warnAdaptiveOnly(id: string, warnings: SharedV4Warning[]): void {
  const suffix = thinkingModelSuffix(id);
  warnings.push({
    type: 'unsupported',
    feature: 'reasoning',
    details:
      suffix != null
        ? `${id} already thinks adaptively because of its '${suffix}' suffix; the reasoning setting was not sent (the relay would switch to budget thinking, which this model rejects).`
        : `${id} only accepts adaptive thinking, which CCAPI's chat route sets only from an effort suffix on the model id (e.g. '${id}-high'); the reasoning setting was not sent. The Messages route (ccapi.messages('${id}')) supports it directly.`,
  });
}

/** Settings the relay's Claude conversion does not map: dropped, or flagged when in extraBody. */
const RELAY_DROPPED_SETTINGS: readonly UnsupportedSetting[] = [
  {
    field: 'response_format',
    reason: "CCAPI's Claude relay drops response_format",
    hint: 'JSON mode is not available; describe the format in the prompt, use a tool, or use the Messages route.',
  },
  ...(
    [
      'seed',
      'frequency_penalty',
      'presence_penalty',
      'n',
      'logprobs',
      'top_logprobs',
      'user',
    ] as const
  ).map((field) => ({ field, reason: `CCAPI's Claude relay drops ${field}` })),
  {
    field: 'thinking',
    reason: "CCAPI's Claude relay ignores the OpenAI-request `thinking` field",
    hint: 'Use the reasoning option or providerOptions.ccapi.thinkingBudget.',
  },
];

/** Anthropic rejects stop sequences made only of whitespace. */
function cleanStopSequences(body: CCAPIChatRequestBody, warnings: SharedV4Warning[]): void {
  if (body.stop == null) return;
  const kept = body.stop.filter((sequence) => sequence.trim().length > 0);
  if (kept.length === body.stop.length) return;
  warnings.push({
    type: 'unsupported',
    feature: 'stopSequences',
    details: `Anthropic rejects stop sequences made only of whitespace; ${body.stop.length - kept.length} of them were not sent.`,
  });
  if (kept.length > 0) body.stop = kept;
  else delete body.stop;
}

/** Anthropic needs `max_tokens` > `budget_tokens`; the relay does not raise it for efforts. */
function ensureMaxTokensAboveBudget(
  body: CCAPIChatRequestBody,
  budget: number,
  warnings: SharedV4Warning[],
): void {
  const current = body.max_tokens;
  if (current == null) {
    body.max_tokens = Math.max(RELAY_DEFAULT_MAX_TOKENS, budget + 4096);
    return;
  }
  if (current > budget) return;
  const raised = budget + current;
  warnings.push({
    type: 'compatibility',
    feature: 'maxOutputTokens',
    details: `Anthropic counts thinking into max_tokens and needs it above the thinking budget (${budget}); max_tokens ${current} was raised to ${raised} (budget + your limit).`,
  });
  body.max_tokens = raised;
}

function forcesToolUse(body: CCAPIChatRequestBody): boolean {
  return body.tool_choice === 'required' || typeof body.tool_choice === 'object';
}

/**
 * Whether the request continues a tool loop the relay cannot carry with thinking: the last
 * assistant message made tool calls, tool results follow it, and it carries no signed reasoning
 * (a gateway-style upstream that handed out signatures gets them back and can continue).
 */
export function isToolLoopFollowUp(messages: CCAPIChatMessage[]): boolean {
  let lastAssistant = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'assistant') {
      lastAssistant = i;
      break;
    }
  }
  if (lastAssistant === -1) return false;
  const assistant = messages[lastAssistant] as Extract<CCAPIChatMessage, { role: 'assistant' }>;
  if (assistant.tool_calls == null || assistant.tool_calls.length === 0) return false;
  if (!messages.slice(lastAssistant + 1).some((message) => message.role === 'tool')) return false;
  const details = assistant.reasoning_details;
  return !(Array.isArray(details) && details.some(isSignedReasoningDetail));
}

/** A `reasoning_details` entry that carries a signature or encrypted reasoning. */
export function isSignedReasoningDetail(detail: unknown): boolean {
  if (detail == null || typeof detail !== 'object') return false;
  const entry = detail as Record<string, unknown>;
  if (typeof entry.signature === 'string' && entry.signature.length > 0) return true;
  return (
    entry.type === 'reasoning.encrypted' && typeof entry.data === 'string' && entry.data.length > 0
  );
}
