import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// Gemini on the chat-completions route against the emulator's gemini dialect: CCAPI's relay
// shape (thinking via extra_body.google.thinking_config, whole tool calls), for a budget model
// (2.5) and a level model (3).
runChatConformance({
  brand: 'gemini',
  modelId: 'gemini-2.5-flash',
  thinking: { reasoning: 'medium' },
  expectReasoning: true,
});

runChatConformance({
  brand: 'gemini',
  modelId: 'gemini-3-pro-preview',
  thinking: { reasoning: 'high' },
  expectReasoning: true,
});

// Google's own OpenAI-compat shape on a pass-through channel: no index, `stop` after tool calls,
// thought signatures that Gemini 3 requires back on each call. Thought summaries are not rendered
// in that shape (unverified), so no reasoning text is expected.
runChatConformance({
  brand: 'gemini',
  modelId: 'gemini-3-pro-preview~passthrough',
  thinking: { reasoning: 'high' },
  expectReasoning: false,
});
