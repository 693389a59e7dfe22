import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { useEmulatorProvider } from '../../test/use-emulator-provider';
import { CCAPIMusicNoResultError } from './ccapi-music-no-result-error';
import { generateLyrics } from './generate-lyrics';
import { upsampleMusicTags } from './upsample-music-tags';

const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };

const music = useEmulatorProvider();

describe('generateLyrics (Suno LYRICS)', () => {
  it("writes lyrics from new-api's lyrics object", async () => {
    const result = await generateLyrics({
      model: music.ccapi.musicModel('suno'),
      prompt: 'a lighthouse keeper',
      poll: FAST,
    });
    const submit = music.emulator.requests.find(
      (request) => request.path === '/suno/submit/LYRICS',
    );
    expect(submit?.body).toEqual({ prompt: 'a lighthouse keeper' });
    expect(result.title).toBe('A Lighthouse Keeper');
    expect(result.text).toContain('I keep thinking of a lighthouse keeper');
    expect(result.lyrics).toEqual([{ title: result.title, text: result.text }]);
    expect(result.taskId).toMatch(/^task_/);
    expect(result.providerMetadata.ccapi).toMatchObject({
      action: 'LYRICS',
      status: 'succeeded',
      resultUrl: null,
    });
    expect(
      music.emulator.requests.some((request) => request.path.startsWith('/emulator/files/')),
    ).toBe(false);
  });

  it("returns every variant of MusicAPI's results", async () => {
    const result = await generateLyrics({
      model: music.ccapi.musicModel('suno'),
      prompt: 'a lighthouse keeper',
      poll: FAST,
      headers: { 'x-emulator-music-shape': 'musicapi' },
    });
    expect(result.lyrics.map((lyrics) => lyrics.title)).toEqual([
      'A Lighthouse Keeper',
      'A Lighthouse Keeper (Alternate)',
    ]);
    expect(result.text).toBe(result.lyrics[0]?.text);
  });

  it("reads site A's item, which carries lyrics but no title", async () => {
    const result = await generateLyrics({
      model: music.ccapi.musicModel('suno'),
      prompt: 'rain',
      poll: FAST,
      headers: { 'x-emulator-music-shape': 'site-a' },
    });
    expect(result.title).toBeUndefined();
    expect(result.text).toContain('I keep thinking of rain');
  });

  it('refuses an empty prompt and Producer before sending anything', async () => {
    for (const options of [
      { model: music.ccapi.musicModel('suno'), prompt: '  ' },
      { model: music.ccapi.musicModel('producer'), prompt: 'x' },
    ]) {
      const error = await generateLyrics(options).catch((caught: unknown) => caught);
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
    }
    expect(music.emulator.requests).toEqual([]);
  });
});

describe('upsampleMusicTags (Suno UPSAMPLE_TAGS)', () => {
  it('expands short tags into a style description', async () => {
    const result = await upsampleMusicTags({
      model: music.ccapi.musicModel('suno'),
      tags: 'jazz, smooth, saxophone',
      poll: FAST,
    });
    const submit = music.emulator.requests.find(
      (request) => request.path === '/suno/submit/UPSAMPLE_TAGS',
    );
    expect(submit?.body).toEqual({ tags: 'jazz, smooth, saxophone' });
    expect(result.tags).toBe(
      'jazz, smooth, saxophone, rich layered arrangement, warm analog production, dynamic build, polished modern mix',
    );
    expect(result.platform).toBe('suno');
  });

  it("reads the tags of site A's item", async () => {
    const result = await upsampleMusicTags({
      model: music.ccapi.musicModel('suno'),
      tags: 'folk',
      poll: FAST,
      headers: { 'x-emulator-music-shape': 'site-a' },
    });
    expect(result.tags).toMatch(/^folk, rich layered/);
  });

  it('throws CCAPIMusicNoResultError when the finished task holds no tags', async () => {
    // A LYRICS task, waited for as if it were UPSAMPLE_TAGS: it succeeds, but without tags.
    const lyrics = await generateLyrics({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x',
      poll: FAST,
    });
    const error = await upsampleMusicTags({
      model: music.ccapi.musicModel('suno'),
      tags: 'unused',
      poll: FAST,
      providerOptions: { ccapi: { taskId: lyrics.taskId } },
    }).catch((caught: unknown) => caught);
    expect(CCAPIMusicNoResultError.isInstance(error)).toBe(true);
    expect((error as CCAPIMusicNoResultError).expected).toBe('tags');
    expect((error as Error).message).toContain(
      '(suno LYRICS) reported SUCCESS but its answer holds no tags',
    );
  });
});
