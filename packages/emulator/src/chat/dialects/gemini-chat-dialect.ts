import { createHash } from 'node:crypto';
import { splitModelFault } from '../../faults/emulator-fault';
import {
  type ChatCompletionRequest,
  type ChatMessage,
  readMessages,
} from '../chat-completion-request';
import type { ChatPlan, PlannedToolCall } from '../chat-plan';
import { deterministicId } from '../deterministic-id';
import { splitTextDeltas } from '../split-stream-deltas';
import type { ChatDialect, ChatDialectRejection, ChatStreamFrame } from './chat-dialect';
import { detectModelBrand } from './detect-model-brand';
import { modelName } from './model-name';
import { relayRejection } from './relay-rejection';

/**
 * Gemini through CCAPI. Two shapes, picked by the model id:
 *
 * **Relay (default)** — new-api's Gemini channel converts to `generateContent` and back
 * (2026-12-03-wire-rules.md#gemini-on-the-chat-relay, current build):
 * - ids `chatcmpl-<request id>`; a start chunk `delta:{content:"",role:"assistant"}`;
 * - thoughts → `reasoning_content`, text → `content`; each function call arrives whole in its
 *   own chunk with a dense `index`, an id `call_<32 hex>`, `content:""` and
 *   `finish_reason:"tool_calls"`; when the first event is a call, its id and name ride on the start
 *   chunk with `arguments:""` and the arguments follow in an id-less `type:null` delta;
 * - STOP becomes a trailing `delta:{}` chunk (`tool_calls` when calls were made, else `stop`);
 *   MAX_TOKENS puts `length` on the last content chunk and no trailing chunk follows;
 * - a `choices:[]` usage chunk (`system_fingerprint:""`; `completion_tokens` includes thoughts,
 *   `reasoning_tokens` = thoughts) and `[DONE]`.
 * Thinking only through `extra_body.google.thinking_config` (snake_case); `reasoning_effort` is
 * ignored (the relay's thinking adapter is off by default); camelCase keys are rejected; Gemini's
 * own rules on the config apply (level and budget together, budget 0 where thinking cannot be
 * off, levels a model lacks). The relay injects a dummy thought signature itself, so signatures
 * are never checked here.
 *
 * **Pass-through** — a model id with the emulator suffix `~passthrough` (e.g.
 * `gemini-3-pro-preview~passthrough`) speaks Google's own OpenAI-compat shape, as an OpenAI-type
 * channel forwards it (2026-12-03-wire-rules.md#gemini): Google ids, no `index`, call ids
 * `function-call-<digits>`, parallel calls in separate chunks,
 * `extra_content.google.thought_signature` on the first call of each response, `finish_reason:
 * "stop"` after tool calls in streams. For Gemini 3 it enforces the signature rule: an assistant
 * tool call of the current turn must come back with the signature it was given (Google's 400
 * text); a signature that does not belong to its call (e.g. copied from the first parallel call)
 * is rejected as corrupted. Thought summaries are not rendered in this shape (unverified).
 */
export const geminiChatDialect: ChatDialect = {
  name: 'gemini',
  matches: (modelId) => detectModelBrand(modelId) === 'gemini',
  validateRequest: validateGeminiRequest,
  wantsReasoning: (request) => !isPassthrough(request) && relayIncludesThoughts(request),
  renderNonStream: (plan) =>
    isPassthrough(plan.request) ? renderGoogleNonStream(plan) : renderRelayNonStream(plan),
  renderStream: (plan) =>
    isPassthrough(plan.request) ? renderGoogleStream(plan) : renderRelayStream(plan),
};

const PASSTHROUGH_MARKER = '~passthrough';
const THOUGHT_SIGNATURE_DOCS = 'https://ai.google.dev/gemini-api/docs/thought-signatures';

function bareModel(request: ChatCompletionRequest): string {
  return modelName(typeof request.model === 'string' ? splitModelFault(request.model).model : '');
}

