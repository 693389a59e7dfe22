import { describe, expect, it } from 'vitest';
import { extractCCAPIJimengImages } from './extract-ccapi-jimeng-images';
import { resolveCCAPIImageApi } from './resolve-ccapi-image-api';

describe('extractCCAPIJimengImages', () => {
  it('reads inline base64 from Jimeng’s result inside the TaskDto', () => {
    expect(
      extractCCAPIJimengImages({
        status: 'SUCCESS',
        result_url: 'https://cdn.example.com/a.png',
        data: {
          code: 10000,
          data: { status: 'done', binary_data_base64: ['AAA', 'BBB'], image_urls: null },
        },
      }),
    ).toEqual({ base64: ['AAA', 'BBB'], urls: ['https://cdn.example.com/a.png'] });
  });

  it('reads URLs from the TaskDto and from Jimeng’s native answer, without duplicates', () => {
    expect(
      extractCCAPIJimengImages({
        result_url: 'https://cdn.example.com/a.png',
        data: {
          data: { image_urls: ['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png'] },
        },
      }).urls,
    ).toEqual(['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png']);
    expect(extractCCAPIJimengImages({ status: 'done', image_urls: ['https://x/c.png'] })).toEqual({
      base64: [],
      urls: ['https://x/c.png'],
    });
  });

  it('ignores a result_url that is not a URL and empty answers', () => {
    expect(extractCCAPIJimengImages({ result_url: 'quota exceeded' })).toEqual({
      base64: [],
      urls: [],
    });
    expect(extractCCAPIJimengImages(null)).toEqual({ base64: [], urls: [] });
  });
});

describe('resolveCCAPIImageApi', () => {
  it.each([
    ['gemini-2.5-flash-image', 'gemini'],
    ['gemini-3-pro-image-preview', 'gemini'],
    ['nano-banana-pro', 'gemini'],
    ['google/nano-banana', 'gemini'],
    ['gemini-2.5-flash', 'images'],
    ['jimeng_t2i_v40', 'jimeng'],
    ['jimeng/seedream', 'jimeng'],
    ['midjourney', 'midjourney'],
    ['niji-journey', 'midjourney'],
    ['mj_imagine', 'midjourney'],
    ['midjourney/video', 'midjourney'],
    ['gpt-image-1', 'images'],
    ['imagen-4.0-generate-001', 'images'],
    ['seedream-4.0', 'images'],
  ])('%s → %s', (modelId, api) => {
    expect(resolveCCAPIImageApi(modelId)).toBe(api);
  });
});
