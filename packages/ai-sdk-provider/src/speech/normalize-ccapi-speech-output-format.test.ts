import { describe, expect, it } from 'vitest';
import { normalizeCCAPISpeechOutputFormat } from './normalize-ccapi-speech-output-format';

describe('normalizeCCAPISpeechOutputFormat', () => {
  it.each([
    ['mp3', 'mp3'],
    ['WAV', 'wav'],
    ['audio/mpeg', 'mp3'],
    ['audio/x-wav', 'wav'],
    ['audio/wave', 'wav'],
    ['audio/flac', 'flac'],
    ['audio/L16;rate=24000', 'pcm'],
    ['ogg', undefined],
    ['m4a', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCCAPISpeechOutputFormat(input)).toBe(expected);
  });
});
