import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import {
  experimental_generateVideo as generateVideo,
  experimental_getVideoStatus as getVideoStatus,
  type JSONValue,
  experimental_startVideo as startVideo,
} from 'ai';

/**
 * Fire and forget, then check later: start a video task, store its `operation` (plain JSON) on
 * disk as a job queue would, read it back and poll it with `experimental_getVideoStatus`. Then
 * start a second task and resume waiting for it by task id with `generateVideo` (nothing is
 * submitted twice). Live when CCAPI_API_KEY is set, otherwise on the embedded emulator.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/video-start-and-check-later.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator({ taskDurationMs: 2_000 });
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
    const model = ccapi.videoModel(process.env.VIDEO_MODEL ?? 'viduq1');
    const checkEveryMs = emulator ? 500 : 10_000;

    const { operation, providerMetadata } = await startVideo({
      model,
      prompt: 'A red kite over sand dunes, drone shot',
      duration: 4,
    });
    await mkdir('output', { recursive: true });
    const saved = join('output', 'video-operation.json');
    await writeFile(saved, JSON.stringify(operation));
    console.log(`Started ${String(providerMetadata?.ccapi?.taskId)}; operation saved to ${saved}`);

    // … later, possibly in another process:
    const restored = JSON.parse(await readFile(saved, 'utf8')) as JSONValue;
    let status = await getVideoStatus(model, { operation: restored });
    while (status.status === 'pending') {
      const ccapiMetadata = status.providerMetadata?.ccapi;
      console.log(
        `  pending: ${String(ccapiMetadata?.rawStatus)} ${String(ccapiMetadata?.progress ?? '?')}%`,
      );
      await setTimeout(checkEveryMs);
      status = await getVideoStatus(model, { operation: restored });
    }
    if (status.status === 'error') throw new Error(status.error);
    const [video] = status.videos;
    if (video?.type === 'binary') {
      await writeFile(join('output', 'checked-later.mp4'), video.data);
      console.log(`Done: ${video.mediaType}, ${video.data.length} bytes`);
    }

    // Resume: wait for an existing task by id (e.g. the taskId of a CCAPITaskTimeoutError).
    const second = await startVideo({ model, prompt: 'The same kite at sunset', duration: 4 });
    const { taskId } = second.operation as { taskId: string };
    console.log(`Resuming ${taskId} with progress…`);
    const resumed = await generateVideo({
      model: model.withSettings({
        ...(emulator ? { pollIntervalMs: 400, maxPollIntervalMs: 800 } : {}),
        onProgress: ({ status: state, progress }) => console.log(`  ${state} ${progress ?? '?'}%`),
      }),
      prompt: 'The same kite at sunset',
      providerOptions: { ccapi: { taskId } },
    });
    console.log(`Resumed and downloaded ${resumed.video.uint8Array.length} bytes`);
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
