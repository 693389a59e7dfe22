import { InvalidArgumentError } from '@ai-sdk/provider';
import { startEmulator } from '@ccapi/emulator';
import { describe, expect, it } from 'vitest';
import { inspectPng, inspectWav } from '../../test/inspect-test-media';
import { useEmulatorProvider } from '../../test/use-emulator-provider';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPITaskProgressEvent } from '../tasks/ccapi-task-progress-event';
import { generateMusic } from './generate-music';

const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };
const SHAPE = 'x-emulator-music-shape';

const music = useEmulatorProvider();
const slow = useEmulatorProvider({ taskDurationMs: 400 });

const requestsTo = (pattern: RegExp, method?: string) =>
  music.emulator.requests.filter(
    (request) => pattern.test(request.path) && (method == null || request.method === method),
  );

describe('catalog ids as music model ids', () => {
  it.each([
    ['suno_music', 'suno', undefined],
    ['producer_music', 'producer', undefined],
    ['suno/chirp-v5', 'suno', 'chirp-v5'],
  ] as const)('%s runs on %s', async (modelId, platform, version) => {
    const model = music.ccapi.musicModel(modelId);
    expect([model.platform, model.modelVersion]).toEqual([platform, version]);
    await generateMusic({ model, prompt: 'a short tune', poll: FAST });
    const [submit] = requestsTo(/\/submit\/MUSIC$/, 'POST');
    expect(submit?.path).toBe(`/${platform}/submit/MUSIC`);
    expect((submit?.body as { mv?: string } | undefined)?.mv).toBe(version);
  });
});

