import { splitModelFault } from '../../faults/emulator-fault';
import {
  type ChatCompletionRequest,
  type ChatMessage,
  readMessages,
} from '../chat-completion-request';
import type { ChatPlan } from '../chat-plan';
import { deterministicId } from '../deterministic-id';
import { splitArgumentFragments, splitTextDeltas } from '../split-stream-deltas';
import type { ChatDialect, ChatDialectRejection, ChatStreamFrame } from './chat-dialect';
import { detectModelBrand } from './detect-model-brand';
import { modelName } from './model-name';
import { relayRejection } from './relay-rejection';

/**
 * Claude through CCAPI's Claude channel: new-api converts the OpenAI request to Anthropic
 * Messages and the answer back (2026-12-03-wire-rules.md#claude-on-the-chat-relay, current build):
 *
 * - chunk ids are Anthropic's `msg_…`; `message_start` → `delta:{content:"",role:"assistant"}`;
 *   a thinking block starts with an empty `delta:{}`, streams `reasoning_content`, and its
 *   signature becomes a `"\n"`; a text block starts with `delta:{content:""}`;
 * - a tool_use block → first delta `{index:<content-block index>, id:"toolu_…",
 *   type:"function", function:{name, arguments:""}}`, then `{index, type, function:{arguments}}`
 *   deltas (the first one `""`); the index is the Anthropic block index (2 after a thinking and
 *   a text block), neither dense nor zero-based;
 * - `message_delta` → `delta:{}` with the mapped finish reason; then a `choices:[]` usage chunk
 *   in the relay's format (`usage_semantic`, `cached_creation_tokens`, …) and `[DONE]`.
 *
 * Thinking is on only the ways the relay turns it on: `reasoning_effort` low/medium/high
 * (budgets 1280/2048/4096), `reasoning: {max_tokens: N}`, a `-thinking` model suffix or an Opus
 * 4.6+ effort suffix. The OpenAI `thinking` field is ignored.
 *
 * Request rules, answered with Anthropic's texts as the relay forwards them (HTTP 400,
 * `{error:{message:"… (request id: …)", type:"invalid_request_error", param:"", code:null}}`):
 * thinking needs temperature 1 (or none), no top_k, top_p ≥ 0.95, `max_tokens` above the budget,
 * no forced tool choice, and cannot continue a tool loop (the relay drops signatures and puts
 * `"..."` text first in assistant tool turns); a `developer` role, temperature above 1,
 * whitespace-only stop sequences and a tool call whose arguments are not a JSON object (the relay
 * skips it, orphaning its tool_result) are rejected too.
 */
export const claudeChatDialect: ChatDialect = {
  name: 'claude',
  matches: (modelId) => detectModelBrand(modelId) === 'claude',
  validateRequest: validateClaudeRequest,
  wantsReasoning: (request) => relayThinking(request) != null,
  renderNonStream: renderClaudeNonStream,
  renderStream: renderClaudeStream,
};

/** new-api's `default_max_tokens` for Claude when a request sets none. */
const RELAY_DEFAULT_MAX_TOKENS = 8192;
const EFFORT_BUDGETS: Record<string, number> = { low: 1280, medium: 2048, high: 4096 };
const EXTENDED_THINKING_DOCS =
  'https://docs.claude.com/en/docs/build-with-claude/extended-thinking';

interface RelayThinking {
  type: 'enabled' | 'adaptive';
  /** `budget_tokens` for `enabled`. */
  budget: number | undefined;
  /** The relay already forced temperature 1 and removed top_p (model-id suffixes). */
  samplingHandled: boolean;
  /** max_tokens as the relay sends it. */
  maxTokens: number;
}

function bareModel(request: ChatCompletionRequest): string {
  return modelName(typeof request.model === 'string' ? splitModelFault(request.model).model : '');
}

