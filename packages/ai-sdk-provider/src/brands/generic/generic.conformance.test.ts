import { runChatConformance } from '../../../test/conformance/run-chat-conformance';

runChatConformance({
  brand: 'generic',
  modelId: 'kimi-k2-thinking',
  thinking: { reasoning: 'high' },
  // The emulator's generic dialect is OpenAI-shaped and returns no reasoning text.
  expectReasoning: false,
  reasoningSentBack: 'nothing',
  skip: {
    reasoningRequiredBack: 'the generic dialect returns no reasoning, so none is needed back',
    brandFinishReasons: 'a model no brand claims has only OpenAI’s finish reasons',
  },
});
