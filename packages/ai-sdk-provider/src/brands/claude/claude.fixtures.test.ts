import { generateText, jsonSchema, stepCountIs, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { loadFixture, useFixtureServer } from '../../../test/fixture-server';
import { replayBrandFixtures } from '../../../test/fixtures/replay-brand-fixtures';

// The Claude captures on the chat-completions route. REFERENCE-* files are other gateways'
// conventions (OpenRouter, Vercel AI Gateway): they must parse, and their turn-2 requests show
// what those gateways need back.
const THINKING = {
  // The gateway recorded `reasoning: {enabled: true}`; ours is the top-level option.
  settings: { reasoning: 'medium' },
  expect: ({ sent, steps, recordedRequests }: any) => {
    // Thinking the way CCAPI's relay understands it, with room above the 2048-token budget…
    expect(sent[0].reasoning_effort).toBe('medium');
    expect(sent[0].max_tokens).toBeGreaterThan(2048);
    // …and kept on the follow-up: the gateway handed out signed reasoning_details, which go back
    // verbatim, so thinking may continue the loop.
    expect(sent[1].reasoning_effort).toBe('medium');
    const reasoning = steps[0].content.find((part: any) => part.type === 'reasoning');
    expect(reasoning.providerMetadata.ccapi.reasoningDetails).toEqual(
      recordedRequests[1].messages[2].reasoning_details,
    );
  },
};

replayBrandFixtures({
  brand: 'claude',
  fixtures: new URL('./__fixtures__/', import.meta.url),
  cases: {
    'claude-haiku-4.5_via-anthropic-to-openai-gateway__tool_calls-index-starts-at-1__sanitized.sse':
      { modelId: 'claude-haiku-4-5' },
    'REFERENCE-vercel-ai-gateway_claude-sonnet-4_thinking-tool-loop': THINKING,
    'REFERENCE-vercel-ai-gateway_claude-sonnet-4_thinking-tool-loop_stream__reasoning_details-signature':
      THINKING,
  },
});

describe('Claude fixtures: sendReasoning false', () => {
  const loopback = useFixtureServer();

  it('keeps signed reasoning_details off the follow-up, and then drops thinking with a warning', async () => {
    const prefix = new URL(
      './__fixtures__/REFERENCE-vercel-ai-gateway_claude-sonnet-4_thinking-tool-loop',
      import.meta.url,
    ).pathname;
    loopback.server.respond(
      loadFixture(`${prefix}__turn1of2.response.json`),
      loadFixture(`${prefix}__turn2of2.response.json`),
    );
    const result = await generateText({
      model: loopback.ccapi.chat('anthropic/claude-sonnet-4'),
      prompt: "What's the weather in Florence, Italy?",
      tools: {
        weather: tool({
          inputSchema: jsonSchema<{ location: string }>({
            type: 'object',
            properties: { location: { type: 'string' } },
            required: ['location'],
          }),
          execute: async () => '40 C',
        }),
      },
      reasoning: 'medium',
      providerOptions: { ccapi: { sendReasoning: false } },
      stopWhen: stepCountIs(2),
    });
    expect(result.steps).toHaveLength(2);
    const second = loopback.server.requests[1]?.body;
    expect(second.messages[1].reasoning_details).toBeUndefined();
    // Without signatures the relay cannot continue with thinking: it is dropped, with a warning.
    expect(second.reasoning_effort).toBeUndefined();
    expect(JSON.stringify(result.steps[1]?.warnings)).toMatch(/ccapi\.messages/);
  });
});
