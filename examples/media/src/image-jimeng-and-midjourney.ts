import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { generateImage } from 'ai';

/**
 * The two image routes that are tasks: Jimeng (`CVSync2AsyncSubmitTask`, then
 * `CVSync2AsyncGetResult`) and Midjourney imagine (`/mj/submit/imagine`, then
 * `/mj/task/{id}/fetch`), with a ticker while each task runs and Midjourney's upscale/variation
 * buttons at the end. Live when CCAPI_API_KEY is set, otherwise on the embedded emulator.
 * Writes `output/jimeng.png` and `output/midjourney-grid.png`.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/image-jimeng-and-midjourney.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator({ taskDurationMs: 2_000 });
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
    await mkdir('output', { recursive: true });

    const jimeng = await whileWaiting('Jimeng', () =>
      generateImage({
        model: ccapi.imageModel('jimeng_t2i_v40'),
        prompt: 'A tea house in the mountains, morning mist',
        size: '1328x1328',
        providerOptions: { ccapi: { pollIntervalMs: emulator ? 500 : 2_000 } },
      }),
    );
    await writeFile(join('output', 'jimeng.png'), jimeng.image.uint8Array);
    console.log('  Jimeng:', jimeng.providerMetadata.ccapi?.images[0]);

    const midjourney = await whileWaiting('Midjourney', () =>
      generateImage({
        model: ccapi.imageModel('midjourney'),
        prompt: 'a koi pond in autumn, ukiyo-e',
        aspectRatio: '3:2',
        providerOptions: { ccapi: { pollIntervalMs: emulator ? 500 : 3_000 } },
      }),
    );
    await writeFile(join('output', 'midjourney-grid.png'), midjourney.image.uint8Array);
    const grid = midjourney.providerMetadata.ccapi?.images[0] as {
      taskId: string;
      buttons: Array<{ customId: string; label: string; emoji: string }>;
    };
    console.log(`  Midjourney task ${grid.taskId}; follow-ups for POST /mj/submit/action:`);
    for (const button of grid.buttons) {
      console.log(`    ${button.label || button.emoji}  ${button.customId}`);
    }
  } finally {
    await emulator?.close();
  }
}

/** Prints the seconds elapsed while a task runs. */
async function whileWaiting<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`${name}: submitted, polling…`);
  const ticker = setInterval(
    () => console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`),
    1_000,
  );
  try {
    return await run();
  } finally {
    clearInterval(ticker);
    console.log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