describe('generateMusic on Suno', () => {
  it('submits MUSIC at the origin, polls, and returns two tracks with WAV bytes that decode', async () => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'rain on a tin roof',
      style: 'lo-fi, chill',
      title: 'Tin Roof',
      instrumental: false,
      modelVersion: 'chirp-crow',
      poll: FAST,
    });

    const [submit] = requestsTo(/^\/suno\/submit\/MUSIC$/, 'POST');
    expect(submit?.body).toEqual({
      gpt_description_prompt: 'rain on a tin roof',
      tags: 'lo-fi, chill',
      title: 'Tin Roof',
      make_instrumental: false,
      mv: 'chirp-crow',
    });
    expect(submit?.headers.authorization).toBe(`Bearer ${music.emulator.apiKey}`);
    const polls = requestsTo(/^\/suno\/fetch\/task_/, 'GET');
    expect(polls.length).toBe(result.providerMetadata.ccapi?.pollCount);
    expect(music.emulator.requests.every((request) => !request.path.startsWith('/v1/'))).toBe(true);

    expect(result.taskId).toMatch(/^task_[A-Za-z0-9]{32}$/);
    expect(result.platform).toBe('suno');
    expect(result.warnings).toEqual([]);
    expect(result.tracks).toHaveLength(2);
    for (const track of result.tracks) {
      expect(track).toMatchObject({
        taskId: result.taskId,
        title: 'Tin Roof',
        style: 'lo-fi, chill',
        description: 'rain on a tin roof',
        durationInSeconds: 2,
        modelVersion: 'chirp-crow',
      });
      expect(track.clipId).toMatch(/^[0-9a-f-]{36}$/);
      expect(track.lyrics).toContain('I keep thinking of');
      expect(track.audio.url).toBe(`${music.emulator.url}/emulator/files/${track.clipId}.wav`);
      expect(track.audio.isLoaded).toBe(true);
      expect(track.audio.mediaType).toBe('audio/wav');
      expect(track.audio.format).toBe('wav');
      expect(inspectWav(track.audio.uint8Array)).toEqual({
        sampleRate: 24_000,
        channels: 1,
        bitsPerSample: 16,
        seconds: 2,
      });
      expect(track.audio.base64).toBe(Buffer.from(track.audio.uint8Array).toString('base64'));
      expect(track.imageUrl).toMatch(/\.png$/);
      expect(track.videoUrl).toMatch(/\.mp4$/);
      expect(track.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(result.tracks[0]?.clipId).not.toBe(result.tracks[1]?.clipId);
    const cover = await fetch(result.tracks[0]?.imageUrl as string);
    expect(inspectPng(new Uint8Array(await cover.arrayBuffer()))).toEqual({
      width: 32,
      height: 32,
    });

    expect(result.providerMetadata.ccapi).toMatchObject({
      taskId: result.taskId,
      platform: 'suno',
      action: 'MUSIC',
      status: 'succeeded',
      rawStatus: 'SUCCESS',
      progress: 100,
      resultUrl: result.tracks[0]?.audio.url,
    });
    expect(result.responses).toHaveLength(1);
    expect(result.responses[0]).toMatchObject({
      modelId: 'suno',
      body: { task_id: result.taskId, status: 'SUCCESS', platform: 'suno' },
    });
    expect(result.responses[0]?.timestamp).toBeInstanceOf(Date);
  });

  it('sends lyrics as the custom-mode prompt and instrumental as make_instrumental', async () => {
    await generateMusic({
      model: music.ccapi.musicModel('suno'),
      lyrics: '[Verse]\nhello',
      style: 'folk',
      instrumental: true,
      poll: FAST,
    });
    expect(requestsTo(/^\/suno\/submit\/MUSIC$/)[0]?.body).toEqual({
      prompt: '[Verse]\nhello',
      tags: 'folk',
      make_instrumental: true,
    });
  });

  it('passes providerOptions.ccapi through unchanged (they win), warning about Producer fields', async () => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x',
      title: 'Typed',
      providerOptions: {
        ccapi: { title: 'Raw', negative_tags: 'metal', custom_mode: false, sound: 'warm' },
      },
      poll: FAST,
    });
    expect(requestsTo(/^\/suno\/submit\/MUSIC$/)[0]?.body).toEqual({
      gpt_description_prompt: 'x',
      title: 'Raw',
      negative_tags: 'metal',
      custom_mode: false,
      sound: 'warm',
    });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'providerOptions.ccapi.sound is a Producer field; Suno is not known to use it. It is sent unchanged.',
      },
    ]);
    expect(result.tracks[0]?.title).toBe('Raw');
  });

  it.each([
    ['classic', 'chirp-v3-0'],
    ['camel', 'chirp-v3-0'],
    ['musicapi', 'chirp-v3-0'],
  ])('reads the %s inner data shape into the same tracks', async (shape, modelVersion) => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      lyrics: 'la la la',
      style: 'pop',
      poll: FAST,
      headers: { [SHAPE]: shape },
    });
    expect(result.tracks).toHaveLength(2);
    for (const track of result.tracks) {
      expect(track).toMatchObject({
        style: 'pop',
        lyrics: 'la la la',
        durationInSeconds: 2,
        modelVersion,
      });
      expect(track.clipId).toMatch(/^[0-9a-f-]{36}$/);
      expect(inspectWav(track.audio.uint8Array).seconds).toBe(2);
    }
  });

  it("reads site A's camelCase item: one track with aligned lyrics", async () => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      lyrics: 'first line\nsecond line',
      style: 'pop',
      poll: FAST,
      headers: { [SHAPE]: 'site-a' },
    });
    expect(result.tracks).toHaveLength(1);
    const [track] = result.tracks;
    expect(track).toMatchObject({
      clipId: undefined,
      taskId: result.taskId,
      style: 'pop',
      lyrics: 'first line\nsecond line',
      stems: undefined,
      alignedLyrics: [
        { time: 0, text: 'first line' },
        { time: 1, text: 'second line' },
      ],
    });
    expect(track?.videoUrl).toMatch(/\.mp4$/);
    expect(inspectWav(track?.audio.uint8Array as Uint8Array).seconds).toBe(2);
    expect(result.providerMetadata.ccapi).toMatchObject({ rawStatus: 'SUCCESS', action: 'MUSIC' });
  });

  it('takes the shape the emulator was started with', async () => {
    const camelEmulator = await startEmulator({ musicDataShape: 'camel' });
    try {
      const provider = createCCAPI({
        baseURL: camelEmulator.baseURL,
        apiKey: camelEmulator.apiKey,
      });
      const result = await generateMusic({
        model: provider.musicModel('suno'),
        prompt: 'x',
        poll: FAST,
      });
      expect(result.tracks).toHaveLength(2);
      const body = result.responses[0]?.body as { data: Array<Record<string, unknown>> };
      expect(body.data[0]).toMatchObject({ audioUrl: result.tracks[0]?.audio.url, duration: 2 });
    } finally {
      await camelEmulator.close();
    }
  });

  it('builds routes from a base URL with a trailing slash without doubling it', async () => {
    const provider = createCCAPI({
      baseURL: `${music.emulator.baseURL}/`,
      apiKey: music.emulator.apiKey,
    });
    const result = await generateMusic({
      model: provider.musicModel('suno'),
      prompt: 'x',
      poll: FAST,
    });
    expect(result.tracks).toHaveLength(2);
    expect(
      music.emulator.requests.map((request) => request.path).filter((path) => path.includes('//')),
    ).toEqual([]);
  });
});

