import { describe, expect, it } from 'vitest';
import { resolveVideoMediaType } from './download-ccapi-video';
import { extractCCAPIVideoUrl } from './extract-ccapi-video-url';
import { resolveCCAPIVideoApi } from './resolve-ccapi-video-api';

const URL_A = 'https://cdn.example.com/a.mp4';

describe('extractCCAPIVideoUrl', () => {
  it.each([
    ['OpenAI video object metadata.url', { status: 'completed', metadata: { url: URL_A } }],
    ['metadata.video_url', { metadata: { video_url: URL_A } }],
    ['Gemini/Vertex live poll url', { status: 'succeeded', url: URL_A, format: 'mp4' }],
    ['top-level video_url', { video_url: URL_A }],
    ['TaskDto result_url', { task_id: 'task_1', status: 'SUCCESS', result_url: URL_A }],
    [
      'Kling native task_result',
      { task_status: 'succeed', task_result: { videos: [{ url: URL_A }] } },
    ],
    [
      'Kling body inside TaskDto data',
      { status: 'SUCCESS', data: { code: 0, data: { task_result: { videos: [{ url: URL_A }] } } } },
    ],
    ['Seedance content inside TaskDto data', { data: { content: { video_url: URL_A } } }],
    ['Midjourney video', { videoUrl: '', videoUrls: [{ url: URL_A }] }],
  ])('reads %s', (_, raw) => {
    expect(extractCCAPIVideoUrl(raw)).toBe(URL_A);
  });

  it('prefers the OpenAI metadata over TaskDto result_url', () => {
    expect(
      extractCCAPIVideoUrl({ metadata: { url: URL_A }, result_url: 'https://other/b.mp4' }),
    ).toBe(URL_A);
  });

  it('accepts data URLs and ignores empty or non-URL values', () => {
    expect(extractCCAPIVideoUrl({ url: 'data:video/mp4;base64,AAAA' })).toBe(
      'data:video/mp4;base64,AAAA',
    );
    expect(extractCCAPIVideoUrl({ url: '', result_url: 'content moderation' })).toBeUndefined();
    expect(extractCCAPIVideoUrl('task_1')).toBeUndefined();
    expect(extractCCAPIVideoUrl({ status: 'completed' })).toBeUndefined();
  });
});

describe('resolveVideoMediaType', () => {
  const ftyp = (brand: string) =>
    Uint8Array.from([0, 0, 0, 24, ...Buffer.from(`ftyp${brand}`), 0, 0, 2, 0]);

  it('trusts a video/* content type', () => {
    expect(resolveVideoMediaType({ data: new Uint8Array(), mediaType: 'video/webm' })).toBe(
      'video/webm',
    );
  });

  it('sniffs MP4, QuickTime and WebM when the server says octet-stream', () => {
    const octet = 'application/octet-stream';
    expect(resolveVideoMediaType({ data: ftyp('isom'), mediaType: octet })).toBe('video/mp4');
    expect(resolveVideoMediaType({ data: ftyp('qt  '), mediaType: octet })).toBe('video/quicktime');
    expect(resolveVideoMediaType({ data: Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 1]) })).toBe(
      'video/webm',
    );
    expect(resolveVideoMediaType({ data: new Uint8Array([1, 2, 3]) })).toBe('video/mp4');
  });
});

describe('resolveCCAPIVideoApi', () => {
  it('sends Kling ids to Kling routes and everything else to the generic route', () => {
    expect(resolveCCAPIVideoApi('kling-v2-1-master')).toBe('kling');
    expect(resolveCCAPIVideoApi('kuaishou/kling-3.0-pro')).toBe('kling');
    expect(resolveCCAPIVideoApi('KLING-V1-6')).toBe('kling');
    expect(resolveCCAPIVideoApi('bytedance/seedance-2.0')).toBe('generations');
    expect(resolveCCAPIVideoApi('sora-2')).toBe('generations');
    expect(resolveCCAPIVideoApi('klingon-video')).toBe('generations');
  });
});
