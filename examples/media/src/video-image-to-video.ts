import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { generateImage, experimental_generateVideo as generateVideo } from 'ai';

/**
 * Image to video: draw a first frame with nano banana (Gemini-native), then animate it with Kling
 * image-to-video, printing Kling's progress. Live when CCAPI_API_KEY is set, otherwise on the
 * embedded emulator. Writes `output/first-frame.png` and `output/kling.mp4`.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/video-image-to-video.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator({ taskDurationMs: 2_500 });
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
    await mkdir('output', { recursive: true });

    console.log('Drawing the first frame with nano banana…');
    const { image } = await generateImage({
      model: ccapi.imageModel('gemini-2.5-flash-image'),
      prompt: 'A lighthouse on a cliff at dusk, painterly, wide shot',
      aspectRatio: '16:9',
    });
    await writeFile(join('output', 'first-frame.png'), image.uint8Array);
    console.log(`  ${image.mediaType}, ${image.uint8Array.length} bytes`);

    console.log('Animating it with Kling image-to-video…');
    const model = ccapi.videoModel('kling-v2-1').withSettings({
      ...(emulator ? { pollIntervalMs: 400, maxPollIntervalMs: 800 } : {}),
      onProgress: ({ status, rawStatus, progress }) =>
        console.log(`  ${status} (${rawStatus ?? '?'}) ${progress ?? '?'}%`),
    });
    const { video, warnings, providerMetadata } = await generateVideo({
      model,
      prompt: { image: image.uint8Array, text: 'waves crash below, the light starts to turn' },
      duration: 5,
      providerOptions: { ccapi: { mode: 'std', cfgScale: 0.5 } },
    });
    const file = join('output', 'kling.mp4');
    await writeFile(file, video.uint8Array);
    console.log(
      `Saved ${file}: ${video.uint8Array.length} bytes, route ${String(providerMetadata.ccapi?.route)}`,
    );
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
