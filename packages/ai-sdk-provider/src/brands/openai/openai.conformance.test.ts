import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

runChatConformance({
  brand: 'openai',
  modelId: 'gpt-5',
  thinking: { reasoning: 'high' },
  // OpenAI's chat completions returns only reasoning_tokens, never reasoning text.
  expectReasoning: false,
});
