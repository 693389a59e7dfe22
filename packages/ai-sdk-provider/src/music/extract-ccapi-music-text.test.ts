import { describe, expect, it } from 'vitest';
import { extractCCAPIMusicLyrics, extractCCAPIMusicTags } from './extract-ccapi-music-text';

describe('extractCCAPIMusicLyrics', () => {
  it("reads new-api's lyrics object", () => {
    expect(
      extractCCAPIMusicLyrics({ id: 'l1', text: '[Verse] hi', title: 'Hi', status: 'complete' }),
    ).toEqual([{ title: 'Hi', text: '[Verse] hi' }]);
  });

  it("reads MusicAPI's results, every variant", () => {
    expect(
      extractCCAPIMusicLyrics({
        code: 200,
        results: [
          { title: 'A', lyrics: 'first' },
          { title: 'B', lyrics: 'second' },
        ],
        message: 'success',
      }),
    ).toEqual([
      { title: 'A', text: 'first' },
      { title: 'B', text: 'second' },
    ]);
  });

  it("reads site A's item, arrays and bare strings; nothing from empty text", () => {
    expect(extractCCAPIMusicLyrics({ taskId: 't', lyrics: 'words', tags: '' })).toEqual([
      { title: undefined, text: 'words' },
    ]);
    expect(extractCCAPIMusicLyrics([{ text: 'a' }, { text: '' }])).toEqual([
      { title: undefined, text: 'a' },
    ]);
    expect(extractCCAPIMusicLyrics('plain')).toEqual([{ title: undefined, text: 'plain' }]);
    expect(extractCCAPIMusicLyrics({ id: 'l', text: '', title: '', status: 'running' })).toEqual(
      [],
    );
    expect(extractCCAPIMusicLyrics(null)).toEqual([]);
  });
});

describe('extractCCAPIMusicTags', () => {
  it("reads Suno's upsampled_tags, camelCase, site A's tags and bare strings", () => {
    expect(extractCCAPIMusicTags({ upsampled_tags: 'rich jazz', request_id: 'r' })).toBe(
      'rich jazz',
    );
    expect(extractCCAPIMusicTags({ upsampledTags: 'rich' })).toBe('rich');
    expect(extractCCAPIMusicTags({ taskId: 't', tags: 'site a' })).toBe('site a');
    expect(extractCCAPIMusicTags('bare')).toBe('bare');
    expect(extractCCAPIMusicTags([{ tags: '' }, { tags: 'second' }])).toBe('second');
    expect(extractCCAPIMusicTags(null)).toBeUndefined();
    expect(extractCCAPIMusicTags({ upsampled_tags: '' })).toBeUndefined();
  });
});
