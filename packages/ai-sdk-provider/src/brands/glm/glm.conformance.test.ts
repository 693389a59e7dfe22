import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// GLM thinks by default. With preserved thinking (clear_thinking: false) GLM answers error 1214
// when an assistant tool-call message comes back without the reasoning emitted with its calls,
// or with it changed; the emulator's dialect checks both.
const PRESERVED = {
  brand: 'glm',
  expectReasoning: true,
  toolCallId: /^call_-?\d+$/,
  reportsReasoningTokens: true,
  reasoningSentBack: 'reasoning-content',
  keepsEarlierReasoning: true,
  withoutReasoningBack: {
    settings: { providerOptions: { ccapi: { sendReasoning: false } } },
    status: 400,
    message: /The messages parameter is illegal/,
    data: { code: '1214' },
  },
  historyWithoutReasoning: { status: 400, message: /The messages parameter is illegal/ },
  editedReasoning: { status: 400, message: /The messages parameter is illegal/ },
  brandFinishReasons: [
    ['sensitive', 'content-filter'],
    ['network_error', 'error'],
    ['model_context_window_exceeded', 'length'],
  ],
} as const;

runChatConformance({
  ...PRESERVED,
  modelId: 'glm-5',
  thinking: { providerOptions: { ccapi: { clearThinking: false } } },
  thinkingRequest: { thinking: { type: 'enabled', clear_thinking: false } },
});

runChatConformance({
  ...PRESERVED,
  modelId: 'zhipu/glm-4.7',
  thinking: { reasoning: 'high', providerOptions: { ccapi: { clearThinking: false } } },
  thinkingRequest: { thinking: { type: 'enabled', clear_thinking: false } },
});

// GLM-5.2: the reasoning option maps to thinking: enabled + reasoning_effort. Without preserved
// thinking GLM does not check the reasoning it gets back; the adapter still sends it.
runChatConformance({
  brand: 'glm',
  modelId: 'zhipu/glm-5.2',
  thinking: { reasoning: 'high' },
  expectReasoning: true,
  toolCallId: PRESERVED.toolCallId,
  reportsReasoningTokens: true,
  reasoningSentBack: 'reasoning-content',
  keepsEarlierReasoning: true,
  thinkingRequest: { thinking: { type: 'enabled' }, reasoning_effort: 'high' },
  brandFinishReasons: PRESERVED.brandFinishReasons,
  skip: { reasoningRequiredBack: 'without preserved thinking GLM does not read reasoning back' },
});
