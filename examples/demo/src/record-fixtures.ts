import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';

/**
 * `pnpm fixtures:record`: runs the scenarios the brand pages list as
 * not yet verified (docs/brands/*.md) against the live CCAPI and saves each
 * request and raw response in the fixture format (`<model>_<scenario>__turnNofM.request.json`,
 * `.response.sse` / `.response.json`) under `output/fixtures/<model>/`, with secrets stripped.
 * Needs CCAPI_API_KEY; nothing is sent anywhere else. Copy what you want to keep into
 * `packages/ai-sdk-provider/src/brands/<brand>/__fixtures__/` with a SOURCES.md entry.
 */
const apiKey = process.env.CCAPI_API_KEY;
if (!apiKey) {
  console.error(
    'CCAPI_API_KEY is not set: the recorder only records live traffic. Set it and run again.',
  );
  process.exit(1);
}

const MODEL_IDS = (
  process.env.RECORD_MODELS ??
  'gpt-5,deepseek-v3.2,glm-5,minimax-m2.5,gemini-2.5-flash,gemini-3-pro-preview,claude-sonnet-4-6'
)
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const outputRoot = join(process.cwd(), 'output', 'fixtures');

interface Capture {
  request: unknown;
  response: string;
  contentType: string;
  status: number;
}

function redact(text: string): string {
  return text.split(apiKey!).join('[redacted]');
}

function recordingFetch(captures: Capture[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const body = await response.text();
    let request: unknown = init?.body;
    try {
      request = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
    } catch {
      // keep the raw body
    }
    captures.push({
      request,
      response: body,
      contentType: response.headers.get('content-type') ?? '',
      status: response.status,
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

function save(modelId: string, scenario: string, captures: Capture[]) {
  captures.forEach((capture, index) => {
    const base = join(
      outputRoot,
      modelId.replace(/\//g, '_'),
      `${modelId.replace(/\//g, '_')}_${scenario}__turn${index + 1}of${captures.length}`,
    );
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.request.json`, `${redact(JSON.stringify(capture.request, null, 2))}\n`);
    const extension = capture.contentType.includes('event-stream') ? 'sse' : 'json';
    writeFileSync(`${base}.response.${extension}`, redact(capture.response));
    console.log(`  saved ${base}.{request.json,response.${extension}} (status ${capture.status})`);
  });
}

const weather = tool({
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});
const time = tool({
  description: 'Get the local time for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, time: '09:30' }),
});

const scenarios: Record<
  string,
  (model: ReturnType<ReturnType<typeof createCCAPI>>) => PromiseLike<unknown>
> = {
  text: (model) => generateText({ model, prompt: 'Say hello in five words.' }),
  text_stream: (model) => streamText({ model, prompt: 'Say hello in five words.' }).text,
  'thinking-tool-loop_stream': (model) =>
    streamText({
      model,
      prompt: 'What is the weather in Paris? Use get_weather.',
      tools: { get_weather: weather },
      stopWhen: stepCountIs(2),
      reasoning: 'medium',
    }).text,
  'parallel-tools_stream': (model) =>
    streamText({
      model,
      prompt: 'Use get_weather and get_time for Paris, in parallel.',
      tools: { get_weather: weather, get_time: time },
      stopWhen: stepCountIs(2),
    }).text,
};

for (const modelId of MODEL_IDS) {
  console.log(`\n${modelId}`);
  for (const [scenario, run] of Object.entries(scenarios)) {
    const captures: Capture[] = [];
    const ccapi = createCCAPI({
      apiKey,
      baseURL: process.env.CCAPI_BASE_URL,
      fetch: recordingFetch(captures),
    });
    try {
      await run(ccapi.chat(modelId));
    } catch (error) {
      console.log(`  ${scenario}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (captures.length > 0) save(modelId, scenario, captures);
  }
}