describe('generateMusic on Producer', () => {
  it('sends the documented body, reports the running object, and never polls the upstream UUID', async () => {
    const events: CCAPITaskProgressEvent[] = [];
    const result = await generateMusic({
      model: slow.ccapi.musicModel('producer'),
      prompt: 'An upbeat pop song about summer vacation',
      style: 'pop, upbeat, summer',
      title: 'Summer',
      instrumental: false,
      poll: { pollIntervalMs: 20, maxPollIntervalMs: 40 },
      onProgress: (event) => {
        events.push(event);
      },
    });
    const submit = slow.emulator.requests.find(
      (request) => request.path === '/producer/submit/MUSIC',
    );
    expect(submit?.body).toEqual({
      prompt: 'An upbeat pop song about summer vacation',
      style: 'pop, upbeat, summer',
      title: 'Summer',
      make_instrumental: false,
    });

    expect(result.tracks).toHaveLength(1);
    expect(result.tracks[0]).toMatchObject({
      title: 'Summer',
      style: 'pop, upbeat, summer',
      modelVersion: 'FUZZ-2.0',
      videoUrl: undefined,
      // CCAPI's Producer example reports no duration.
      durationInSeconds: undefined,
    });
    expect(inspectWav(result.tracks[0]?.audio.uint8Array as Uint8Array).seconds).toBe(2);

    expect(events[0]).toMatchObject({
      taskId: result.taskId,
      status: 'queued',
      rawStatus: 'QUEUED',
      pollCount: 1,
    });
    expect(
      events.some((event) => event.status === 'running' && event.rawStatus === 'IN_PROGRESS'),
    ).toBe(true);
    expect(events.at(-1)).toMatchObject({ status: 'succeeded', progress: 100 });
    expect(events.every((event) => event.taskId === result.taskId)).toBe(true);
    const progress = events.map((event) => event.progress ?? 0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const fetched = slow.emulator.requests
      .filter((request) => request.path.startsWith('/producer/fetch/'))
      .map((request) => request.path);
    expect(new Set(fetched)).toEqual(new Set([`/producer/fetch/${result.taskId}`]));
  });

  it('sends lyrics as lyrics and the model version as mv', async () => {
    await generateMusic({
      model: music.ccapi.musicModel('producer'),
      lyrics: 'sunlight on the window',
      modelVersion: 'FUZZ-2.0 Pro',
      providerOptions: { ccapi: { lyrics_strength: 0.7, wait_audio: false } },
      poll: FAST,
    });
    expect(requestsTo(/^\/producer\/submit\/MUSIC$/)[0]?.body).toEqual({
      lyrics: 'sunlight on the window',
      mv: 'FUZZ-2.0 Pro',
      lyrics_strength: 0.7,
      wait_audio: false,
    });
  });

  it('passes Suno fields through unchanged with a warning for each', async () => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('producer'),
      prompt: 'x',
      providerOptions: { ccapi: { negative_tags: 'metal', weirdness: 0.2 } },
      poll: FAST,
    });
    expect(requestsTo(/^\/producer\/submit\/MUSIC$/)[0]?.body).toEqual({
      prompt: 'x',
      negative_tags: 'metal',
      weirdness: 0.2,
    });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'providerOptions.ccapi.negative_tags is a Suno field; Producer is not known to use it. It is sent unchanged.',
      },
    ]);
  });
});

describe('generateMusic: extend', () => {
  it('continues a Suno clip from its clip id, time and source task', async () => {
    const first = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'a harbour at dawn',
      title: 'Harbour',
      poll: FAST,
    });
    const source = first.tracks[0];
    if (source?.clipId == null) throw new Error('no clip id');
    const extended = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      lyrics: '[Bridge] the boats come home',
      extend: { clipId: source.clipId, taskId: source.taskId, at: 1.5 },
      poll: FAST,
    });
    expect(requestsTo(/^\/suno\/submit\/MUSIC$/).at(-1)?.body).toEqual({
      prompt: '[Bridge] the boats come home',
      continue_clip_id: source.clipId,
      continue_at: 1.5,
      task_id: first.taskId,
    });
    expect(extended.taskId).not.toBe(first.taskId);
    expect(extended.tracks[0]?.title).toBe('Harbour (Extended)');
    expect(inspectWav(extended.tracks[0]?.audio.uint8Array as Uint8Array).seconds).toBe(2);
  });

  it('refuses extend on Producer before sending anything', async () => {
    const error = await generateMusic({
      model: music.ccapi.musicModel('producer'),
      prompt: 'x',
      extend: { clipId: 'c', taskId: 'task_x' },
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(music.emulator.requests).toEqual([]);
  });
});

