import { createHash } from 'node:crypto';
import {
  type ChatCompletionRequest,
  type ChatMessage,
  messageText,
  readMessages,
} from '../chat-completion-request';
import type { ChatPlan } from '../chat-plan';
import { splitArgumentFragments, splitTextDeltas } from '../split-stream-deltas';
import type { ChatDialect, ChatDialectRejection, ChatStreamFrame } from './chat-dialect';
import { detectModelBrand } from './detect-model-brand';
import { modelName } from './model-name';
import { openAIUsage, openAIUsageChunk } from './openai-chat-envelope';
import { relayRejection } from './relay-rejection';

/**
 * MiniMax (M2.x, M3) through CCAPI's MiniMax channel: new-api re-marshals the request (keeping
 * `reasoning_split`, `thinking`, `reasoning_effort`) and passes MiniMax's output through raw
 * (2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels), so this is MiniMax's own shape (2026-12-03-wire-rules.md#minimax, fx:minimax/*):
 *
 * - every delta repeats `role`, `name: "MiniMax AI"`, `audio_content: ""`; chunks carry
 *   `usage: null` and the `input_sensitive*` / `output_sensitive*` members; ids are 32 hex;
 * - thinking: inline `<think>\n…\n</think>\n\n` at the start of `content` (M2.x default;
 *   `reasoning_split: false`), `reasoning_content` + `reasoning_details` with incremental text
 *   (`reasoning_split: true`), or `reasoning_content` alone (M3 default). M2.x always thinks; M3
 *   thinks unless `thinking.type` is `disabled`;
 * - the finish chunk also carries the last text (or the last tool-call fragment); streams say
 *   `finish_reason: "tool_call"` (singular, as observed in production), whole bodies `tool_calls`;
 * - tool-call ids are `call_function_<12>_<n>`; continuation deltas carry `index`, not `id`;
 * - a usage-only `choices: []` chunk with `total_characters` and `base_resp` ends the stream.
 *   MiniMax sends no `[DONE]`; the relay writes its own, which the route core adds.
 *
 * Request rules, answered the way MiniMax answers them: HTTP 400 with MiniMax's
 * `invalid params, … (2013)` text in an OpenAI-shaped error (relayed with new-api's request id).
 * Account-level failures are HTTP 200 with `base_resp.status_code != 0`; a test asks for one with
 * the model suffix `~base_resp:<code>` (e.g. `MiniMax-M2.5~base_resp:1008`).
 */
export const minimaxChatDialect: ChatDialect = {
  name: 'minimax',
  matches: (modelId) => detectModelBrand(modelId) === 'minimax',
  validateRequest: validateMiniMaxRequest,
  wantsReasoning: minimaxWantsReasoning,
  renderNonStream: renderMiniMaxNonStream,
  renderStream: renderMiniMaxStream,
};

type Generation = 'm2' | 'm3';
type ReasoningMode = 'inline' | 'split' | 'field';

const BASE_RESP_SUFFIX = /~base_resp:(\d+)/;

/** MiniMax's own status messages for the codes a test may ask for. */
const BASE_RESP_MESSAGES: Record<number, string> = {
  1002: 'rate limit exceeded(RPM)',
  1004: "login fail: Please carry the API secret key in the 'Authorization' field of the request header",
  1008: 'insufficient balance',
  1026: 'input new_sensitive',
  1039: 'rate limit exceeded(TPM)',
  2013: 'invalid params',
  2049: 'invalid api key',
  2056: 'usage limit exceeded',
};

function bareModel(model: unknown): string {
  return modelName(typeof model === 'string' ? model.replace(BASE_RESP_SUFFIX, '') : '');
}

/** M1/M2.x follow the M2 rules; M3 and anything newer the M3 ones. */
function generationOf(model: unknown): Generation {
  return /^minimax-m[12](?:$|[.\-_])/.test(bareModel(model)) ? 'm2' : 'm3';
}

function baseRespCode(model: unknown): number | undefined {
  const match = typeof model === 'string' ? BASE_RESP_SUFFIX.exec(model) : null;
  return match ? Number(match[1]) : undefined;
}

