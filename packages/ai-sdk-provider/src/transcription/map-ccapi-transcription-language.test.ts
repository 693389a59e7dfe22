import { describe, expect, it } from 'vitest';
import { mapCCAPITranscriptionLanguage } from './map-ccapi-transcription-language';

describe('mapCCAPITranscriptionLanguage', () => {
  it.each([
    ['english', 'en'],
    ['German', 'de'],
    ['zh', 'zh'],
    ['en-US', 'en'],
    ['klingon', undefined],
    ['constructor', undefined],
    [null, undefined],
  ])('%s → %s', (input, expected) => {
    expect(mapCCAPITranscriptionLanguage(input)).toBe(expected);
  });
});
