import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { experimental_generateVideo as generateVideo } from 'ai';

/**
 * Text to video on CCAPI's generic video route (Seedance here; Vidu, Sora and Veo work the same),
 * with a progress line while the task runs. Live when CCAPI_API_KEY is set, otherwise on the
 * embedded emulator, whose task takes a few seconds so the progress is visible. Writes
 * `output/seedance.mp4`.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/video-text-to-video.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator({ taskDurationMs: 3_000 });
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });

    const model = ccapi
      .videoModel(process.env.VIDEO_MODEL ?? 'bytedance/seedance-2.0')
      .withSettings({
        // Against the emulator, poll often so the seconds-long task shows several steps.
        ...(emulator ? { pollIntervalMs: 400, maxPollIntervalMs: 800 } : {}),
        onProgress: ({ taskId, status, progress, elapsedMs }) => {
          const percent = progress ?? 0;
          const bar = '#'.repeat(Math.round(percent / 5)).padEnd(20, '.');
          console.log(
            `  [${bar}] ${String(percent).padStart(3)}% ${status} (${taskId}, ${(elapsedMs / 1000).toFixed(1)} s)`,
          );
        },
      });

    console.log(
      `${live ? 'Live CCAPI' : `Emulator at ${emulator?.baseURL}`}: generating ${model.modelId}…`,
    );
    const { video, warnings, providerMetadata } = await generateVideo({
      model,
      prompt: 'A paper boat drifting down a rainy street at night, cinematic, reflections',
      aspectRatio: '16:9',
      duration: 5,
      seed: 42,
      providerOptions: { ccapi: { negativePrompt: 'text, watermark' } },
    });

    await mkdir('output', { recursive: true });
    const file = join('output', 'seedance.mp4');
    await writeFile(file, video.uint8Array);
    console.log(`Saved ${file}: ${video.mediaType}, ${video.uint8Array.length} bytes`);
    console.log('providerMetadata.ccapi:', providerMetadata.ccapi);
    for (const warning of warnings) console.log('warning:', warning);
  } finally {
    await emulator?.close();
  }
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
