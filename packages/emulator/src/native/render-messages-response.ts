import type { ChatPlan } from '../chat/chat-plan';
import { estimateTokens } from '../chat/estimate-tokens';
import { splitArgumentFragments, splitTextDeltas } from '../chat/split-stream-deltas';
import { signThinking } from './native-signatures';
import type { NativeStreamFrame } from './native-stream';

/** Prompt-cache counts for the Anthropic usage block (see `messagesCacheUsage`). */
export interface MessagesCacheUsage {
  cacheRead: number;
  cacheCreation: number;
}

type AnthropicContentBlock =
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: unknown };

/** The Messages response body (`stream: false`). */
export function renderMessagesResponse(plan: ChatPlan, cache: MessagesCacheUsage) {
  return {
    id: messageId(plan),
    type: 'message',
    role: 'assistant',
    model: plan.model,
    content: contentBlocks(plan),
    stop_reason: stopReason(plan),
    stop_sequence: null,
    usage: { ...inputUsage(plan, cache), output_tokens: outputTokens(plan) },
  };
}

/**
 * The Messages stream: `message_start`, a `ping`, each block as `content_block_start` → deltas
 * (`thinking_delta` then one `signature_delta`; `text_delta`; `input_json_delta` starting with
 * `""` as Anthropic does) → `content_block_stop`, then `message_delta` with the stop reason and
 * usage, and `message_stop`.
 */
export function renderMessagesStream(
  plan: ChatPlan,
  cache: MessagesCacheUsage,
): NativeStreamFrame[] {
  const frames: NativeStreamFrame[] = [];
  const content = (event: string, data: Record<string, unknown>) =>
    frames.push({ event, data: { type: event, ...data }, phase: 'content' });

  content('message_start', {
    message: {
      id: messageId(plan),
      type: 'message',
      role: 'assistant',
      model: plan.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { ...inputUsage(plan, cache), output_tokens: 1 },
    },
  });
  content('ping', {});

  for (const [index, block] of contentBlocks(plan).entries()) {
    const delta = (value: Record<string, unknown>) =>
      content('content_block_delta', { index, delta: value });
    switch (block.type) {
      case 'thinking':
        content('content_block_start', {
          index,
          content_block: { type: 'thinking', thinking: '', signature: '' },
        });
        for (const piece of splitTextDeltas(block.thinking)) {
          delta({ type: 'thinking_delta', thinking: piece });
        }
        delta({ type: 'signature_delta', signature: block.signature });
        break;
      case 'text':
        content('content_block_start', { index, content_block: { type: 'text', text: '' } });
        for (const piece of splitTextDeltas(block.text)) delta({ type: 'text_delta', text: piece });
        break;
      case 'tool_use': {
        content('content_block_start', {
          index,
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        });
        delta({ type: 'input_json_delta', partial_json: '' });
        for (const piece of splitArgumentFragments(JSON.stringify(block.input))) {
          delta({ type: 'input_json_delta', partial_json: piece });
        }
        break;
      }
    }
    content('content_block_stop', { index });
  }

  frames.push({
    event: 'message_delta',
    data: {
      type: 'message_delta',
      delta: { stop_reason: stopReason(plan), stop_sequence: null },
      usage: { ...inputUsage(plan, cache), output_tokens: outputTokens(plan) },
    },
    phase: 'finish',
  });
  frames.push({ event: 'message_stop', data: { type: 'message_stop' }, phase: 'finish' });
  return frames;
}

/** The Anthropic `error` event/body the route uses for the `stream-error` fault. */
export function anthropicOverloadedError() {
  return { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };
}

function contentBlocks(plan: ChatPlan): AnthropicContentBlock[] {
  const blocks: AnthropicContentBlock[] = [];
  if (plan.reasoning !== undefined) {
    blocks.push({
      type: 'thinking',
      thinking: plan.reasoning,
      signature: signThinking(plan.reasoning),
    });
  }
  if (plan.text.length > 0) blocks.push({ type: 'text', text: plan.text });
  for (const call of plan.toolCalls) {
    blocks.push({
      type: 'tool_use',
      id: toolUseId(call.id),
      name: call.name,
      input: JSON.parse(call.arguments) as unknown,
    });
  }
  return blocks;
}

function stopReason(plan: ChatPlan): string {
  switch (plan.finishReason) {
    case 'tool_calls':
      return 'tool_use';
    case 'length':
      return 'max_tokens';
    default:
      return 'end_turn';
  }
}

function inputUsage(plan: ChatPlan, cache: MessagesCacheUsage) {
  return {
    input_tokens: Math.max(0, plan.usage.promptTokens - cache.cacheRead - cache.cacheCreation),
    cache_creation_input_tokens: cache.cacheCreation,
    cache_read_input_tokens: cache.cacheRead,
  };
}

// Anthropic counts thinking into output tokens.
function outputTokens(plan: ChatPlan): number {
  return plan.usage.outputTokens + plan.usage.reasoningTokens;
}

/** `msg_01…` from the plan's deterministic id. */
function messageId(plan: ChatPlan): string {
  return `msg_01${plan.id.replace(/^chatcmpl-/, '').slice(0, 22)}`;
}

/** `call_…` → `toolu_01…`, keeping the deterministic part. */
function toolUseId(callId: string): string {
  return `toolu_01${callId.replace(/^call_/, '')}`;
}

/**
 * Prompt-cache numbers for a request: without any `cache_control` marker nothing is cached
 * (Anthropic caches only on request). With markers, what an earlier request already sent is a
 * cache read and the rest of the marked prefix is written to the cache.
 */
export function messagesCacheUsage(
  plan: ChatPlan,
  markedPrefix: unknown[] | undefined,
): MessagesCacheUsage {
  if (markedPrefix === undefined) return { cacheRead: 0, cacheCreation: 0 };
  const cacheRead = plan.usage.cachedTokens;
  const prefixTokens = Math.min(
    plan.usage.promptTokens,
    estimateTokens(JSON.stringify(markedPrefix)),
  );
  return { cacheRead, cacheCreation: Math.max(0, prefixTokens - cacheRead) };
}
