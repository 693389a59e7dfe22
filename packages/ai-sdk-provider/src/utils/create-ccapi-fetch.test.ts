import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createCCAPIFetch } from './create-ccapi-fetch';

const KEY = 'sk-live-0123456789abcdefghij';

/** A fetch double that answers `chunks` as the body, one read each. */
function answering(
  chunks: string[],
  init: { status?: number; contentType?: string; headers?: Record<string, string> } = {},
) {
  const seen: Headers[] = [];
  const fetch = async (_input: RequestInfo | URL, request?: RequestInit) => {
    seen.push(new Headers(request?.headers));
    const encoder = new TextEncoder();
    let index = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]));
        else controller.close();
      },
    });
    return new Response(body, {
      status: init.status ?? 200,
      headers: { 'content-type': init.contentType ?? 'application/json', ...init.headers },
    });
  };
  return {
    fetch: createCCAPIFetch({ fetch, userAgentSuffix: 'ccapi-test/1', baseURL: 'https://x/v1' }),
    seen,
  };
}

async function readChunks(response: Response): Promise<string[]> {
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(decoder.decode(value));
  }
}

const withKey = { headers: { authorization: `Bearer ${KEY}` } };

describe('createCCAPIFetch', () => {
  it('adds the user-agent suffix once, after any user agent already set', async () => {
    const { fetch, seen } = answering(['{}']);
    await fetch('https://api.ccapi.ai/v1/x', { headers: { 'user-agent': 'ai/7' } });
    await fetch('https://api.ccapi.ai/v1/x', { headers: { 'user-agent': 'ai/7 ccapi-test/1' } });
    expect(seen.map((headers) => headers.get('user-agent'))).toEqual([
      'ai/7 ccapi-test/1',
      'ai/7 ccapi-test/1',
    ]);
  });

  it('removes the key, with and without sk-, wherever the chunks of a stream split it', async () => {
    const text = `{"a":"${KEY}","b":"${KEY.slice(3)}"}`;
    for (let cut = 1; cut < text.length; cut++) {
      const { fetch } = answering([text.slice(0, cut), text.slice(cut)], {
        contentType: 'text/event-stream',
      });
      const body = (await readChunks(await fetch('https://x', withKey))).join('');
      expect(body, `cut at ${cut}`).toBe('{"a":"[redacted]","b":"[redacted]"}');
    }
  });

  it('passes each chunk on at once unless its tail could start the key', async () => {
    const { fetch } = answering(['data: {"x":1}\n\n', 'data: {"y":"s', 'k-live"}\n\n'], {
      contentType: 'text/event-stream',
    });
    const chunks = await readChunks(await fetch('https://x', withKey));
    // The lone `s` might begin `sk-live…`: it waits for the next read; nothing else waits.
    expect(chunks).toEqual(['data: {"x":1}\n\n', 'data: {"y":"', 'sk-live"}\n\n']);
  });

  it('leaves answers alone when no key was sent, and binary answers unscanned', async () => {
    const plain = answering([`{"a":"${KEY}"}`]);
    expect(await (await plain.fetch('https://x')).text()).toContain(KEY);
    const audio = answering([`ID3${KEY}`], { contentType: 'audio/mpeg' });
    expect(await (await audio.fetch('https://x', withKey)).text()).toBe(`ID3${KEY}`);
  });

  it('redacts a whole-body answer through every way to read it', async () => {
    const body = `{"error":"bad key ${KEY}"}`;
    const read = async (how: (response: Response) => Promise<unknown>) =>
      how(await answering([body]).fetch('https://x', withKey));
    const expected = '{"error":"bad key [redacted]"}';
    expect(await read((response) => response.text())).toBe(expected);
    expect(await read((response) => response.json())).toEqual({ error: 'bad key [redacted]' });
    expect(
      new TextDecoder().decode((await read((response) => response.arrayBuffer())) as ArrayBuffer),
    ).toBe(expected);
    expect(await read(async (response) => (await response.blob()).text())).toBe(expected);
    expect(await read((response) => new Response(response.body).text())).toBe(expected);
  });

  it('reads the key from x-api-key and x-goog-api-key as well', async () => {
    for (const header of ['x-api-key', 'x-goog-api-key']) {
      const { fetch } = answering([`{"a":"${KEY}"}`]);
      const response = await fetch('https://x', { headers: { [header]: KEY } });
      expect(await response.text()).toBe('{"a":"[redacted]"}');
    }
  });

  it('redacts response headers that quote the key', async () => {
    const { fetch } = answering(['{}'], { headers: { 'x-echo': KEY } });
    expect((await fetch('https://x', withKey)).headers.get('x-echo')).toBe('[redacted]');
  });

  it('rejects a 2xx HTML page (the gateway web UI) with the base-URL hint', async () => {
    const { fetch } = answering(['<!doctype html><title>New API</title>'], {
      contentType: 'text/html; charset=utf-8',
    });
    const error = await fetch('https://api.ccapi.ai//v1/audio/speech', {
      ...withKey,
      method: 'POST',
      body: '{"model":"tts-1"}',
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toMatch(/HTML page .*base URL is probably wrong/);
    expect((error as APICallError).requestBodyValues).toEqual({ model: 'tts-1' });
  });

  it('leaves a non-2xx HTML page to the route (a proxy error is not a wrong base URL)', async () => {
    const { fetch } = answering(['<html>Bad gateway</html>'], {
      status: 502,
      contentType: 'text/html',
    });
    expect((await fetch('https://x', withKey)).status).toBe(502);
  });
});
