import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// V3.2 as CCAPI names it: thinking only when asked (the reasoning option maps to
// thinking: enabled). The tool loop passes only if reasoning_content goes back on the tool-call
// turn of the current user question (the dialect answers DeepSeek's 400 otherwise).
runChatConformance({
  brand: 'deepseek',
  modelId: 'deepseek-v3.2',
  thinking: { reasoning: 'high' },
  expectReasoning: true,
});

// The same switch through providerOptions, on the provider-prefixed V3.2 non-thinking id.
runChatConformance({
  brand: 'deepseek',
  modelId: 'deepseek/deepseek-chat',
  thinking: { providerOptions: { ccapi: { thinking: true } } },
  expectReasoning: true,
});

// V4 thinks by default and wants reasoning_content back in every later request, earlier user
// turns included; the reasoning option maps to reasoning_effort.
runChatConformance({
  brand: 'deepseek',
  modelId: 'deepseek-v4-pro',
  thinking: { reasoning: 'max' },
  expectReasoning: true,
});