function thinkingType(request: ChatCompletionRequest): unknown {
  const thinking = request.thinking;
  return thinking != null && typeof thinking === 'object'
    ? (thinking as Record<string, unknown>).type
    : undefined;
}

/** M2.x keeps thinking even when asked not to; M3 thinks unless `thinking.type` is disabled. */
export function minimaxWantsReasoning(request: ChatCompletionRequest): boolean {
  if (generationOf(request.model) === 'm2') return true;
  return thinkingType(request) !== 'disabled';
}

function reasoningMode(request: ChatCompletionRequest): ReasoningMode {
  if (request.reasoning_split === true) return 'split';
  if (request.reasoning_split === false) return 'inline';
  return generationOf(request.model) === 'm2' ? 'inline' : 'field';
}

/** 32 hex characters, like MiniMax's response ids. */
function minimaxId(plan: ChatPlan): string {
  return createHash('md5').update(plan.id).digest('hex');
}

/** `call_function_<12 lower-case alphanumerics>_<1-based position>`. */
function minimaxToolCallId(planId: string, position: number): string {
  return `call_function_${planId.slice('call_'.length, 'call_'.length + 12).toLowerCase()}_${position + 1}`;
}

function thinkBlock(reasoning: string): string {
  return `<think>\n${reasoning}\n</think>\n\n`;
}

function sensitiveFlags() {
  return {
    input_sensitive: false,
    output_sensitive: false,
    input_sensitive_type: 0,
    output_sensitive_type: 0,
    output_sensitive_int: 0,
  };
}

/** MiniMax's usage: completion tokens include reasoning; `total_characters` is always there. */
function minimaxUsage(plan: ChatPlan) {
  const usage = openAIUsage(plan, { includeReasoning: true });
  return {
    total_tokens: usage.total_tokens,
    total_characters: 0,
    prompt_tokens: usage.prompt_tokens,
    completion_tokens: usage.completion_tokens,
    completion_tokens_details: {
      reasoning_tokens: usage.completion_tokens_details.reasoning_tokens,
    },
    prompt_tokens_details: { cached_tokens: usage.prompt_tokens_details.cached_tokens },
  };
}

function baseRespBody(plan: { id: string; created: number; model: string }, code: number) {
  return {
    id: plan.id,
    choices: null,
    created: plan.created,
    model: plan.model,
    object: 'chat.completion',
    usage: null,
    ...sensitiveFlags(),
    base_resp: { status_code: code, status_msg: BASE_RESP_MESSAGES[code] ?? 'unknown error' },
  };
}

