import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { describe, expect, it } from 'vitest';
import { buildBenchStream, responseFrom, toNetworkChunks } from '../bench/build-bench-stream';
import { createCCAPI } from '../src/ccapi-provider';
import { collectStream, joinDeltas } from './collect-stream';

// Not a timing test: it checks that the benchmark's stream is parsed completely, so the figures
// in docs/benchmarks.md compare equal work.
describe('benchmark stream', () => {
  it('our model and openai-compatible read the same text, reasoning and tool calls from it', async () => {
    const chunks = toNetworkChunks(
      buildBenchStream({ reasoningChunks: 50, textChunks: 40, toolArgumentChunks: 20 }),
    );
    const fetch = async () => responseFrom(chunks);
    const options = {
      prompt: [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }],
    };
    const ours = await collectStream(
      (await createCCAPI({ apiKey: 'k', fetch }).chat('deepseek-v3.2').doStream(options)).stream,
    );
    const theirs = await collectStream(
      (
        await createOpenAICompatible({ name: 'x', baseURL: 'https://x.invalid/v1', fetch })
          .chatModel('deepseek-v3.2')
          .doStream(options)
      ).stream,
    );
    for (const type of ['text-delta', 'reasoning-delta'] as const) {
      expect(joinDeltas(ours, type)).toBe(joinDeltas(theirs, type));
      expect(joinDeltas(ours, type).length).toBeGreaterThan(0);
    }
    const calls = (parts: typeof ours) =>
      parts
        .filter((part) => part.type === 'tool-call')
        .map((part) => part.type === 'tool-call' && part.input);
    expect(calls(ours)).toEqual(calls(theirs));
    expect(calls(ours)).toHaveLength(2);
    expect(ours.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'tool-calls' } });
  });
});
