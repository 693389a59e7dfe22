import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// M2.x thinks on every request (it cannot be turned off), inline as <think>…</think> in content:
// no thinking settings are needed, and the tool loop only passes if the raw block goes back.
runChatConformance({
  brand: 'minimax',
  modelId: 'MiniMax-M2.5',
  thinking: {},
  expectReasoning: true,
});

// The same model with reasoning_split: reasoning_details + reasoning_content sent back.
runChatConformance({
  brand: 'minimax',
  modelId: 'MiniMax-M2.7',
  thinking: { providerOptions: { ccapi: { reasoningSplit: true } } },
  expectReasoning: true,
});

// M3: the top-level reasoning option maps to thinking: adaptive + reasoning_effort.
runChatConformance({
  brand: 'minimax',
  modelId: 'MiniMax-M3',
  thinking: { reasoning: 'high' },
  expectReasoning: true,
});