export function renderMiniMaxNonStream(plan: ChatPlan) {
  // (`~base_resp:` requests never get here: validateMiniMaxRequest answers them.)
  const mode = reasoningMode(plan.request);
  const reasoning = plan.reasoning;
  const message: Record<string, unknown> = {
    role: 'assistant',
    content:
      reasoning !== undefined && mode === 'inline' ? thinkBlock(reasoning) + plan.text : plan.text,
    name: 'MiniMax AI',
    audio_content: '',
  };
  if (plan.toolCalls.length > 0) {
    message.tool_calls = plan.toolCalls.map((call, position) => ({
      id: minimaxToolCallId(call.id, position),
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  if (reasoning !== undefined && mode !== 'inline') {
    message.reasoning_content = reasoning;
    if (mode === 'split') message.reasoning_details = [reasoningDetail(reasoning)];
  }
  return {
    id: minimaxId(plan),
    object: 'chat.completion',
    model: plan.model,
    choices: [{ message, finish_reason: plan.finishReason, index: 0 }],
    usage: minimaxUsage(plan),
    created: plan.created,
    ...sensitiveFlags(),
    base_resp: { status_code: 0, status_msg: '' },
  };
}

function reasoningDetail(text: string) {
  return {
    type: 'reasoning.text',
    id: 'reasoning-text-1',
    format: 'MiniMax-response-v1',
    index: 0,
    text,
  };
}

export function renderMiniMaxStream(plan: ChatPlan): ChatStreamFrame[] {
  const id = minimaxId(plan);
  const code = baseRespCode(plan.model);
  if (code !== undefined) {
    // A lone base_resp chunk; the relay then adds its synthetic usage chunk (2026-12-03-wire-rules.md#errors-and-stream-endings).
    return [
      { kind: 'data', phase: 'content', payload: baseRespBody({ ...plan, id }, code) },
      { kind: 'data', phase: 'usage', payload: openAIUsageChunk(plan, { systemFingerprint: '' }) },
    ];
  }

  const chunk = (delta: Record<string, unknown>, finishReason?: string) => ({
    id,
    choices: [
      {
        ...(finishReason ? { finish_reason: finishReason } : {}),
        index: 0,
        delta: { ...delta, role: 'assistant', name: 'MiniMax AI', audio_content: '' },
      },
    ],
    created: plan.created,
    model: plan.model,
    object: 'chat.completion.chunk',
    usage: null,
    ...sensitiveFlags(),
  });

  // Every delta before the finish chunk; the last one moves into the finish chunk.
  const deltas: Record<string, unknown>[] = [];
  const mode = reasoningMode(plan.request);
  const reasoning = plan.reasoning;
  let content = plan.text;
  if (reasoning !== undefined && mode === 'inline') {
    content = thinkBlock(reasoning) + plan.text;
  } else if (reasoning !== undefined) {
    splitTextDeltas(reasoning).forEach((piece, index) => {
      deltas.push({
        // The capture's first reasoning delta has no content key, later ones `content: ""`.
        ...(index === 0 ? {} : { content: '' }),
        reasoning_content: piece,
        ...(mode === 'split' ? { reasoning_details: [reasoningDetail(piece)] } : {}),
      });
    });
  }
  // MiniMax sends a few tokens per delta, so tags and words straddle deltas.
  for (const piece of groupPieces(splitTextDeltas(content), 3)) deltas.push({ content: piece });

  plan.toolCalls.forEach((call, index) => {
    const [first = '', ...rest] = splitArgumentFragments(call.arguments);
    deltas.push({
      tool_calls: [
        {
          id: minimaxToolCallId(call.id, index),
          type: 'function',
          index,
          function: { name: call.name, arguments: first },
        },
      ],
    });
    for (const fragment of rest) {
      deltas.push({ tool_calls: [{ function: { arguments: fragment }, index }] });
    }
  });

  const finishReason = plan.finishReason === 'tool_calls' ? 'tool_call' : plan.finishReason;
  const last = deltas.pop() ?? { content: '' };
  const frames: ChatStreamFrame[] = deltas.map((delta) => ({
    kind: 'data',
    phase: 'content',
    payload: chunk(delta),
  }));
  frames.push({ kind: 'data', phase: 'finish', payload: chunk(last, finishReason) });
  frames.push({
    kind: 'data',
    phase: 'usage',
    payload: {
      id,
      choices: [],
      created: plan.created,
      model: plan.model,
      object: 'chat.completion.chunk',
      usage: minimaxUsage(plan),
      base_resp: { status_code: 0, status_msg: '' },
    },
  });
  return frames;
}

function groupPieces(pieces: string[], size: number): string[] {
  const groups: string[] = [];
  for (let i = 0; i < pieces.length; i += size) groups.push(pieces.slice(i, i + size).join(''));
  return groups;
}

/**
 * MiniMax's request rules, in the order its server reports them. The texts of the tool-message
 * rules and of `thinking.type` are MiniMax's own (quoted in public issues: MiniMax-AI/MiniMax-M2
 * #76, Kilo-Org/kilocode #3967, CherryHQ/cherry-studio #16431, earendil-works/pi #5468). Two
 * rules have no recorded wording and use MiniMax's `invalid params, … (2013)` form with our own
 * text: the temperature range of M2.x, and a tool-loop turn whose assistant message lost its
 * thinking (MiniMax's docs require the complete message back; the live API's reaction is not
 * recorded, so the emulator is strict to catch clients that drop it).
 */
export function validateMiniMaxRequest(
  request: ChatCompletionRequest,
): ChatDialectRejection | undefined {
  const code = baseRespCode(request.model);
  if (code !== undefined && request.stream !== true) {
    // An account-level failure: HTTP 200 with a base_resp, which new-api passes through.
    return {
      status: 200,
      body: baseRespBody(
        {
          id: createHash('md5').update(String(request.model)).digest('hex'),
          created: Math.floor(Date.now() / 1000),
          model: String(request.model).replace(BASE_RESP_SUFFIX, ''),
        },
        code,
      ),
    };
  }
  if (code !== undefined) return undefined;

  const generation = generationOf(request.model);
  const type = thinkingType(request);
  if (generation === 'm3' && type !== undefined && type !== 'adaptive' && type !== 'disabled') {
    return invalidParams(
      `invalid thinking.type: ${JSON.stringify(type)} (allowed: adaptive, disabled)`,
    );
  }

  const temperature = request.temperature;
  if (typeof temperature === 'number') {
    const [low, high, range] = generation === 'm2' ? [0, 1, '(0, 1]'] : [0, 2, '[0, 2]'];
    const below = generation === 'm2' ? temperature <= low : temperature < low;
    if (below || temperature > high) {
      return invalidParams(`temperature must be in ${range}, got ${temperature}`);
    }
  }

  const messages = readMessages(request);
  const toolRule = checkToolMessages(messages);
  if (toolRule) return invalidParams(toolRule);

  if (minimaxWantsReasoning(request)) {
    const dropped = findDroppedThinking(messages);
    if (dropped !== undefined) {
      return invalidParams(
        `the assistant message with tool_calls at messages[${dropped}] must be sent back complete, thinking included: its content has no <think> block and it has no reasoning_details or reasoning_content`,
      );
    }
  }
  return undefined;
}

/** Tool results must answer the calls of the assistant turn before them, all of them. */
function checkToolMessages(messages: ChatMessage[]): string | undefined {
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (message.role === 'assistant' && Array.isArray(message.tool_calls)) {
      for (const call of message.tool_calls) {
        const args = call.function?.arguments;
        if (typeof args === 'string' && args.trim() !== '' && !isJson(args)) {
          return `invalid function arguments json string, tool_call_id: ${call.id ?? ''}`;
        }
      }
      const answered: string[] = [];
      let j = i + 1;
      for (; j < messages.length && messages[j]?.role === 'tool'; j++) {
        answered.push(String(messages[j]?.tool_call_id));
      }
      const calls = message.tool_calls.map((call) => String(call.id));
      const unknown = answered.find((id) => !calls.includes(id));
      if (unknown !== undefined) return `tool result's tool id(${unknown}) not found`;
      // Answering only some of the calls is rejected; a trailing assistant turn with no results
      // yet is not.
      const missing = calls.filter((id) => !answered.includes(id));
      if (missing.length > 0 && (answered.length > 0 || j < messages.length)) {
        return 'tool call and result not match';
      }
    }
    if (message.role === 'tool' && !isToolTurn(messages, i)) {
      return `tool result's tool id(${message.tool_call_id ?? ''}) not found`;
    }
  }
  return undefined;
}

function isToolTurn(messages: ChatMessage[], index: number): boolean {
  let j = index - 1;
  while (j >= 0 && messages[j]?.role === 'tool') j -= 1;
  return messages[j]?.role === 'assistant' && Array.isArray(messages[j]?.tool_calls);
}

/**
 * The index of an assistant message of the current tool loop (after the last user message) that
 * made tool calls but carries no thinking, or undefined.
 */
function findDroppedThinking(messages: ChatMessage[]): number | undefined {
  let lastUser = -1;
  messages.forEach((message, index) => {
    if (message.role === 'user') lastUser = index;
  });
  for (let i = lastUser + 1; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (message.role !== 'assistant') continue;
    if (!Array.isArray(message.tool_calls) || message.tool_calls.length === 0) continue;
    if (!hasThinking(message)) return i;
  }
  return undefined;
}

function hasThinking(message: ChatMessage): boolean {
  if (/^\s*<(?:mm:)?think>/.test(messageText(message))) return true;
  const details = message.reasoning_details;
  if (Array.isArray(details) && details.length > 0) return true;
  return typeof message.reasoning_content === 'string' && message.reasoning_content.length > 0;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function invalidParams(detail: string): ChatDialectRejection {
  return relayRejection(`invalid params, ${detail} (2013)`, {
    type: 'bad_request_error',
    code: null,
  });
}
