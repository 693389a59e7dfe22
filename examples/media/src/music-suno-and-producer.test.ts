import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { main } from './music-suno-and-producer';

let outputDir: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  if (outputDir != null) await rm(outputDir, { recursive: true, force: true });
});

it('writes lyrics, two Suno tracks, an extension and a Producer track on the emulator', async () => {
  vi.stubEnv('CCAPI_API_KEY', '');
  vi.spyOn(console, 'log').mockImplementation(() => {});
  outputDir = await mkdtemp(join(tmpdir(), 'ccapi-music-example-'));

  const files = await main({ outputDir });

  expect(files.map((file) => basename(file))).toEqual([
    'lyrics.txt',
    'suno-1.wav',
    'suno-2.wav',
    'suno-extended.wav',
    'producer.wav',
  ]);
  expect(await readFile(join(outputDir, 'lyrics.txt'), 'utf8')).toContain('lighthouse keeper');
  for (const file of files.filter((name) => name.endsWith('.wav'))) {
    const bytes = await readFile(file);
    expect(bytes.toString('ascii', 0, 4), file).toBe('RIFF');
    expect(bytes.toString('ascii', 8, 12), file).toBe('WAVE');
  }
});
