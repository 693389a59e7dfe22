import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

runChatConformance({
  brand: 'openai',
  modelId: 'gpt-5',
  thinking: { reasoning: 'high' },
  // OpenAI's chat completions returns only reasoning_tokens, never reasoning text.
  expectReasoning: false,
  // The emulator's OpenAI dialect keeps reasoning_tokens at 0.
  reportsReasoningTokens: false,
  reasoningSentBack: 'nothing',
  thinkingRequest: { reasoning_effort: 'high' },
  skip: {
    reasoningRequiredBack: 'OpenAI chat completions returns no reasoning to send back',
    brandFinishReasons: 'OpenAI’s own finish reasons are the common ones',
  },
});
