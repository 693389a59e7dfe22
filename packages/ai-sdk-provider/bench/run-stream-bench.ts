import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV4, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { generateText, streamText, tool } from 'ai';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { z } from 'zod';
import { buildBenchStream, responseFrom, toNetworkChunks } from './build-bench-stream';

/**
 * `pnpm bench`: the same recorded-style stream (≥10,000 chunks) through our doStream, through
 * @ai-sdk/openai-compatible's chat model, and through a floor (eventsource-parser + JSON.parse),
 * in one process, with no network: each contender gets the bytes from an in-memory fetch.
 *
 * It measures the built package (`dist/`, what users install), not the sources: the TypeScript
 * loader that runs the sources adds per-call work of its own. The root `pnpm bench` builds first.
 */
const CHUNKS = { reasoningChunks: 5000, textChunks: 4000, toolArgumentChunks: 1200 };
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STREAM_TEXT_RUNS = Math.max(5, Math.floor(RUNS / 2));
// A tool the stream's two calls name, so streamText parses and validates them like an app would.
const benchTools = {
  get_weather: tool({
    inputSchema: z.object({ city: z.string(), unit: z.string() }),
  }),
};

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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Runs contenders interleaved (so GC and CPU drift hit all alike) and returns their medians. */
async function race(
  contenders: Record<string, () => Promise<unknown>>,
  runs: number,
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < WARMUP; i++) for (const run of Object.values(contenders)) await run();
  const entries = Object.entries(contenders);
  for (let i = 0; i < runs; i++) {
    // A contender pays for the garbage the one before it left, so every other round runs in
    // reverse: no contender always follows the same one.
    const ordered = i % 2 === 0 ? entries : [...entries].reverse();
    for (const [name, run] of ordered) {
      const started = performance.now();
      await run();
      const elapsed = performance.now() - started;
      if (samples[name] == null) samples[name] = [elapsed];
      else samples[name].push(elapsed);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, median(values)]),
  );
}

const ms = (value: number | undefined) => `${value!.toFixed(1).padStart(8)} ms`;
const ratio = (a: number | undefined, b: number | undefined) => `${(a! / b!).toFixed(2)}x`;

// 1. The stream path alone: doStream read to the end.
const stream = await race(contenders, RUNS);
console.log(
  `stream: ${eventCount} SSE events, ${(text.length / 1024 / 1024).toFixed(2)} MiB, ${networkChunks.length} network chunks; ${RUNS} runs after ${WARMUP} warm-ups (median)`,
);
console.log(`  ccapi              ${ms(stream.ccapi)}`);
console.log(`  openai-compatible  ${ms(stream['openai-compatible'])}`);
console.log(`  floor (eventsource-parser + JSON.parse) ${ms(stream.floor)}`);
console.log(
  `ratios: ccapi / openai-compatible = ${ratio(stream.ccapi, stream['openai-compatible'])} (target ≤ 0.35x); ccapi / floor = ${ratio(stream.ccapi, stream.floor)} (target ≤ 1.00x)`,
);

// 2. The same answer through streamText, read to the end: what the app waits for.
const throughStreamText = (model: LanguageModelV4) => async () => {
  const result = streamText({ model, prompt: 'Weather in Paris?', tools: benchTools });
  for await (const _part of result.fullStream);
};
const viaStreamText = await race(
  {
    ccapi: throughStreamText(ours),
    'openai-compatible': throughStreamText(openaiCompatible),
  },
  STREAM_TEXT_RUNS,
);
console.log(`streamText, the same answer (fullStream read to the end; ${STREAM_TEXT_RUNS} runs)`);
console.log(`  ccapi              ${ms(viaStreamText.ccapi)}`);
console.log(`  openai-compatible  ${ms(viaStreamText['openai-compatible'])}`);
console.log(
  `ratio: ccapi / openai-compatible = ${ratio(viaStreamText.ccapi, viaStreamText['openai-compatible'])} (target ≤ 0.30x)`,
);

