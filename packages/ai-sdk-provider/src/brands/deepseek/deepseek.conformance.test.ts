import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// DeepSeek answers 400 "The `reasoning_content` in the thinking mode must be passed back to the
// API." when an assistant tool-call message of the current user turn (V3.2) or of any turn (V4)
// comes back without it; the emulator's dialect does the same.
const DEEPSEEK = {
  brand: 'deepseek',
  expectReasoning: true,
  toolCallId: /^call_00_[A-Za-z0-9]{24}$/,
  reportsReasoningTokens: true,
  reasoningSentBack: 'reasoning-content',
  withoutReasoningBack: {
    settings: { providerOptions: { ccapi: { sendReasoning: false } } },
    status: 400,
    message: /The `reasoning_content` in the thinking mode must be passed back to the API\./,
  },
  brandFinishReasons: [['insufficient_system_resource', 'error']],
} as const;

// V3.2 as CCAPI names it: thinking only when asked (the reasoning option maps to
// thinking: enabled). Reasoning of earlier user turns is not sent (DeepSeek ignores it).
runChatConformance({
  ...DEEPSEEK,
  modelId: 'deepseek-v3.2',
  thinking: { reasoning: 'high' },
  thinkingRequest: { thinking: { type: 'enabled' }, reasoning_effort: undefined },
});

// The same switch through providerOptions, on the provider-prefixed V3.2 non-thinking id.
runChatConformance({
  ...DEEPSEEK,
  modelId: 'deepseek/deepseek-chat',
  thinking: { providerOptions: { ccapi: { thinking: true } } },
  thinkingRequest: { thinking: { type: 'enabled' } },
});

// V4 thinks by default and wants reasoning_content back in every later request, earlier user
// turns included; the reasoning option maps to reasoning_effort. A history saved without its
// reasoning still passes: the adapter back-fills an empty reasoning_content, which DeepSeek takes.
runChatConformance({
  ...DEEPSEEK,
  modelId: 'deepseek-v4-pro',
  thinking: { reasoning: 'max' },
  thinkingRequest: { thinking: { type: 'enabled' }, reasoning_effort: 'max' },
  keepsEarlierReasoning: true,
  historyWithoutReasoning: { accepted: true, sentReasoningContent: '' },
});
