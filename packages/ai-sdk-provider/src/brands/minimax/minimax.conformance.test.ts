import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// MiniMax answers 400 (`invalid params … (2013)`) when an assistant turn of the current tool
// loop comes back without its thinking; the emulator's dialect does the same.
const MINIMAX = {
  brand: 'minimax',
  expectReasoning: true,
  toolCallId: /^call_function_[a-z0-9]{12}_1$/,
  // MiniMax's stream ends a tool-call turn with `tool_call`, its non-stream body with `tool_calls`.
  toolCallsRawFinishReason: { streamText: 'tool_call' },
  keepsEarlierReasoning: true,
  reportsReasoningTokens: true,
  withoutReasoningBack: {
    settings: { providerOptions: { ccapi: { sendReasoning: false } } },
    status: 400,
    message:
      /^invalid params, the assistant message with tool_calls at messages\[1\] must be sent back complete/,
  },
  skip: { brandFinishReasons: 'MiniMax reports errors in base_resp, not as finish reasons' },
} as const;

// M2.x thinks on every request (it cannot be turned off), inline as <think>…</think> in content:
// no thinking settings are needed, and the tool loop only passes if the raw block goes back.
runChatConformance({
  ...MINIMAX,
  modelId: 'MiniMax-M2.5',
  thinking: {},
  reasoningSentBack: 'think-block',
});

// The same model with reasoning_split: reasoning_details + reasoning_content sent back.
runChatConformance({
  ...MINIMAX,
  modelId: 'MiniMax-M2.7',
  thinking: { providerOptions: { ccapi: { reasoningSplit: true } } },
  reasoningSentBack: 'reasoning-details',
  thinkingRequest: { reasoning_split: true },
});

// M3: the top-level reasoning option maps to thinking: adaptive + reasoning_effort.
runChatConformance({
  ...MINIMAX,
  modelId: 'MiniMax-M3',
  thinking: { reasoning: 'high' },
  reasoningSentBack: 'reasoning-content',
  thinkingRequest: { thinking: { type: 'adaptive' }, reasoning_effort: 'high' },
});