/** The thinking config new-api builds, in its order (later steps overwrite earlier ones). */
export function relayThinking(request: ChatCompletionRequest): RelayThinking | undefined {
  const model = bareModel(request);
  const requested = request.max_completion_tokens ?? request.max_tokens;
  let maxTokens =
    typeof requested === 'number' && requested > 0 ? requested : RELAY_DEFAULT_MAX_TOKENS;
  const adaptiveOnly = /^claude-opus-4-[78]/.test(model);
  let thinking: RelayThinking | undefined;

  // 1. Opus 4.6+ effort suffix → adaptive thinking; sampling handled by the relay.
  if (/^claude-opus-4-[678].*-(?:max|xhigh|high|medium|low|minimal)$/.test(model)) {
    thinking = { type: 'adaptive', budget: undefined, samplingHandled: true, maxTokens };
  } else if (model.endsWith('-thinking')) {
    // 2. `-thinking` suffix: budget = 80% of max_tokens (raised to at least 1280), temperature 1.
    if (adaptiveOnly) {
      thinking = { type: 'adaptive', budget: undefined, samplingHandled: true, maxTokens };
    } else {
      maxTokens = Math.max(maxTokens, 1280);
      thinking = {
        type: 'enabled',
        budget: Math.floor(maxTokens * 0.8),
        samplingHandled: true,
        maxTokens,
      };
    }
  }
  // 3. reasoning_effort low/medium/high (other values do nothing).
  const effort = request.reasoning_effort;
  if (typeof effort === 'string' && EFFORT_BUDGETS[effort] != null) {
    thinking = {
      type: 'enabled',
      budget: EFFORT_BUDGETS[effort],
      samplingHandled: thinking?.samplingHandled ?? false,
      maxTokens,
    };
  }
  // 4. OpenRouter-style `reasoning: {max_tokens: N}`.
  const reasoning = request.reasoning as { max_tokens?: unknown } | null | undefined;
  if (reasoning != null && typeof reasoning.max_tokens === 'number' && reasoning.max_tokens > 0) {
    thinking = {
      type: 'enabled',
      budget: reasoning.max_tokens,
      samplingHandled: thinking?.samplingHandled ?? false,
      maxTokens,
    };
  }
  return thinking;
}

