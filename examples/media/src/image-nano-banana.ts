import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { generateImage } from 'ai';

/**
 * nano banana on CCAPI's Gemini-native route: generate an image, then edit it by passing it back
 * with an instruction. Live when CCAPI_API_KEY is set, otherwise on the embedded emulator.
 * Writes `output/nano-banana.png` and `output/nano-banana-edited.png`.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/image-nano-banana.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator();
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
    const model = ccapi.imageModel(process.env.IMAGE_MODEL ?? 'gemini-2.5-flash-image');
    await mkdir('output', { recursive: true });

    const started = Date.now();
    const { image, usage, providerMetadata } = await generateImage({
      model,
      prompt: 'A square icon of a blue paper airplane on a white background',
      aspectRatio: '1:1',
      providerOptions: { ccapi: { imageSize: '1K' } },
    });
    await writeFile(join('output', 'nano-banana.png'), image.uint8Array);
    console.log(
      `${live ? 'Live CCAPI' : 'Emulator'}: ${image.mediaType}, ${image.uint8Array.length} bytes in ${Date.now() - started} ms, ${usage.outputTokens ?? '?'} output tokens`,
    );
    console.log('providerMetadata.ccapi:', providerMetadata.ccapi);

    const { image: edited, warnings } = await generateImage({
      model,
      prompt: { text: 'Make it a night scene with stars', images: [image.uint8Array] },
    });
    await writeFile(join('output', 'nano-banana-edited.png'), edited.uint8Array);
    console.log(`Edited: ${edited.uint8Array.length} bytes`);
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
