import {
  type AnthropicBlock,
  blocksOf,
  type MessagesRequest,
  messagesWantThinking,
  readAnthropicMessages,
} from './messages-request';
import { isValidThinkingSignature } from './native-signatures';

const THINKING_DOCS = 'https://docs.claude.com/en/docs/build-with-claude/extended-thinking';

export interface MessagesRejection {
  status: number;
  body: { type: 'error'; error: { type: string; message: string } };
}

/**
 * The 400s Anthropic gives (passed through by CCAPI's `/v1/messages` in its error envelope) for
 * the mistakes a client can make with thinking, with Anthropic's own wording:
 * - `budget_tokens` missing, under 1024, or not below `max_tokens`;
 * - `temperature` other than 1 while thinking;
 * - a `thinking` block whose `signature` is missing or does not match its text;
 * - a tool loop with thinking whose last assistant turn does not start with its thinking block
 *   (what happens when a client, or the chat relay, drops thinking blocks; 2026-12-03-wire-rules.md#claude-on-the-chat-relay).
 */
export function validateMessagesRequest(
  request: MessagesRequest,
  model: string,
): MessagesRejection | undefined {
  const messages = readAnthropicMessages(request);
  if (messages.length === 0) return reject('messages: at least one message is required');

  const thinking = messagesWantThinking(request, model);
  if (request.thinking?.type === 'enabled') {
    const budget = request.thinking.budget_tokens;
    if (typeof budget !== 'number') return reject('thinking.enabled.budget_tokens: Field required');
    if (budget < 1024) {
      return reject(
        'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
      );
    }
    if (typeof request.max_tokens === 'number' && request.max_tokens <= budget) {
      return reject(
        `\`max_tokens\` must be greater than \`thinking.budget_tokens\`. Please consult our documentation at ${THINKING_DOCS}#max-tokens-and-context-window-size`,
      );
    }
  }
  if (thinking && typeof request.temperature === 'number' && request.temperature !== 1) {
    return reject(
      `\`temperature\` may only be set to 1 when thinking is enabled or in adaptive mode. Please consult our documentation at ${THINKING_DOCS}#feature-compatibility`,
    );
  }

  for (const [messageIndex, message] of messages.entries()) {
    if (message.role !== 'assistant') continue;
    for (const [blockIndex, block] of blocksOf(message).entries()) {
      if (
        block.type === 'thinking' &&
        !isValidThinkingSignature(block.thinking ?? '', block.signature)
      ) {
        return reject(
          `messages.${messageIndex}.content.${blockIndex}: Invalid \`signature\` in \`thinking\` block`,
        );
      }
    }
  }

  if (thinking) {
    const loopTurn = lastToolLoopAssistantTurn(
      messages.map((m) => ({ role: m.role, blocks: blocksOf(m) })),
    );
    if (loopTurn != null) {
      const first = loopTurn.blocks[0]?.type ?? 'text';
      if (first !== 'thinking' && first !== 'redacted_thinking') {
        return reject(
          `messages.${loopTurn.index}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${first}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at ${THINKING_DOCS}`,
        );
      }
    }
  }
  return undefined;
}

/**
 * The assistant turn of the tool loop in progress: the conversation ends with `tool_result`s
 * answering that turn's `tool_use`s. Undefined when the last turn is plain user text.
 */
function lastToolLoopAssistantTurn(
  messages: { role?: string; blocks: AnthropicBlock[] }[],
): { index: number; blocks: AnthropicBlock[] } | undefined {
  const last = messages[messages.length - 1];
  if (last?.role !== 'user' || !last.blocks.some((block) => block.type === 'tool_result')) {
    return undefined;
  }
  for (let index = messages.length - 2; index >= 0; index--) {
    const message = messages[index];
    if (message?.role !== 'assistant') continue;
    return message.blocks.some((block) => block.type === 'tool_use')
      ? { index, blocks: message.blocks }
      : undefined;
  }
  return undefined;
}

function reject(message: string): MessagesRejection {
  return {
    status: 400,
    body: { type: 'error', error: { type: 'invalid_request_error', message } },
  };
}
