import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// Claude on the chat-completions route (`ccapi.chat`), against the emulator's claude dialect,
// which answers Anthropic's 400s for thinking tool loops, sampling and max_tokens the way CCAPI's
// relay forwards them. The tool loop with thinking passes because the adapter drops thinking on
// tool-loop follow-ups (docs/brands/claude.md): the relay cannot carry signed thinking back, so
// nothing of the reasoning goes back either.
runChatConformance({
  brand: 'claude',
  modelId: 'claude-sonnet-4-6',
  thinking: { reasoning: 'medium' },
  expectReasoning: true,
  toolCallId: /^toolu_01/,
  // Anthropic reports no thinking tokens apart, and the relay adds none.
  reportsReasoningTokens: false,
  reasoningSentBack: 'nothing',
  // Thinking as the relay understands it, with room above the 2048-token budget.
  thinkingRequest: { reasoning_effort: 'medium', max_tokens: 8192, thinking: undefined },
  toolResultRequest: { reasoning_effort: undefined },
  toolResultWarning: /ccapi\.messages\('claude-sonnet-4-6'\).*api: 'messages'/,
  // Without the adapter's guard (the generic adapter forced) Anthropic's rule applies.
  withoutReasoningBack: {
    modelSettings: { brand: 'generic' },
    status: 400,
    message: /Expected `thinking` or `redacted_thinking`, but found `text`/,
  },
  skip: {
    brandFinishReasons: 'the relay maps Anthropic’s stop reasons to stop, length and tool_calls',
  },
});
