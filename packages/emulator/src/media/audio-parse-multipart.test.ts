import { describe, expect, it } from 'vitest';
import { parseMultipart } from './audio-parse-multipart';

async function encode(form: FormData): Promise<{ contentType: string; body: Buffer }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    contentType: request.headers.get('content-type') ?? '',
    body: Buffer.from(await request.arrayBuffer()),
  };
}

describe('parseMultipart', () => {
  it('reads text fields, repeated fields and binary files exactly as fetch encodes them', async () => {
    const audio = new Uint8Array([0, 1, 2, 13, 10, 45, 45, 255]);
    const form = new FormData();
    form.append('model', 'whisper-1');
    form.append('file', new File([audio], 'clip.wav', { type: 'audio/wav' }));
    form.append('timestamp_granularities[]', 'word');
    form.append('timestamp_granularities[]', 'segment');
    form.append('prompt', 'Line one\r\nline "two"');
    const { contentType, body } = await encode(form);

    const parsed = parseMultipart(contentType, body);

    expect(parsed?.fields.get('model')).toEqual(['whisper-1']);
    expect(parsed?.fields.get('timestamp_granularities[]')).toEqual(['word', 'segment']);
    expect(parsed?.fields.get('prompt')).toEqual(['Line one\r\nline "two"']);
    const file = parsed?.files.get('file');
    expect(file?.filename).toBe('clip.wav');
    expect(file?.contentType).toBe('audio/wav');
    expect([...(file?.data ?? [])]).toEqual([...audio]);
  });

  it('returns undefined for non-multipart or truncated bodies', async () => {
    expect(parseMultipart('application/json', Buffer.from('{}'))).toBeUndefined();
    expect(parseMultipart('multipart/form-data', Buffer.from('x'))).toBeUndefined();

    const form = new FormData();
    form.append('model', 'whisper-1');
    const { contentType, body } = await encode(form);
    expect(parseMultipart(contentType, body.subarray(0, body.length - 10))).toBeUndefined();
  });
});
