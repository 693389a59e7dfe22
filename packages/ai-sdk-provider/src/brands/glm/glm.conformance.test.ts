import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// GLM-5 thinks by default. Preserved thinking (clear_thinking: false) makes the dialect check
// that every tool-call turn's reasoning_content comes back unmodified (GLM error 1214 otherwise).
runChatConformance({
  brand: 'glm',
  modelId: 'glm-5',
  thinking: { providerOptions: { ccapi: { clearThinking: false } } },
  expectReasoning: true,
});

// GLM-5.2: the reasoning option maps to thinking: enabled + reasoning_effort.
runChatConformance({
  brand: 'glm',
  modelId: 'zhipu/glm-5.2',
  thinking: { reasoning: 'high' },
  expectReasoning: true,
});
