import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV4, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { createCCAPI } from '../src/ccapi-provider';
import { buildBenchStream, responseFrom, toNetworkChunks } from './build-bench-stream';

/**
 * `pnpm bench`: the same recorded-style stream (≥10,000 chunks) through our doStream, through
 * @ai-sdk/openai-compatible's chat model, and through a floor (eventsource-parser + JSON.parse),
 * in one process, with no network: each contender gets the bytes from an in-memory fetch.
 */
const CHUNKS = { reasoningChunks: 5000, textChunks: 4000, toolArgumentChunks: 1200 };
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const text = buildBenchStream(CHUNKS);
const networkChunks = toNetworkChunks(text);
const eventCount = text.split('\n\n').filter((frame) => frame.startsWith('data:')).length;
const fetchFromMemory = async () => responseFrom(networkChunks);
// A key of realistic length, so the provider's redaction of answers is part of what is measured.
const BENCH_KEY = process.env.BENCH_KEY ?? 'sk-bench-0123456789abcdefghijklmnopqrstuvwxyzABCD';

const callOptions: LanguageModelV4CallOptions = {
  prompt: [{ role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] }],
  tools: [
    {
      type: 'function',
      name: 'get_weather',
      inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
    },
  ],
};

const ours = createCCAPI({ apiKey: BENCH_KEY, fetch: fetchFromMemory }).chat('deepseek-v3.2');
const openaiCompatible = createOpenAICompatible({
  name: 'bench',
  baseURL: 'https://bench.invalid/v1',
  apiKey: 'bench',
  fetch: fetchFromMemory,
  includeUsage: true,
}).chatModel('deepseek-v3.2');

async function drainModel(model: LanguageModelV4): Promise<number> {
  const { stream } = await model.doStream(callOptions);
  const reader = stream.getReader();
  let parts = 0;
  for (;;) {
    const { done } = await reader.read();
    if (done) return parts;
    parts++;
  }
}

async function drainFloor(): Promise<number> {
  const stream = responseFrom(networkChunks)
    .body!.pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream());
  const reader = stream.getReader();
  let events = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return events;
    if (value.data !== '[DONE]') JSON.parse(value.data);
    events++;
  }
}

const contenders: Record<string, () => Promise<number>> = {
  ccapi: () => drainModel(ours),
  'openai-compatible': () => drainModel(openaiCompatible),
  floor: drainFloor,
};

async function time(run: () => Promise<number>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const samples: Record<string, number[]> = { ccapi: [], 'openai-compatible': [], floor: [] };
for (let i = 0; i < WARMUP; i++) for (const run of Object.values(contenders)) await run();
for (let i = 0; i < RUNS; i++) {
  // Interleave contenders so drift (GC, CPU frequency) hits them alike.
  for (const [name, run] of Object.entries(contenders)) samples[name]!.push(await time(run));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const ccapiMs = median(samples.ccapi!);
const compatibleMs = median(samples['openai-compatible']!);
const floorMs = median(samples.floor!);

console.log(
  `stream: ${eventCount} SSE events, ${(text.length / 1024 / 1024).toFixed(2)} MiB, ${networkChunks.length} network chunks; ${RUNS} runs after ${WARMUP} warm-ups (median)`,
);
console.log(`  ccapi              ${ccapiMs.toFixed(1).padStart(8)} ms`);
console.log(`  openai-compatible  ${compatibleMs.toFixed(1).padStart(8)} ms`);
console.log(`  floor (eventsource-parser + JSON.parse) ${floorMs.toFixed(1).padStart(8)} ms`);
console.log(
  `ratios: ccapi / openai-compatible = ${(ccapiMs / compatibleMs).toFixed(2)}x (target ≤ 0.35x); ccapi / floor = ${(ccapiMs / floorMs).toFixed(2)}x (target ≤ 1.00x)`,
);