// 3. Per-request cost: many small calls (a short answer), generateText and streamText.
const small = buildBenchStream({ reasoningChunks: 0, textChunks: 8, toolArgumentChunks: 0 });
const smallFetch = async () => responseFrom(toNetworkChunks(small));
const smallJson = JSON.stringify({
  id: 'chatcmpl-small',
  object: 'chat.completion',
  created: 1_765_000_000,
  model: 'deepseek-v3.2',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hello!' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
});
const smallJsonFetch = async () =>
  new Response(smallJson, { headers: { 'content-type': 'application/json' } });
const smallModels = (fetch: () => Promise<Response>) => ({
  ccapi: createCCAPI({ apiKey: BENCH_KEY, fetch }).chat('deepseek-v3.2'),
  'openai-compatible': createOpenAICompatible({
    name: 'bench',
    baseURL: 'https://bench.invalid/v1',
    apiKey: 'bench',
    fetch,
    includeUsage: true,
  }).chatModel('deepseek-v3.2'),
});
const CALLS = 500;
const many = (call: () => Promise<unknown>) => async () => {
  for (let i = 0; i < CALLS; i++) await call();
};
const generateModels = smallModels(smallJsonFetch);
const streamModels = smallModels(smallFetch);
// generateText and streamText race separately: a big streamText run before a small
// generateText run would charge its garbage collection to the wrong contender.
const perRequest = {
  ...(await race(
    {
      'generateText ccapi': many(() => generateText({ model: generateModels.ccapi, prompt: 'hi' })),
      'generateText openai-compatible': many(() =>
        generateText({ model: generateModels['openai-compatible'], prompt: 'hi' }),
      ),
    },
    RUNS,
  )),
  ...(await race(
    {
      'streamText ccapi': many(async () => {
        for await (const _part of streamText({ model: streamModels.ccapi, prompt: 'hi' })
          .fullStream);
      }),
      'streamText openai-compatible': many(async () => {
        for await (const _part of streamText({
          model: streamModels['openai-compatible'],
          prompt: 'hi',
        }).fullStream);
      }),
    },
    RUNS,
  )),
};
console.log(`per request: ${CALLS} small calls in a row (median time per call)`);
for (const kind of ['generateText', 'streamText']) {
  const oursPerCall = perRequest[`${kind} ccapi`]! / CALLS;
  const theirsPerCall = perRequest[`${kind} openai-compatible`]! / CALLS;
  console.log(
    `  ${kind.padEnd(12)} ccapi ${oursPerCall.toFixed(3)} ms, openai-compatible ${theirsPerCall.toFixed(3)} ms: ${(oursPerCall / theirsPerCall).toFixed(2)}x (target ≤ 1.00x)`,
  );
}

// 4. Linear time on long lines: one 4 MB delta, and 50,000 tool calls at finish.
const head = '{"id":"c","model":"deepseek-v3.2","choices":[{"index":0,"delta":';
const longLine = `data: ${head}{"content":"${'A'.repeat(4 * 1024 * 1024)}"}}]}\n\ndata: ${head}{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n`;
const calls = Array.from({ length: 50_000 }, (_, i) => ({
  index: i,
  id: `call_${i}`,
  type: 'function',
  function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
}));
const burst = `data: ${head}{"tool_calls":${JSON.stringify(calls)}},"finish_reason":"tool_calls"}]}\n\ndata: [DONE]\n\n`;
const drainBytes = (bytes: string, size: number) => async () => {
  const chunks = toNetworkChunks(bytes, size);
  await drainModel(
    createCCAPI({ apiKey: BENCH_KEY, fetch: async () => responseFrom(chunks) }).chat(
      'deepseek-v3.2',
    ),
  );
};
const linear = await race(
  {
    'long line, 256 KB reads': drainBytes(longLine, 256 * 1024),
    'long line, 1 KB reads': drainBytes(longLine, 1024),
    'tool-call burst, 64 KB reads': drainBytes(burst, 64 * 1024),
  },
  3,
);
console.log('long lines (ccapi doStream read to the end)');
for (const [name, value] of Object.entries(linear))
  console.log(`  ${name.padEnd(30)} ${ms(value)}`);
console.log(
  `ratio: 1 KB reads / 256 KB reads = ${ratio(linear['long line, 1 KB reads'], linear['long line, 256 KB reads'])} (about 1x when linear)`,
);