export function isPassthrough(request: ChatCompletionRequest): boolean {
  return bareModel(request).includes(PASSTHROUGH_MARKER);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value != null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function thinkingConfig(request: ChatCompletionRequest): Record<string, unknown> | undefined {
  return asRecord(asRecord(asRecord(request.extra_body)?.google)?.thinking_config);
}

/** new-api: `include_thoughts` as given, else `thinking_budget > 0` implies thoughts. */
function relayIncludesThoughts(request: ChatCompletionRequest): boolean {
  const config = thinkingConfig(request);
  if (config == null) return false;
  if (typeof config.include_thoughts === 'boolean') return config.include_thoughts;
  return typeof config.thinking_budget === 'number' && config.thinking_budget > 0;
}

interface ModelThinking {
  generation: 3 | 2.5 | 0;
  levels: string[];
  min: number;
  max: number;
  canDisable: boolean;
}

function modelThinking(model: string): ModelThinking {
  const name = model.replace(PASSTHROUGH_MARKER, '');
  const version = /^gemini-(\d+)(?:\.(\d+))?/.exec(name);
  const major = Number(version?.[1] ?? 0);
  const minor = Number(version?.[2] ?? 0);
  const pro = name.includes('pro');
  if (major >= 3) {
    const threePro = major === 3 && minor === 0 && pro;
    return {
      generation: 3,
      levels: threePro ? ['low', 'high'] : ['minimal', 'low', 'medium', 'high'],
      min: 128,
      max: pro ? 32768 : 24576,
      canDisable: false,
    };
  }
  if (major === 2 && minor === 5) {
    if (name.includes('flash-lite'))
      return { generation: 2.5, levels: [], min: 512, max: 24576, canDisable: true };
    if (pro) return { generation: 2.5, levels: [], min: 128, max: 32768, canDisable: false };
    return { generation: 2.5, levels: [], min: 1, max: 24576, canDisable: true };
  }
  return { generation: 0, levels: [], min: 0, max: 0, canDisable: true };
}

const CAMEL_CASE_KEYS = [
  'thinkingConfig',
  'thinkingBudget',
  'includeThoughts',
  'thinkingLevel',
  'imageConfig',
  'aspectRatio',
  'imageSize',
];

export function validateGeminiRequest(
  request: ChatCompletionRequest,
): ChatDialectRejection | undefined {
  const messages = readMessages(request);
  const passthrough = isPassthrough(request);
  const model = bareModel(request);

  const google = asRecord(asRecord(request.extra_body)?.google);
  if (google != null && !passthrough) {
    const camel = findKey(google, CAMEL_CASE_KEYS);
    if (camel != null) {
      // new-api reads extra_body.google with snake_case keys only; the wording is the emulator's.
      return relayError(
        400,
        `invalid extra_body.google: unknown field "${camel}", use snake_case (thinking_config, thinking_budget, include_thoughts, thinking_level)`,
        'invalid_request',
      );
    }
  }

  // The relay parses every assistant tool call's arguments (2026-12-03-wire-rules.md#gemini-on-the-chat-relay).
  if (!passthrough) {
    for (const message of messages) {
      for (const call of message.role === 'assistant' ? (message.tool_calls ?? []) : []) {
        if (!isJson(call.function?.arguments)) {
          return relayError(
            500,
            `invalid tool call arguments for ${call.function?.name ?? 'tool'}: ${String(call.function?.arguments)}`,
            'convert_request_failed',
          );
        }
      }
    }
  }

  const config = thinkingConfig(request);
  if (config != null) {
    const thinking = modelThinking(model);
    const budget = config.thinking_budget;
    const level = config.thinking_level;
    if (budget != null && level != null) {
      return googleError('You can only set only one of thinking budget and thinking level.');
    }
    if (typeof level === 'string') {
      if (thinking.generation !== 3)
        return googleError('Thinking level is not supported for this model.');
      if (!thinking.levels.includes(level)) {
        return googleError(
          `Thinking level ${level.toUpperCase()} is not supported for this model. Please retry with other thinking level.`,
        );
      }
    }
    if (typeof budget === 'number' && budget !== -1) {
      if (budget === 0 && !thinking.canDisable) {
        return googleError('Budget 0 is invalid. This model only works in thinking mode.');
      }
      if (
        budget !== 0 &&
        thinking.generation !== 0 &&
        (budget < thinking.min || budget > thinking.max)
      ) {
        return googleError(
          `The thinking budget ${budget} is invalid. Please choose a value between ${thinking.min} and ${thinking.max}.`,
        );
      }
    }
  }

  if (passthrough && modelThinking(model).generation === 3) return checkThoughtSignatures(messages);
  return undefined;
}

function findKey(value: unknown, keys: string[]): string | undefined {
  const record = asRecord(value);
  if (record == null) return undefined;
  for (const [key, child] of Object.entries(record)) {
    if (keys.includes(key)) return key;
    const nested = findKey(child, keys);
    if (nested != null) return nested;
  }
  return undefined;
}

function isJson(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Gemini 3: the function calls of the current turn (after the last user message) must carry
 * the signature they were given; the first call of each step has one, parallel siblings none.
 */
function checkThoughtSignatures(messages: ChatMessage[]): ChatDialectRejection | undefined {
  let lastUser = -1;
  for (let i = 0; i < messages.length; i++) if (messages[i]?.role === 'user') lastUser = i;
  const contents = messages.filter(
    (message) => message.role !== 'system' && message.role !== 'developer',
  );
  for (let i = lastUser + 1; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (message.role !== 'assistant' || !Array.isArray(message.tool_calls)) continue;
    const position = contents.indexOf(message) + 1;
    for (const [index, call] of message.tool_calls.entries()) {
      const signature = asRecord(asRecord(call.extra_content)?.google)?.thought_signature;
      const expected = call.id != null ? issuedSignature(call.id) : undefined;
      if (signature === undefined) {
        if (index > 0) continue; // only the first parallel call gets one
        return googleError(
          `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:${call.function?.name ?? 'tool'}\` , position ${position}. Please refer to ${THOUGHT_SIGNATURE_DOCS} for more details.`,
        );
      }
      if (signature !== expected) return googleError('Corrupted thought signature.');
    }
  }
  return undefined;
}

/** An upstream Gemini error as new-api relays it: `type:"upstream_error"`, numeric code. */
function googleError(message: string): ChatDialectRejection {
  return relayRejection(message, { type: 'upstream_error', code: 400 });
}

function relayError(status: number, message: string, code: string): ChatDialectRejection {
  return relayRejection(message, { status, type: 'new_api_error', code });
}

const hex = (seed: string, length: number) =>
  createHash('sha256').update(seed).digest('hex').slice(0, length);
const digits = (seed: string) =>
  BigInt(`0x${hex(seed, 14)}`)
    .toString()
    .padStart(17, '1')
    .slice(0, 17);

/** The relay's gateway call ids: `call_<32 hex>`. */
const relayCallId = (call: PlannedToolCall) => `call_${hex(`gemini:${call.id}`, 32)}`;
/** Google compat ids: `function-call-<digits>`. */
const googleCallId = (call: PlannedToolCall) => `function-call-${digits(`gemini:${call.id}`)}`;
/** The signature the pass-through variant issues for a call id (checked on the way back). */
export function issuedSignature(callId: string): string {
  return `EjQKMgEM${Buffer.from(createHash('sha256').update(`sig:${callId}`).digest()).toString('base64')}`;
}

/** The relay's usage (`buildUsageFromGeminiMetadata`): completion tokens include thoughts. */
export function geminiRelayUsage(plan: ChatPlan) {
  const completion = plan.usage.outputTokens + plan.usage.reasoningTokens;
  return {
    prompt_tokens: plan.usage.promptTokens,
    completion_tokens: completion,
    total_tokens: plan.usage.promptTokens + completion,
    prompt_tokens_details: {
      cached_tokens: plan.usage.cachedTokens,
      text_tokens: plan.usage.promptTokens,
      audio_tokens: 0,
      image_tokens: 0,
    },
    completion_tokens_details: {
      text_tokens: 0,
      audio_tokens: 0,
      image_tokens: 0,
      reasoning_tokens: plan.usage.reasoningTokens,
    },
    input_tokens: 0,
    output_tokens: 0,
    input_tokens_details: null,
    claude_cache_creation_5_m_tokens: 0,
    claude_cache_creation_1_h_tokens: 0,
  };
}

function renderRelayNonStream(plan: ChatPlan) {
  return {
    id: plan.id,
    object: 'chat.completion',
    created: plan.created,
    model: plan.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: plan.text,
          ...(plan.reasoning !== undefined ? { reasoning_content: plan.reasoning } : {}),
          ...(plan.toolCalls.length > 0
            ? {
                tool_calls: plan.toolCalls.map((call) => ({
                  id: relayCallId(call),
                  type: 'function',
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : {}),
        },
        finish_reason: plan.finishReason,
      },
    ],
    usage: geminiRelayUsage(plan),
  };
}

function renderRelayStream(plan: ChatPlan): ChatStreamFrame[] {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
    id: plan.id,
    object: 'chat.completion.chunk',
    created: plan.created,
    model: plan.model,
    system_fingerprint: null,
    choices: [{ delta, logprobs: null, finish_reason: finishReason, index: 0 }],
    usage: null,
  });
  const frames: ChatStreamFrame[] = [];
  const push = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    frames.push({
      kind: 'data',
      phase: finishReason == null ? 'content' : 'finish',
      payload: chunk(delta, finishReason),
    });

  const start: Record<string, unknown> = { content: '', role: 'assistant' };
  const calls = plan.toolCalls;
  const firstEventIsCall = plan.reasoning === undefined && plan.text === '' && calls.length > 0;
  if (firstEventIsCall) {
    // The first Gemini event holds the call: split into the start chunk and an id-less delta.
    const first = calls[0] as PlannedToolCall;
    start.tool_calls = [
      {
        index: 0,
        id: relayCallId(first),
        type: 'function',
        function: { name: first.name, arguments: '' },
      },
    ];
  }
  push(start);
  if (plan.reasoning !== undefined) push({ reasoning_content: plan.reasoning });

  const truncated = plan.finishReason === 'length';
  const pieces = groupTextEvents(plan.text);
  pieces.forEach((piece, i) => {
    const lastEvent = i === pieces.length - 1 && calls.length === 0;
    // MAX_TOKENS rides on the last content chunk; STOP becomes a separate chunk below.
    frames.push({
      kind: 'data',
      phase: lastEvent && truncated ? 'finish' : 'content',
      payload: chunk({ content: piece }, lastEvent && truncated ? 'length' : null),
    });
  });
  calls.forEach((call, index) => {
    if (index === 0 && firstEventIsCall) {
      frames.push({
        kind: 'data',
        phase: 'content',
        payload: chunk({
          content: '',
          tool_calls: [{ index: 0, type: null, function: { arguments: call.arguments } }],
        }),
      });
      return;
    }
    frames.push({
      kind: 'data',
      phase: 'content',
      payload: chunk(
        {
          content: '',
          tool_calls: [
            {
              index,
              id: relayCallId(call),
              type: 'function',
              function: { name: call.name, arguments: call.arguments },
            },
          ],
        },
        'tool_calls',
      ),
    });
  });
  if (!truncated || calls.length > 0) push({}, calls.length > 0 ? 'tool_calls' : 'stop');
  frames.push({
    kind: 'data',
    phase: 'usage',
    payload: {
      id: plan.id,
      object: 'chat.completion.chunk',
      created: plan.created,
      model: plan.model,
      system_fingerprint: '',
      choices: [],
      usage: geminiRelayUsage(plan),
    },
  });
  return frames;
}

/** Gemini streams text in a few larger events rather than word by word. */
function groupTextEvents(text: string): string[] {
  if (text === '') return [];
  const words = splitTextDeltas(text);
  const events: string[] = [];
  for (let i = 0; i < words.length; i += 4) events.push(words.slice(i, i + 4).join(''));
  return events;
}

const googleId = (plan: ChatPlan) => deterministicId(`google:${plan.id}`, 23);

function googleUsage(plan: ChatPlan) {
  const completion = plan.usage.outputTokens + plan.usage.reasoningTokens;
  return {
    completion_tokens: completion,
    prompt_tokens: plan.usage.promptTokens,
    total_tokens: plan.usage.promptTokens + completion,
  };
}

function googleToolCalls(plan: ChatPlan) {
  return plan.toolCalls.map((call, index) => ({
    function: { arguments: call.arguments, name: call.name },
    id: googleCallId(call),
    type: 'function',
    // Only the first function call of a response carries the signature.
    ...(index === 0
      ? { extra_content: { google: { thought_signature: issuedSignature(googleCallId(call)) } } }
      : {}),
  }));
}

function renderGoogleNonStream(plan: ChatPlan) {
  const hasCalls = plan.toolCalls.length > 0;
  return {
    choices: [
      {
        finish_reason: plan.finishReason,
        index: 0,
        message: {
          // Google omits `content` entirely on a tool-call-only message.
          ...(plan.text !== '' || !hasCalls ? { content: plan.text } : {}),
          role: 'assistant',
          ...(hasCalls ? { tool_calls: googleToolCalls(plan) } : {}),
        },
      },
    ],
    created: plan.created,
    id: googleId(plan),
    model: plan.model,
    object: 'chat.completion',
    usage: googleUsage(plan),
  };
}

function renderGoogleStream(plan: ChatPlan): ChatStreamFrame[] {
  const id = googleId(plan);
  const chunk = (delta: Record<string, unknown>, finishReason?: string) => ({
    choices: [
      { delta, ...(finishReason != null ? { finish_reason: finishReason } : {}), index: 0 },
    ],
    created: plan.created,
    id,
    model: plan.model,
    object: 'chat.completion.chunk',
  });
  const frames: ChatStreamFrame[] = [];
  for (const piece of groupTextEvents(plan.text)) {
    frames.push({
      kind: 'data',
      phase: 'content',
      payload: chunk({ content: piece, role: 'assistant' }),
    });
  }
  for (const call of googleToolCalls(plan)) {
    frames.push({
      kind: 'data',
      phase: 'content',
      payload: chunk({ role: 'assistant', tool_calls: [call] }),
    });
  }
  // Streams say `stop` even after tool calls (2026-12-03-wire-rules.md#gemini).
  const finish = plan.finishReason === 'length' ? 'length' : 'stop';
  frames.push({ kind: 'data', phase: 'finish', payload: chunk({ role: 'assistant' }, finish) });
  frames.push({
    kind: 'data',
    phase: 'usage',
    payload: {
      choices: [],
      created: plan.created,
      id,
      model: plan.model,
      object: 'chat.completion.chunk',
      usage: googleUsage(plan),
    },
  });
  return frames;
}
