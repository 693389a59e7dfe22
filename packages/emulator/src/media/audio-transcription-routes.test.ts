import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWav } from '../media-bytes/create-wav';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const spoken = createWav({
  durationSeconds: 4,
  comment: 'The quick brown fox. It jumps over the dog.',
});

function upload(
  fields: Record<string, string | string[]>,
  options: { path?: string; file?: Uint8Array | null } = {},
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  const file = options.file === undefined ? spoken : options.file;
  if (file != null)
    form.append(
      'file',
      new File([file as Uint8Array<ArrayBuffer>], 'audio.wav', { type: 'audio/wav' }),
    );
  return fetch(`${emulator.baseURL}${options.path ?? '/audio/transcriptions'}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.apiKey}` },
    body: form,
  });
}

describe('POST /v1/audio/transcriptions', () => {
  it('returns the text stored in emulator WAV, with segments, words and duration in verbose_json', async () => {
    const response = await upload({
      model: 'whisper-1',
      response_format: 'verbose_json',
      'timestamp_granularities[]': ['segment', 'word'],
      language: 'en',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      task: string;
      language: string;
      duration: number;
      text: string;
      segments: Array<{ start: number; end: number; text: string }>;
      words: Array<{ word: string; start: number; end: number }>;
    };

    expect(body).toMatchObject({ task: 'transcribe', language: 'english', duration: 4 });
    expect(body.text).toBe('The quick brown fox. It jumps over the dog.');
    expect(body.segments.map((segment) => segment.text.trim())).toEqual([
      'The quick brown fox.',
      'It jumps over the dog.',
    ]);
    expect(body.segments[0]?.start).toBe(0);
    expect(body.segments[1]?.end).toBe(4);
    expect(body.segments[0]?.end).toBe(body.segments[1]?.start);
    expect(body.words.map((word) => word.word)).toEqual([
      'The',
      'quick',
      'brown',
      'fox',
      'It',
      'jumps',
      'over',
      'the',
      'dog',
    ]);
  });

  it('only returns words when only word timings are asked for', async () => {
    const body = (await (
      await upload({
        model: 'whisper-1',
        response_format: 'verbose_json',
        'timestamp_granularities[]': 'word',
      })
    ).json()) as Record<string, unknown>;
    expect(body.words).toBeDefined();
    expect(body.segments).toBeUndefined();
  });

  it('answers json, text, srt and vtt', async () => {
    const json = (await (await upload({ model: 'whisper-1' })).json()) as {
      text: string;
      usage: unknown;
    };
    expect(json).toEqual({
      text: 'The quick brown fox. It jumps over the dog.',
      usage: { type: 'duration', seconds: 4 },
    });

    const text = await upload({ model: 'whisper-1', response_format: 'text' });
    expect(text.headers.get('content-type')).toContain('text/plain');
    expect(await text.text()).toBe('The quick brown fox. It jumps over the dog.\n');

    const srt = await (await upload({ model: 'whisper-1', response_format: 'srt' })).text();
    expect(srt).toMatch(/^1\n00:00:00,000 --> 00:00:0\d,\d{3}\nThe quick brown fox\.\n\n2\n/);

    const vtt = await (await upload({ model: 'whisper-1', response_format: 'vtt' })).text();
    expect(vtt).toMatch(/^WEBVTT\n\n00:00:00\.000 --> 00:00:0\d\.\d{3}\nThe quick brown fox\.\n/);
  });

  it('transcribes other audio to stable made-up sentences', async () => {
    const mp3ish = new Uint8Array(48_000).map((_, index) => (index * 31) % 251);
    const first = (await (await upload({ model: 'whisper-1' }, { file: mp3ish })).json()) as {
      text: string;
    };
    const second = (await (await upload({ model: 'whisper-1' }, { file: mp3ish })).json()) as {
      text: string;
    };
    expect(first.text.length).toBeGreaterThan(20);
    expect(second.text).toBe(first.text);
  });

  it.each([
    [{}, {}, 'model'],
    [{ model: 'whisper-1' }, { file: null }, 'file'],
    [{ model: 'whisper-1' }, { file: new Uint8Array() }, 'file'],
    [{ model: 'whisper-1', response_format: 'xml' }, {}, 'response_format'],
    [{ model: 'whisper-1', temperature: '3' }, {}, 'temperature'],
    [
      { model: 'whisper-1', response_format: 'json', 'timestamp_granularities[]': 'word' },
      {},
      'timestamp_granularities',
    ],
    [{ model: 'whisper-1', language: 'de' }, { path: '/audio/translations' }, 'language'],
  ] as const)('rejects %j %j with a 400 naming %s', async (fields, options, param) => {
    const response = await upload(
      fields as Record<string, string>,
      options as { path?: string; file?: Uint8Array | null },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe(param);
  });

  it('rejects a JSON body and applies model-suffix faults inside the multipart form', async () => {
    const json = await fetch(`${emulator.baseURL}/audio/transcriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
      body: '{"model":"whisper-1"}',
    });
    expect(json.status).toBe(400);

    const faulted = await upload({ model: 'whisper-1~fault:server-error' });
    expect(faulted.status).toBe(500);
  });
});

describe('POST /v1/audio/translations', () => {
  it('translates (into English) with the same formats', async () => {
    const body = (await (
      await upload(
        { model: 'whisper-1', response_format: 'verbose_json' },
        { path: '/audio/translations' },
      )
    ).json()) as { task: string; language: string; text: string };
    expect(body).toMatchObject({ task: 'translate', language: 'english' });
    expect(body.text).toBe('The quick brown fox. It jumps over the dog.');
  });
});
