import { expect } from 'vitest';
import { replayBrandFixtures } from '../../../test/fixtures/replay-brand-fixtures';

// The Gemini captures on the chat-completions route. The `gemini-2.5-flash-preview_openai-compat_*`
// captures are Google's own OpenAI-compat layer (what a pass-through channel forwards);
// REFERENCE-* files are other gateways' conventions (OpenRouter, Vercel AI Gateway).
const thinkingRequest = ({ sent }: { sent: any[] }) => {
  // Our wire: thinking through extra_body (what CCAPI's Gemini relay reads), never both level and
  // budget, never reasoning_effort.
  expect(sent[0].extra_body).toEqual({
    google: { thinking_config: { thinking_level: 'high', include_thoughts: true } },
  });
  expect(sent[0].reasoning_effort).toBeUndefined();
};

replayBrandFixtures({
  brand: 'gemini',
  fixtures: new URL('./__fixtures__/', import.meta.url),
  cases: {
    'gemini-2.5-flash-preview_openai-compat_with-params__nonstream.json': {
      settings: {
        prompt: 'Name three planets',
        temperature: 0.7,
        topP: 0.9,
        maxOutputTokens: 50,
        stopSequences: ['END'],
        seed: 42,
      },
      expect: ({ sent, warnings }) => {
        expect(sent[0]).toMatchObject({
          temperature: 0.7,
          top_p: 0.9,
          max_tokens: 50,
          stop: ['END'],
          seed: 42,
        });
        expect(sent[0].extra_body).toBeUndefined();
        expect(sent[0].reasoning_effort).toBeUndefined();
        expect(warnings).toEqual([]);
      },
    },
    'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_parallel-tools_stream': {
      expect: ({ steps, sent }) => {
        // The gateway reports more reasoning than completion tokens: text never goes negative.
        expect(steps[0].usage.outputTokenDetails.textTokens).toBe(0);
        expect(
          sent[1].messages[2].tool_calls.every((call: any) => call.extra_content == null),
        ).toBe(true);
      },
    },
    'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_thinking-tool-loop': {
      settings: { reasoning: 'high' },
      turn2Differs: {
        reasoning_details: 'the recording adds an empty encrypted entry the response never held',
      },
      expect: ({ sent, recordedRequests, steps }) => {
        thinkingRequest({ sent });
        const recordedDetails = recordedRequests[1]?.messages[2].reasoning_details;
        expect(sent[1].messages[2].reasoning_details).toEqual(
          recordedDetails.filter((detail: any) => detail.type === 'reasoning.text'),
        );
        const reasoning = steps[0].content.find((part: any) => part.type === 'reasoning');
        expect(reasoning.providerMetadata.ccapi.reasoningDetails).toEqual(
          sent[1].messages[2].reasoning_details,
        );
      },
    },
    'REFERENCE-vercel-ai-gateway_gemini-3-pro-preview_thinking-tool-loop_stream__reasoning_details-encrypted-signature':
      {
        settings: { reasoning: 'high' },
        turn2Differs: {
          reasoning_details:
            'the recorded client sent back only the encrypted signature; we send every entry received',
        },
        expect: ({ sent, recorded, recordedRequests }) => {
          thinkingRequest({ sent });
          const details = sent[1].messages[2].reasoning_details;
          // The reasoning text that came with the reasoning…
          expect(details[0]).toMatchObject({
            type: 'reasoning.text',
            text: recorded[0]?.reasoning,
          });
          // …and the encrypted signature that came after the tool call closed the reasoning.
          expect(details[1]).toEqual(recordedRequests[1]?.messages[2].reasoning_details[0]);
          expect(details).toHaveLength(2);
        },
      },
  },
});
