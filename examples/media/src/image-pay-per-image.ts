import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { generateImage } from 'ai';

/**
 * Pay-per-image (`POST /v1/images/generations`): two images in one request; URL results are
 * downloaded by the provider. Live when CCAPI_API_KEY is set, otherwise on the embedded
 * emulator. Writes `output/pay-per-image-<n>.png`.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/image-pay-per-image.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator();
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });

    const { images, warnings, providerMetadata } = await generateImage({
      model: ccapi.imageModel(process.env.IMAGE_MODEL ?? 'gpt-image-1'),
      prompt: 'A lighthouse at dusk, watercolor',
      n: 2,
      size: '1024x1024',
    });
    await mkdir('output', { recursive: true });
    for (const [index, image] of images.entries()) {
      const file = join('output', `pay-per-image-${index + 1}.png`);
      await writeFile(file, image.uint8Array);
      console.log(`Saved ${file}: ${image.mediaType}, ${image.uint8Array.length} bytes`);
    }
    console.log('per image:', providerMetadata.ccapi?.images);
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
