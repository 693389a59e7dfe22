import { createCCAPI } from '@ccapi/ai-sdk-provider/ai-sdk-6';
import { startEmulator } from '@ccapi/emulator';
import { stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';

/**
 * The demo agent on AI SDK 6 (`ai@6`): a zod-typed tool, a two-step tool loop, streaming, the same
 * model ids as `pnpm demo` on AI SDK 7. The only differences from the AI SDK 7 demo are the import
 * path of the provider (`@ccapi/ai-sdk-provider/ai-sdk-6`) and AI SDK 6's own names (`system`,
 * `fullStream`, reasoning set through `providerOptions.ccapi.reasoning`). Live when CCAPI_API_KEY
 * is set, otherwise on the embedded emulator.
 */
const MODEL_IDS = (
  process.env.DEMO_MODELS ??
  'gpt-5,deepseek-v3.2,glm-5,minimax-m2.5,gemini-2.5-flash,claude-sonnet-4-6'
)
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);

const getWeather = tool({
  description: 'Get the current weather for a city',
  inputSchema: z.object({ city: z.string().describe('The city, e.g. Paris') }),
  execute: async ({ city }) => ({ city, temperature: 21, condition: 'sunny' }),
});

// Warnings are printed once per model below instead of through the AI SDK's console logger.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

async function main() {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator();
  const ccapi = live
    ? createCCAPI({ baseURL: process.env.CCAPI_BASE_URL })
    : createCCAPI({ baseURL: emulator!.baseURL, apiKey: emulator!.apiKey });

  console.log(
    live
      ? `AI SDK 6, calling the live CCAPI at ${process.env.CCAPI_BASE_URL ?? 'https://api.ccapi.ai/v1'}.`
      : `AI SDK 6. CCAPI_API_KEY is not set: running on the embedded emulator at ${emulator!.baseURL}.\n` +
          'Set CCAPI_API_KEY to run the same agent against the live API.',
  );

  let failures = 0;
  for (const modelId of MODEL_IDS) {
    console.log(`\n━━ ${modelId} ${'━'.repeat(Math.max(0, 60 - modelId.length))}`);
    try {
      const result = streamText({
        model: ccapi(modelId),
        system: 'You are a concise assistant. Use tools when they help.',
        prompt: 'What is the weather in Paris right now? Use get_weather.',
        tools: { get_weather: getWeather },
        stopWhen: stepCountIs(2),
        // AI SDK 6 has no top-level `reasoning` option; CCAPI reads the same levels here.
        providerOptions: { ccapi: { reasoning: 'low' } },
      });
      let inReasoning = false;
      for await (const part of result.fullStream) {
        switch (part.type) {
          case 'reasoning-delta':
            if (!inReasoning) process.stdout.write('\x1b[2m[thinking] ');
            inReasoning = true;
            process.stdout.write(part.text);
            break;
          case 'reasoning-end':
            if (inReasoning) process.stdout.write('\x1b[0m\n');
            inReasoning = false;
            break;
          case 'text-delta':
            process.stdout.write(part.text);
            break;
          case 'tool-call':
            console.log(`\n→ tool call ${part.toolName}(${JSON.stringify(part.input)})`);
            break;
          case 'tool-result':
            console.log(`← tool result ${JSON.stringify(part.output)}`);
            break;
          case 'error':
            console.log(
              `\n✗ ${part.error instanceof Error ? part.error.message : String(part.error)}`,
            );
            break;
        }
      }
      const usage = await result.totalUsage;
      const steps = await result.steps;
      const warnings = new Set(
        steps
          .flatMap((step) => step.warnings ?? [])
          .map((warning) => ('details' in warning && warning.details) || warning.type),
      );
      for (const warning of warnings) console.log(`\n⚠ ${warning}`);
      console.log(
        `\n[${steps.length} steps · finish: ${await result.finishReason} · tokens in ${usage.inputTokens ?? '?'} / out ${usage.outputTokens ?? '?'}` +
          `${usage.outputTokenDetails.reasoningTokens ? ` (reasoning ${usage.outputTokenDetails.reasoningTokens})` : ''}]`,
      );
    } catch (error) {
      failures++;
      console.log(`✗ ${modelId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  await emulator?.close();
  if (failures > 0) {
    console.log(`\n${failures} of ${MODEL_IDS.length} models failed.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
