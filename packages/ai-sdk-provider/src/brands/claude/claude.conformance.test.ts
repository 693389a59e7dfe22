import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

// Claude on the chat-completions route (`ccapi.chat`), against the emulator's claude dialect,
// which answers Anthropic's 400s for thinking tool loops, sampling and max_tokens the way CCAPI's
// relay forwards them. The tool loop with thinking passes because the adapter drops thinking on
// tool-loop follow-ups (docs/brands/claude.md).
runChatConformance({
  brand: 'claude',
  modelId: 'claude-sonnet-4-6',
  thinking: { reasoning: 'medium' },
  expectReasoning: true,
});
