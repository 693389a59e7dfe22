import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

const RELAY = {
  brand: 'gemini',
  expectReasoning: true,
  // CCAPI's relay makes its own call ids and injects a dummy thought signature itself: nothing of
  // the reasoning goes back, and there is nothing to withhold.
  toolCallId: /^call_[0-9a-f]{32}$/,
  reportsReasoningTokens: true,
  reasoningSentBack: 'nothing',
  skip: {
    reasoningRequiredBack: 'the relay signs tool calls itself; the client sends nothing back',
    brandFinishReasons: 'the relay maps Gemini’s finish reasons to stop, length and tool_calls',
  },
} as const;

// Gemini on the chat-completions route against the emulator's gemini dialect: CCAPI's relay
// shape (thinking via extra_body.google.thinking_config, whole tool calls), for a budget model
// (2.5) and a level model (3).
runChatConformance({
  ...RELAY,
  modelId: 'gemini-2.5-flash',
  thinking: { reasoning: 'medium' },
  thinkingRequest: {
    extra_body: { google: { thinking_config: { thinking_budget: 8192, include_thoughts: true } } },
    reasoning_effort: undefined,
  },
});

runChatConformance({
  ...RELAY,
  modelId: 'gemini-3-pro-preview',
  thinking: { reasoning: 'high' },
  thinkingRequest: {
    extra_body: { google: { thinking_config: { thinking_level: 'high', include_thoughts: true } } },
    reasoning_effort: undefined,
  },
});

// Google's own OpenAI-compat shape on a pass-through channel (emulator suffix `~passthrough`): no
// index, `stop` after tool calls, thought signatures that Gemini 3 requires back on each call.
// Thought summaries are not rendered in that shape (unverified), so no reasoning text is expected.
runChatConformance({
  brand: 'gemini',
  modelId: 'gemini-3-pro-preview~passthrough',
  thinking: { reasoning: 'high' },
  expectReasoning: false,
  toolCallId: /^function-call-\d+$/,
  reportsReasoningTokens: false,
  // Google's compat stream says `stop` after tool calls; its non-stream body says `tool_calls`.
  toolCallsRawFinishReason: { streamText: 'stop' },
  reasoningSentBack: 'thought-signature',
  keepsEarlierReasoning: true,
  // A client that drops provider metadata when it stores the conversation loses the signature.
  withoutReasoningBack: {
    stripProviderMetadata: true,
    status: 400,
    message:
      /Function call is missing a thought_signature in functionCall parts\. .*function call `default_api:get_weather` , position 2/,
  },
  skip: {
    brandFinishReasons:
      'Google’s compat layer maps its finish reasons to stop, length and tool_calls',
  },
});
