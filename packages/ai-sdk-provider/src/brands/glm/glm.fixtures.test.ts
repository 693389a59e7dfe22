import { expect } from 'vitest';
import { replayBrandFixtures } from '../../../test/fixtures/replay-brand-fixtures';

// The GLM captures. `zai-*` are Z.ai's Coding Plan endpoint, whose bodies CCAPI's Zhipu channel
// passes through unchanged; the REFERENCE-* pair is OpenRouter serving GLM (a gateway convention:
// `reasoning` + `reasoning_details`, SSE comments, a duplicated finish chunk).

/** glm-4.7 has no effort levels: the recorded client sent reasoning_effort, which CCAPI's Zhipu
 * channel drops; we switch thinking on, which the channel keeps. */
const THINKING = {
  expect: ({ sent }: { sent: any[] }) => {
    for (const body of sent) {
      expect(body.thinking).toEqual({ type: 'enabled' });
      expect(body.reasoning_effort).toBeUndefined();
    }
  },
};

const FULL_REASONING =
  'The user wants to know the weather in Florence, Italy. Let me call the weather function.';

replayBrandFixtures({
  brand: 'glm',
  fixtures: new URL('./__fixtures__/', import.meta.url),
  cases: {
    'zai-glm-4.7-flash_coding-endpoint_thinking-tool-loop': THINKING,
    'zai-glm-4.7-flash_coding-endpoint_thinking-tool-loop_stream': THINKING,
    'REFERENCE-openrouter_glm_tool-loop_stream__reasoning+reasoning_details': {
      turn2Differs: {
        reasoning_content: 'GLM’s own field, sent for upstreams that read it; the gateway has none',
        reasoning_details: 'the recorded client lost the first delta ("The"); ours are complete',
      },
      expect: ({ sent, steps, recordedRequests }) => {
        // OpenRouter's own `usage: {include: true}` switch is not part of our wire.
        expect(sent[0].usage).toBeUndefined();
        // Reasoning once, although both `reasoning` and `reasoning_details` carry it.
        expect(steps[0].reasoningText).toBe(FULL_REASONING);
        const details = [
          { type: 'reasoning.text', text: FULL_REASONING, format: 'unknown', index: 0 },
        ];
        const reasoning = steps[0].content.find((part: any) => part.type === 'reasoning');
        expect(reasoning.providerMetadata.ccapi.reasoningDetails).toEqual(details);
        const assistant = sent[1].messages[2];
        expect(assistant.reasoning_content).toBe(FULL_REASONING);
        expect(assistant.reasoning_details).toEqual(details);
        const recorded = recordedRequests[1]?.messages[2].reasoning_details[0];
        expect(FULL_REASONING.endsWith(recorded.text)).toBe(true);
        expect(assistant.reasoning_details[0]).toMatchObject({
          type: recorded.type,
          format: recorded.format,
          index: recorded.index,
        });
      },
    },
  },
});
