import { DownloadError } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import type { CCAPIConfig } from '../ccapi-config';
import { downloadCCAPIFile } from './download-ccapi-file';

const KEY = 'sk-ccapi-test-key-0001';

function fakeConfig(origin: string) {
  const requests: Array<{ url: string; headers: Headers }> = [];
  const config: CCAPIConfig = {
    provider: 'ccapi.video',
    baseURL: `${origin}/v1`,
    url: (path) => `${origin}/v1${path}`,
    urlFromRoot: (path) => `${origin}${path}`,
    headers: () => ({ authorization: `Bearer ${KEY}` }),
    apiKey: () => KEY,
    fetch: async (input, init) => {
      requests.push({ url: String(input), headers: new Headers(init?.headers) });
      return new Response(new Uint8Array([1, 2, 3]), {
        status: 200,
        headers: { 'content-type': 'video/mp4; charset=binary' },
      });
    },
    generateId: () => 'id',
    currentDate: () => new Date(0),
  };
  return { config, requests };
}

describe('downloadCCAPIFile', () => {
  it('downloads through config.fetch and reports the media type', async () => {
    const { config, requests } = fakeConfig('https://api.ccapi.ai');
    const file = await downloadCCAPIFile({
      url: 'https://api.ccapi.ai/v1/videos/task_1/content',
      config,
      modelId: 'm',
      trusted: true,
    });
    expect([...file.data]).toEqual([1, 2, 3]);
    expect(file.mediaType).toBe('video/mp4');
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
  });

  it('never sends the API key to a result URL on another origin (a CDN)', async () => {
    const { config, requests } = fakeConfig('https://api.ccapi.ai');
    await downloadCCAPIFile({
      url: 'https://storage.example.com/clips/a.mp4',
      config,
      modelId: 'm',
      trusted: false,
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('authorization')).toBeNull();
  });

  it('refuses result URLs that point at private or loopback hosts', async () => {
    const { config, requests } = fakeConfig('https://api.ccapi.ai');
    for (const url of [
      'http://127.0.0.1:8080/a.mp4',
      'http://10.0.0.7/a.mp4',
      'http://localhost/a.mp4',
    ]) {
      await expect(
        downloadCCAPIFile({ url, config, modelId: 'm', trusted: false }),
      ).rejects.toSatisfy((error) => DownloadError.isInstance(error));
    }
    expect(requests).toHaveLength(0);
  });

  it('allows result URLs on the configured origin, even on loopback (self-hosted, emulator)', async () => {
    const { config, requests } = fakeConfig('http://127.0.0.1:4010');
    await downloadCCAPIFile({
      url: 'http://127.0.0.1:4010/emulator/files/a.mp4',
      config,
      modelId: 'm',
      trusted: false,
    });
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
  });
});
