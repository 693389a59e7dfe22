import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createCCAPI,
  generateLyrics,
  generateMusic,
  getMusicStatus,
  startMusic,
} from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';

/**
 * Music with Suno and Producer: write lyrics, sing them with Suno (two tracks, with progress),
 * extend the first track, then start a Producer song and check on it by task id, as a serverless
 * route would. Live when CCAPI_API_KEY is set, otherwise on the embedded emulator. Writes the
 * tracks and the lyrics to `output/` (or `outputDir`) and returns the files it wrote.
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/music-suno-and-producer.ts
 */
export async function main(options: { outputDir?: string } = {}): Promise<string[]> {
  const outputDir = options.outputDir ?? 'output';
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator({ taskDurationMs: 1_500 });
  const written: string[] = [];
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
    await mkdir(outputDir, { recursive: true });
    const save = async (name: string, data: Uint8Array | string) => {
      const file = join(outputDir, name);
      await writeFile(file, data);
      written.push(file);
      return file;
    };

    const suno = ccapi.musicModel('suno').withSettings({
      ...(emulator ? { pollIntervalMs: 300, maxPollIntervalMs: 600 } : {}),
      onProgress: ({ status, rawStatus, progress }) =>
        console.log(`  ${status} (${rawStatus ?? '?'}) ${progress ?? '?'}%`),
    });

    console.log('Writing lyrics with Suno (LYRICS)…');
    const lyrics = await generateLyrics({ model: suno, prompt: 'a lighthouse keeper who waits' });
    console.log(`  "${lyrics.title ?? 'untitled'}" → ${await save('lyrics.txt', lyrics.text)}`);

    console.log('Singing them with Suno (MUSIC)…');
    const song = await generateMusic({
      model: suno,
      lyrics: lyrics.text,
      title: lyrics.title,
      style: 'folk, acoustic guitar, warm vocal',
    });
    for (const [index, track] of song.tracks.entries()) {
      const file = await save(`suno-${index + 1}.${track.audio.format}`, track.audio.uint8Array);
      console.log(
        `  ${track.title}: ${track.audio.uint8Array.length} bytes of ${track.audio.mediaType}, ${track.durationInSeconds ?? '?'} s → ${file}`,
      );
    }
    for (const warning of song.warnings) console.log('warning:', warning);

    const first = song.tracks[0];
    if (first?.clipId != null) {
      console.log('Extending the first track…');
      const extended = await generateMusic({
        model: suno,
        lyrics: '[Outro]\nthe light comes home',
        extend: { clipId: first.clipId, taskId: first.taskId, at: first.durationInSeconds },
      });
      const track = extended.tracks[0];
      if (track != null) {
        console.log(
          `  ${track.title} → ${await save(`suno-extended.${track.audio.format}`, track.audio.uint8Array)}`,
        );
      }
    }

    console.log('Starting a Producer song, then checking it by task id…');
    const started = await startMusic({
      model: ccapi.musicModel('producer'),
      prompt: 'An upbeat pop song about summer vacation',
      style: 'pop, upbeat, summer',
      title: 'Summer',
    });
    // What a job queue would store; any process can check the task with it.
    const job = JSON.parse(
      JSON.stringify({ platform: started.platform, taskId: started.taskId }),
    ) as {
      platform: string;
      taskId: string;
    };
    const model = ccapi.musicModel(job.platform);
    let status = await getMusicStatus({ model, taskId: job.taskId });
    while (status.status === 'pending') {
      console.log(`  ${job.taskId}: ${status.taskStatus} ${status.progress ?? '?'}%`);
      await new Promise((resolve) => setTimeout(resolve, emulator ? 300 : 5_000));
      status = await getMusicStatus({ model, taskId: job.taskId });
    }
    if (status.status === 'error') throw new Error(status.error);
    for (const track of status.tracks) {
      console.log(
        `  ${track.title} → ${await save(`producer.${track.audio.format}`, track.audio.uint8Array)}`,
      );
    }
    return written;
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
