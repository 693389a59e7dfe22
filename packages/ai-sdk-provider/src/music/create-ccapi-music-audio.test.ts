import { AISDKError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { CCAPIMusicAudioHandle } from './create-ccapi-music-audio';

const WAV_HEADER = Uint8Array.from(Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1'));

describe('CCAPIMusicAudioHandle', () => {
  it('downloads once; parallel loads share the download', async () => {
    let downloads = 0;
    const audio = new CCAPIMusicAudioHandle('https://cdn/a.bin', async () => {
      downloads += 1;
      return { data: WAV_HEADER, mediaType: 'application/octet-stream' };
    });
    expect(audio.isLoaded).toBe(false);
    const [first, second] = await Promise.all([audio.load(), audio.load()]);
    expect(first).toBe(second);
    expect(await audio.load()).toBe(first);
    expect(downloads).toBe(1);
    expect(audio.isLoaded).toBe(true);
    expect(audio.uint8Array).toBe(WAV_HEADER);
    expect(audio.base64).toBe(Buffer.from(WAV_HEADER).toString('base64'));
    expect(first.base64).toBe(audio.base64);
    // octet-stream is not trusted: the bytes say WAV.
    expect([audio.mediaType, audio.format]).toEqual(['audio/wav', 'wav']);
  });

  it('can load again after a failed download', async () => {
    let attempt = 0;
    const audio = new CCAPIMusicAudioHandle('https://cdn/a.mp3', async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('expired');
      return { data: new Uint8Array([0x49, 0x44, 0x33, 4]), mediaType: undefined };
    });
    await expect(audio.load()).rejects.toThrow('expired');
    expect(audio.isLoaded).toBe(false);
    expect((await audio.load()).mediaType).toBe('audio/mpeg');
  });

  it('says to call load() when the bytes are read first, and never puts bytes in JSON', async () => {
    const audio = new CCAPIMusicAudioHandle('https://cdn/a.m4a', async () => ({
      data: new Uint8Array([1, 2, 3]),
      mediaType: 'audio/mp4',
    }));
    let caught: unknown;
    try {
      void audio.uint8Array;
    } catch (error) {
      caught = error;
    }
    expect(AISDKError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toBe(
      "track.audio.uint8Array was read before the audio was downloaded (the call used download: 'lazy'). Call await track.audio.load() first, or leave download at its default 'eager'. The audio is at https://cdn/a.m4a.",
    );
    expect(JSON.stringify({ audio })).toBe('{"audio":{"url":"https://cdn/a.m4a"}}');
    await audio.load();
    expect(JSON.parse(JSON.stringify(audio))).toEqual({
      url: 'https://cdn/a.m4a',
      mediaType: 'audio/mp4',
      format: 'm4a',
    });
  });
});
