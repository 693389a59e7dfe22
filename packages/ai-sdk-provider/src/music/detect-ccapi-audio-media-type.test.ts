import { describe, expect, it } from 'vitest';
import { detectCCAPIAudioMediaType } from './detect-ccapi-audio-media-type';

const bytes = (text: string, ...extra: number[]) =>
  Uint8Array.from([...Buffer.from(text, 'latin1'), ...extra]);

describe('detectCCAPIAudioMediaType', () => {
  it("trusts the server's audio/* type", () => {
    expect(
      detectCCAPIAudioMediaType({ data: bytes('x'), mediaType: 'audio/x-m4a', url: 'https://a/b' }),
    ).toEqual({ mediaType: 'audio/x-m4a', format: 'm4a' });
  });

  it.each([
    [bytes('RIFF\0\0\0\0WAVE'), 'audio/wav', 'wav'],
    [bytes('\0\0\0\x20ftypM4A '), 'audio/mp4', 'm4a'],
    [bytes('ID3\x04'), 'audio/mpeg', 'mp3'],
    [Uint8Array.from([0xff, 0xfb, 0x90, 0]), 'audio/mpeg', 'mp3'],
    [Uint8Array.from([0xff, 0xf1, 0x50, 0]), 'audio/aac', 'aac'],
    [bytes('OggS'), 'audio/ogg', 'ogg'],
    [bytes('fLaC'), 'audio/flac', 'flac'],
    [Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3]), 'audio/webm', 'webm'],
  ])('sniffs the bytes when the server says octet-stream (%#)', (data, mediaType, format) => {
    expect(
      detectCCAPIAudioMediaType({
        data,
        mediaType: 'application/octet-stream',
        url: 'https://a/b',
      }),
    ).toEqual({ mediaType, format });
  });

  it("falls back to the URL's extension, then to MP3", () => {
    expect(
      detectCCAPIAudioMediaType({
        data: bytes('??'),
        mediaType: undefined,
        url: 'https://storage.googleapis.com/producer-app-public/clips/b7.m4a?x=1',
      }),
    ).toEqual({ mediaType: 'audio/mp4', format: 'm4a' });
    expect(
      detectCCAPIAudioMediaType({ data: bytes('??'), mediaType: undefined, url: 'not a url' }),
    ).toEqual({ mediaType: 'audio/mpeg', format: 'mp3' });
  });
});
