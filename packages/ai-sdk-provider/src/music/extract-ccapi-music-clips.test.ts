import { describe, expect, it } from 'vitest';
import { extractCCAPIMusicClips } from './extract-ccapi-music-clips';

describe('extractCCAPIMusicClips', () => {
  it('reads classic Suno clips (new-api stores the upstream feed items)', () => {
    const [clip] = extractCCAPIMusicClips([
      {
        id: 'c1',
        title: 'Rain',
        status: 'complete',
        audio_url: 'https://cdn1.suno.ai/c1.mp3',
        image_url: 'https://cdn1.suno.ai/c1.jpg',
        image_large_url: 'https://cdn1.suno.ai/c1-large.jpg',
        video_url: 'https://cdn1.suno.ai/c1.mp4',
        model_name: 'chirp-crow',
        major_model_version: 'v5',
        created_at: '2026-03-13T07:10:57Z',
        metadata: {
          tags: 'lo-fi',
          prompt: '[Verse] rain',
          gpt_description_prompt: 'a song about rain',
          duration: 181.5,
          error_message: null,
        },
      },
    ]);
    expect(clip).toMatchObject({
      clipId: 'c1',
      title: 'Rain',
      state: 'complete',
      audioUrl: 'https://cdn1.suno.ai/c1.mp3',
      imageUrl: 'https://cdn1.suno.ai/c1.jpg',
      videoUrl: 'https://cdn1.suno.ai/c1.mp4',
      modelVersion: 'chirp-crow',
      createdAt: '2026-03-13T07:10:57Z',
      style: 'lo-fi',
      lyrics: '[Verse] rain',
      description: 'a song about rain',
      durationInSeconds: 181.5,
      errorMessage: undefined,
    });
  });

  it('reads sunoapi.org camelCase clips, with empty strings as absent', () => {
    const [clip] = extractCCAPIMusicClips([
      {
        id: 'c2',
        audioUrl: '',
        streamAudioUrl: 'https://stream/c2',
        imageUrl: 'https://img/c2.jpeg',
        prompt: 'la la',
        modelName: 'chirp-v4',
        title: 'Song',
        tags: 'pop',
        createTime: 1773385820000,
        duration: '120.2',
      },
    ]);
    expect(clip).toMatchObject({
      clipId: 'c2',
      audioUrl: undefined,
      imageUrl: 'https://img/c2.jpeg',
      lyrics: 'la la',
      modelVersion: 'chirp-v4',
      style: 'pop',
      createdAt: new Date(1773385820000).toISOString(),
      durationInSeconds: 120.2,
    });
  });

  it('reads MusicAPI-style clips and Producer {clips}', () => {
    const musicapi = extractCCAPIMusicClips([
      {
        clip_id: 'm1',
        state: 'succeeded',
        lyrics: 'x',
        tags: 'jazz',
        mv: 'sonic-v5',
        audio_url: 'https://a/m1.mp3',
        duration: 30,
      },
    ]);
    expect(musicapi[0]).toMatchObject({
      clipId: 'm1',
      state: 'succeeded',
      lyrics: 'x',
      style: 'jazz',
      modelVersion: 'sonic-v5',
      durationInSeconds: 30,
    });
    const producer = extractCCAPIMusicClips({
      clips: [
        {
          clip_id: 'p1',
          state: 'completed',
          sound: 'warm pop',
          audio_url: 'https://a/p1.m4a',
          video_url: null,
          duration: null,
          seed: null,
        },
      ],
      progress: '100%',
      quota: '3',
    });
    expect(producer).toHaveLength(1);
    expect(producer[0]).toMatchObject({
      clipId: 'p1',
      style: 'warm pop',
      videoUrl: undefined,
      durationInSeconds: undefined,
    });
  });

  it("reads one clip-like object: a single MusicAPI clip, or site A's item with stems and aligned lyrics", () => {
    const [item] = extractCCAPIMusicClips({
      taskId: 'task_A',
      status: 'SUCCESS',
      audioUrl: 'https://a/x.mp3',
      videoUrl: '',
      stems: {
        vocalsUrl: 'https://a/v.mp3',
        instrumentalsUrl: 'https://a/i.mp3',
        drumsUrl: '',
        bassUrl: '',
      },
      lyrics: 'one\ntwo',
      alignedLyrics: [{ time: 0, text: 'one' }, { time: 1.5, text: 'two' }, { text: 'no time' }],
      tags: 'pop',
    });
    expect(item).toMatchObject({
      clipId: undefined,
      audioUrl: 'https://a/x.mp3',
      videoUrl: undefined,
      stems: { vocals: 'https://a/v.mp3', instrumentals: 'https://a/i.mp3' },
      alignedLyrics: [
        { time: 0, text: 'one' },
        { time: 1.5, text: 'two' },
      ],
      style: 'pop',
    });
  });

  it('finds no clips in the Producer running object, a lyrics object or nothing', () => {
    expect(
      extractCCAPIMusicClips({ progress: '20%', status: 'IN_PROGRESS', task_id: 'ef74a9d9-6c9f' }),
    ).toEqual([]);
    expect(
      extractCCAPIMusicClips({ id: 'l', text: 'words', title: 'T', status: 'complete' }),
    ).toEqual([]);
    expect(extractCCAPIMusicClips(null)).toEqual([]);
    expect(extractCCAPIMusicClips([null, 'x'])).toEqual([]);
  });
});