describe('generateMusic: download', () => {
  it("leaves the audio for track.audio.load() with download: 'lazy'", async () => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x',
      download: 'lazy',
      poll: FAST,
    });
    expect(requestsTo(/^\/emulator\/files\//)).toEqual([]);
    const [track] = result.tracks;
    if (track == null) throw new Error('no track');
    expect(track.audio.isLoaded).toBe(false);
    expect(() => (track.audio as unknown as { uint8Array: Uint8Array }).uint8Array).toThrow(
      /Call await track\.audio\.load\(\) first/,
    );
    const file = await track.audio.load();
    expect(inspectWav(file.uint8Array).seconds).toBe(2);
    expect(file.mediaType).toBe('audio/wav');
    expect(requestsTo(/^\/emulator\/files\//).length).toBe(1);
    expect(await track.audio.load()).toBe(file);
    expect(requestsTo(/^\/emulator\/files\//).length).toBe(1);
  });
});

describe('generateMusic: options', () => {
  it('uses the model settings (withSettings) unless the call sets its own', async () => {
    const fromModel: number[] = [];
    const fromCall: number[] = [];
    const model = music.ccapi.musicModel('suno').withSettings({
      ...FAST,
      onProgress: ({ pollCount }) => {
        fromModel.push(pollCount);
      },
    });
    await generateMusic({ model, prompt: 'x' });
    expect(fromModel.length).toBeGreaterThan(0);
    await generateMusic({
      model,
      prompt: 'y',
      onProgress: ({ pollCount }) => {
        fromCall.push(pollCount);
      },
    });
    expect(fromCall.length).toBeGreaterThan(0);
    expect(fromModel.length).toBe(fromModel.at(-1));
  });

  it('refuses typos and misplaced options with InvalidArgumentError, sending nothing', async () => {
    const model = music.ccapi.musicModel('suno');
    const attempts: Array<[unknown, RegExp]> = [
      [{ model, prompt: 'x', instrumntal: true }, /unknown option 'instrumntal'/],
      [{ model, prompt: 'x', tags: 'pop' }, /unknown option 'tags' \(did you mean style\?\)/],
      [
        { model, prompt: 'x', poll: { intervalMs: 10 } },
        /unknown option 'poll\.intervalMs' \(did you mean poll: \{ pollIntervalMs \}\?\)/,
      ],
      [{ model, prompt: 'x', instrumental: 'yes' }, /instrumental: /],
      [{ model, prompt: 'x', download: 'later' }, /download: /],
      [{ model, prompt: 'x', maxRetries: -1 }, /maxRetries: /],
      [
        { model, prompt: 'x', providerOptions: { ccapi: { timeoutMs: 1000 } } },
        /is a polling setting, not a body field/,
      ],
      [{ model, title: 'only a title' }, /needs something to make a song from/],
      [{ model: 'suno', prompt: 'x' }, /Music functions do not take model id strings/],
      [{ model: music.ccapi.videoModel('sora-2'), prompt: 'x' }, /that is not a music model/],
    ];
    for (const [options, message] of attempts) {
      const error = await generateMusic(options as Parameters<typeof generateMusic>[0]).catch(
        (caught: unknown) => caught,
      );
      expect(InvalidArgumentError.isInstance(error), String(message)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
    expect(music.emulator.requests).toEqual([]);
  });

  it('refuses a music model id that cannot be a path segment', () => {
    expect(() => music.ccapi.musicModel('suno/../v1/chirp')).not.toThrow(); // version after the slash
    expect(() => music.ccapi.musicModel('su no')).toThrowError(
      /Invalid music model id "su no".*modelVersion option/,
    );
    expect(() => music.ccapi.musicModel('../v1/chirp')).toThrowError(/Invalid music model id/);
    expect(music.ccapi.musicModel('Suno').platform).toBe('suno');
    expect(music.ccapi.musicModel('suno').provider).toBe('ccapi.music');
  });
});
