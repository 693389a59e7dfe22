import { describe, expect, it } from 'vitest';
import { toCCAPIBase64, toCCAPIUrlOrBase64, toCCAPIUrlOrDataUrl } from './convert-ccapi-media-file';

const bytes = {
  type: 'file' as const,
  mediaType: 'image/png',
  data: new Uint8Array([137, 80, 78, 71]),
};
const base64 = {
  type: 'file' as const,
  mediaType: 'image/jpeg',
  data: 'data:image/jpeg;base64,/9j/',
};
const url = { type: 'url' as const, url: 'https://example.com/cat.png' };

describe('CCAPI media file conversions', () => {
  it('gives bare base64 for file data, stripping a data: prefix', () => {
    expect(toCCAPIBase64(bytes)).toBe('iVBORw==');
    expect(toCCAPIBase64(base64)).toBe('/9j/');
    expect(toCCAPIBase64(url)).toBeUndefined();
  });

  it('gives data URLs for routes that take URL or data URL (new-api image, Midjourney)', () => {
    expect(toCCAPIUrlOrDataUrl(bytes)).toBe('data:image/png;base64,iVBORw==');
    expect(toCCAPIUrlOrDataUrl(url)).toBe('https://example.com/cat.png');
  });

  it('gives bare base64 for Kling, which rejects a data: prefix', () => {
    expect(toCCAPIUrlOrBase64(base64)).toBe('/9j/');
    expect(toCCAPIUrlOrBase64(url)).toBe('https://example.com/cat.png');
  });
});