export function validateClaudeRequest(
  request: ChatCompletionRequest,
): ChatDialectRejection | undefined {
  const messages = readMessages(request);
  const positions = anthropicPositions(messages);

  for (let i = 0; i < messages.length; i++) {
    if (messages[i]?.role === 'developer') {
      return anthropicError(`messages.${positions[i]}.role: Input should be 'user' or 'assistant'`);
    }
  }
  if (typeof request.temperature === 'number' && request.temperature > 1) {
    return anthropicError('temperature: Input should be less than or equal to 1');
  }
  const stops = typeof request.stop === 'string' ? [request.stop] : (request.stop ?? []);
  if (stops.some((stop) => typeof stop === 'string' && stop.trim() === '')) {
    // Anthropic's compat docs: "only non-whitespace sequences"; the exact wording is ours.
    return anthropicError(
      'stop_sequences: each stop sequence must contain non-whitespace characters',
    );
  }
  const orphan = orphanedToolResult(messages, positions);
  if (orphan) return orphan;

  const thinking = relayThinking(request);
  if (thinking == null) return undefined;

  if (thinking.type === 'enabled' && /^claude-opus-4-[78]/.test(bareModel(request))) {
    return anthropicError(
      '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    );
  }
  if (thinking.budget != null && thinking.budget < 1024) {
    return anthropicError(
      'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
    );
  }
  if (thinking.budget != null && thinking.maxTokens <= thinking.budget) {
    return anthropicError(
      `\`max_tokens\` must be greater than \`thinking.budget_tokens\`. Please consult our documentation at ${EXTENDED_THINKING_DOCS}#max-tokens-and-context-window-size`,
    );
  }
  if (!thinking.samplingHandled) {
    if (typeof request.temperature === 'number' && request.temperature !== 1) {
      return anthropicError(
        `\`temperature\` may only be set to 1 when thinking is enabled. Please consult our documentation at ${EXTENDED_THINKING_DOCS}#feature-compatibility`,
      );
    }
    if (typeof request.top_p === 'number' && request.top_p < 0.95) {
      return anthropicError(
        `\`top_p\` must be greater than or equal to 0.95 or unset when thinking is enabled. Please consult our documentation at ${EXTENDED_THINKING_DOCS}#feature-compatibility`,
      );
    }
  }
  if (request.top_k != null) {
    return anthropicError(
      `\`top_k\` must be unset when thinking is enabled. Please consult our documentation at ${EXTENDED_THINKING_DOCS}#feature-compatibility`,
    );
  }
  const choice = request.tool_choice;
  if (choice === 'required' || (choice != null && typeof choice === 'object')) {
    return anthropicError('Thinking may not be enabled when tool_choice forces tool use.');
  }

  // The relay cannot send thinking blocks back and puts "..." first in every assistant tool
  // turn, so a request continuing a tool loop fails on Anthropic's check.
  const last = lastAssistantIndex(messages);
  if (
    last !== -1 &&
    hasToolCalls(messages[last]) &&
    messages.slice(last + 1).some((m) => m.role === 'tool')
  ) {
    return anthropicError(
      `messages.${positions[last]}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`text\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at ${EXTENDED_THINKING_DOCS}`,
    );
  }
  return undefined;
}

/**
 * Each OpenAI message's index among the Anthropic messages the relay builds: system messages are
 * hoisted, a synthetic user message is inserted when the first one is not `user`, tool results
 * join the user turn before them (or open one), consecutive string messages of a role merge.
 */
function anthropicPositions(messages: ChatMessage[]): number[] {
  const positions: number[] = [];
  let count = 0;
  let lastRole: string | undefined;
  let lastWasString = false;
  for (const message of messages) {
    if (message.role === 'system') {
      positions.push(-1);
      continue;
    }
    const role = message.role === 'tool' ? 'user' : message.role;
    const isString = typeof message.content === 'string' && message.role !== 'tool';
    if (count === 0 && role !== 'user') {
      count = 1; // the synthetic `{role:user, content:"..."}`
      lastRole = 'user';
      lastWasString = false;
    }
    const merges =
      lastRole === role &&
      ((message.role === 'tool' && lastRole === 'user') || (isString && lastWasString));
    if (!merges) count += 1;
    positions.push(count - 1);
    lastRole = role;
    lastWasString = isString;
  }
  return positions;
}

/** A tool result whose call the relay skipped (arguments that are not a JSON object). */
function orphanedToolResult(
  messages: ChatMessage[],
  positions: number[],
): ChatDialectRejection | undefined {
  const sent = new Set<string>();
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (message.role === 'assistant') {
      for (const call of message.tool_calls ?? []) {
        if (call.id != null && isJsonObject(call.function?.arguments)) sent.add(call.id);
      }
    }
    if (
      message.role === 'tool' &&
      message.tool_call_id != null &&
      !sent.has(message.tool_call_id)
    ) {
      return anthropicError(
        `messages.${positions[i]}.content.0: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${message.tool_call_id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`,
      );
    }
  }
  return undefined;
}

function isJsonObject(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    const value = JSON.parse(text);
    return value != null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

function lastAssistantIndex(messages: ChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === 'assistant') return i;
  return -1;
}

function hasToolCalls(message: ChatMessage | undefined): boolean {
  return Array.isArray(message?.tool_calls) && message.tool_calls.length > 0;
}

/** An Anthropic error as new-api relays it (type kept, `code: null`, request id appended). */
function anthropicError(message: string): ChatDialectRejection {
  return relayRejection(message, { type: 'invalid_request_error', code: null });
}

const messageId = (plan: ChatPlan) => `msg_01${deterministicId(plan.id, 22)}`;
const toolUseId = (callId: string) => `toolu_01${deterministicId(callId, 22)}`;

/**
 * The relay's usage (current build): `prompt_tokens` = input + cache read + cache write. Prompt
 * caching needs `cache_control`, which the relay drops, so both cache counts are 0 on this route.
 * Anthropic counts thinking into `output_tokens`; `reasoning_tokens` is always 0.
 */
export function claudeRelayUsage(plan: ChatPlan) {
  const promptTokens = plan.usage.promptTokens;
  const completionTokens = plan.usage.outputTokens + plan.usage.reasoningTokens;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    usage_semantic: 'openai',
    usage_source: 'anthropic',
    prompt_tokens_details: { cached_tokens: 0, text_tokens: 0, audio_tokens: 0, image_tokens: 0 },
    completion_tokens_details: {
      text_tokens: 0,
      audio_tokens: 0,
      image_tokens: 0,
      reasoning_tokens: 0,
    },
    input_tokens: promptTokens,
    output_tokens: 0,
    input_tokens_details: null,
    claude_cache_creation_5_m_tokens: 0,
    claude_cache_creation_1_h_tokens: 0,
  };
}

function renderClaudeNonStream(plan: ChatPlan) {
  return {
    id: messageId(plan),
    model: plan.model,
    object: 'chat.completion',
    created: plan.created,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          // The relay writes "" (not null) when there is no text block.
          content: plan.text,
          ...(plan.reasoning !== undefined ? { reasoning_content: plan.reasoning } : {}),
          ...(plan.toolCalls.length > 0
            ? {
                tool_calls: plan.toolCalls.map((call) => ({
                  id: toolUseId(call.id),
                  type: 'function',
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : {}),
        },
        finish_reason: plan.finishReason,
      },
    ],
    usage: claudeRelayUsage(plan),
  };
}

function renderClaudeStream(plan: ChatPlan): ChatStreamFrame[] {
  const id = messageId(plan);
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
    id,
    object: 'chat.completion.chunk',
    created: plan.created,
    model: plan.model,
    system_fingerprint: null,
    choices: [{ delta, logprobs: null, finish_reason: finishReason, index: 0 }],
    usage: null,
  });
  const frames: ChatStreamFrame[] = [];
  const content = (delta: Record<string, unknown>) =>
    frames.push({ kind: 'data', phase: 'content', payload: chunk(delta) });

  content({ content: '', role: 'assistant' }); // message_start
  let block = 0;
  if (plan.reasoning !== undefined) {
    content({}); // content_block_start thinking
    for (const piece of splitTextDeltas(plan.reasoning)) content({ reasoning_content: piece });
    content({ reasoning_content: '\n' }); // signature_delta: the signature is dropped
    block += 1;
  }
  if (plan.text !== '') {
    content({ content: '' }); // content_block_start text
    for (const piece of splitTextDeltas(plan.text)) content({ content: piece });
    block += 1;
  }
  for (const call of plan.toolCalls) {
    const index = block;
    content({
      tool_calls: [
        {
          index,
          id: toolUseId(call.id),
          type: 'function',
          function: { name: call.name, arguments: '' },
        },
      ],
    });
    for (const fragment of ['', ...splitArgumentFragments(call.arguments)]) {
      content({ tool_calls: [{ index, type: 'function', function: { arguments: fragment } }] });
    }
    block += 1;
  }
  frames.push({ kind: 'data', phase: 'finish', payload: chunk({}, plan.finishReason) });
  frames.push({
    kind: 'data',
    phase: 'usage',
    payload: {
      id,
      object: 'chat.completion.chunk',
      created: plan.created,
      model: plan.model,
      system_fingerprint: null,
      choices: [],
      usage: claudeRelayUsage(plan),
    },
  });
  return frames;
}
