import { describe, expect, it } from 'vitest';
import {
  CCAPI_MUSIC_ACTIONS,
  classifyCCAPIMusicAction,
  getCCAPIMusicExpectedResult,
} from './ccapi-music-actions';

describe('the music action table', () => {
  it('confirms only what CCAPI pages or new-api state', () => {
    expect(CCAPI_MUSIC_ACTIONS.suno.confirmed).toEqual(['MUSIC', 'LYRICS', 'UPSAMPLE_TAGS']);
    expect(CCAPI_MUSIC_ACTIONS.producer.confirmed).toEqual(['MUSIC', 'REPLACE']);
    for (const platform of ['suno', 'producer'] as const) {
      const { confirmed, inferred } = CCAPI_MUSIC_ACTIONS[platform];
      expect(inferred.filter((token) => (confirmed as readonly string[]).includes(token))).toEqual(
        [],
      );
      for (const token of [...confirmed, ...inferred]) expect(token).toMatch(/^[A-Z_]+$/);
    }
  });

  it('classifies tokens per platform, ignoring case', () => {
    expect(classifyCCAPIMusicAction('suno', 'upsample_tags')).toBe('confirmed');
    expect(classifyCCAPIMusicAction('suno', 'COVER')).toBe('inferred');
    expect(classifyCCAPIMusicAction('producer', 'LYRICS')).toBe('inferred');
    expect(classifyCCAPIMusicAction('producer', 'UPSAMPLE_TAGS')).toBe('unknown');
    expect(classifyCCAPIMusicAction('udio', 'MUSIC')).toBe('unknown');
    expect(classifyCCAPIMusicAction('toString', 'MUSIC')).toBe('unknown');
  });

  it('expects audio, lyrics or tags from the confirmed actions, anything from the rest', () => {
    expect(
      ['MUSIC', 'replace', 'LYRICS', 'UPSAMPLE_TAGS', 'STEMS', undefined].map(
        getCCAPIMusicExpectedResult,
      ),
    ).toEqual(['audio', 'audio', 'lyrics', 'tags', 'any', 'any']);
  });
});
