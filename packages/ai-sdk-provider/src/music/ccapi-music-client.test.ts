import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { inspectWav } from '../../test/inspect-test-media';
import { useEmulatorProvider } from '../../test/use-emulator-provider';
import { createCCAPI } from '../ccapi-provider';
import { getMusicStatus } from './get-music-status';

const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };

const music = useEmulatorProvider();

describe('ccapi.music.submit (any action)', () => {
  it('sends the body unchanged and reads the result like generateMusic', async () => {
    const body = { gpt_description_prompt: 'a waltz', tags: 'waltz', mv: 'chirp-v4', custom: [1] };
    const result = await music.ccapi.music.submit('suno', 'MUSIC', body, { poll: FAST });
    const submit = music.emulator.requests.find((request) => request.path === '/suno/submit/MUSIC');
    expect(submit?.body).toEqual(body);
    expect(result).toMatchObject({
      platform: 'suno',
      action: 'MUSIC',
      warnings: [],
      lyrics: [],
      tags: undefined,
    });
    expect(result.tracks).toHaveLength(2);
    expect(inspectWav(result.tracks[0]?.audio.uint8Array as Uint8Array).seconds).toBe(2);
    expect(Array.isArray(result.data)).toBe(true);
  });

  it('reads lyrics for LYRICS and keeps the raw data for every action', async () => {
    const result = await music.ccapi.music.submit(
      'suno',
      'LYRICS',
      { prompt: 'the sea' },
      { poll: FAST },
    );
    expect(result.tracks).toEqual([]);
    expect(result.lyrics[0]?.text).toContain('the sea');
    expect(result.data).toMatchObject({ status: 'complete' });
  });

  it('warns that an inferred or unknown token is a guess', async () => {
    // A gateway that knows COVER and BLEND: this fetch serves them with the emulator's MUSIC.
    const provider = createCCAPI({
      baseURL: music.emulator.baseURL,
      apiKey: music.emulator.apiKey,
      fetch: (input, init) =>
        fetch(String(input).replace(/\/suno\/submit\/(COVER|BLEND)$/, '/suno/submit/MUSIC'), init),
    });
    const cover = await provider.music.submit('suno', 'COVER', { tags: 'x' }, { poll: FAST });
    expect(cover.warnings).toEqual([
      {
        type: 'compatibility',
        feature: 'suno action COVER',
        details:
          "The token COVER is inferred from CCAPI's documentation sidebar, not confirmed by a CCAPI page: check it against the live API (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/music.md#action-tokens).",
      },
    ]);
    // An action the provider cannot tell apart from audio: `any` keeps the tracks it finds.
    expect(cover.tracks).toHaveLength(2);
    const blend = await provider.music.start('suno', 'BLEND', { tags: 'x' });
    expect(blend.warnings).toEqual([
      {
        type: 'other',
        message:
          "suno action BLEND is not in this provider's table of confirmed or inferred tokens; it is sent upper-cased, otherwise as given.",
      },
    ]);
  });

  it('sends the action token in upper case, as CCAPI documents every token', async () => {
    const result = await music.ccapi.music.submit(
      'Suno',
      'upsample_tags',
      { tags: 'jazz' },
      { poll: FAST },
    );
    expect(
      music.emulator.requests
        .filter((request) => request.path.includes('/submit/'))
        .map((request) => request.path),
    ).toEqual(['/suno/submit/UPSAMPLE_TAGS']);
    expect(result).toMatchObject({ platform: 'suno', action: 'UPSAMPLE_TAGS', warnings: [] });
    expect(result.tags).toMatch(/^jazz, /);
    const started = await music.ccapi.music.start('producer', 'music', { prompt: 'x' });
    expect(started.action).toBe('MUSIC');
    expect(music.emulator.requests.at(-1)?.path).toBe('/producer/submit/MUSIC');
  });

  it('explains the refusal of a token CCAPI does not accept', async () => {
    const error = await music.ccapi.music
      .submit('suno', 'COVER', { continue_clip_id: 'c' }, { poll: FAST, maxRetries: 0 })
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^Submitting the suno COVER task failed: CCAPI does not accept the action 'COVER' on \/suno\/submit \(400 invalid_action\)/,
    );
  });

  it('refuses a platform or action that cannot be a path segment, or a body that is not an object', async () => {
    for (const [platform, action, body] of [
      ['suno/../v1', 'MUSIC', {}],
      ['suno', 'MUSIC?x=1', {}],
      ['suno', 'MUSIC', ['x']],
    ] as const) {
      const error = await music.ccapi.music
        .submit(platform, action, body as unknown as Record<string, unknown>)
        .catch((caught: unknown) => caught);
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
    }
    expect(music.emulator.requests).toEqual([]);
  });
});

describe('ccapi.music.start', () => {
  it('submits any action and returns the task id for getMusicStatus, with the inferred-token warning', async () => {
    const started = await music.ccapi.music.start('suno', 'UPSAMPLE_TAGS', { tags: 'jazz' });
    expect(started).toMatchObject({ platform: 'suno', action: 'UPSAMPLE_TAGS', warnings: [] });
    let status = await getMusicStatus({
      model: music.ccapi.musicModel('suno'),
      taskId: started.taskId,
    });
    for (let attempt = 0; attempt < 50 && status.status === 'pending'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await getMusicStatus({
        model: music.ccapi.musicModel('suno'),
        taskId: started.taskId,
      });
    }
    expect(status).toMatchObject({ status: 'completed', action: 'UPSAMPLE_TAGS', tracks: [] });
    if (status.status === 'completed') expect(status.tags).toMatch(/^jazz, /);

    const guess = await music.ccapi.music
      .start('producer', 'LYRICS', { prompt: 'x' }, { maxRetries: 0 })
      .catch((caught: unknown) => caught);
    expect((guess as APICallError).statusCode).toBe(400);
  });
});
