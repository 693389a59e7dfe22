import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';
import { readWav } from './audio-read-wav';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function speak(body: unknown) {
  return fetch(`${emulator.baseURL}/audio/speech`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('POST /v1/audio/speech', () => {
  it.each(['mp3', 'opus', 'aac', 'flac', 'wav'])(
    'answers %s requests with valid WAV bytes that carry the input text',
    async (format) => {
      const response = await speak({
        model: 'tts-1',
        input: 'Hello there.',
        voice: 'alloy',
        response_format: format,
      });

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('audio/wav');
      expect(response.headers.get('x-emulator-requested-format')).toBe(format);
      const wav = readWav(new Uint8Array(await response.arrayBuffer()));
      expect(wav).toMatchObject({ comment: 'Hello there.', sampleRate: 24_000, channels: 1 });
    },
  );

  it('answers pcm with raw 16-bit samples and scales the length with speed', async () => {
    const slow = await speak({
      model: 'tts-1',
      input: 'A'.repeat(50),
      voice: 'alloy',
      response_format: 'pcm',
    });
    const fast = await speak({
      model: 'tts-1',
      input: 'A'.repeat(50),
      voice: 'alloy',
      response_format: 'pcm',
      speed: 2,
    });

    expect(slow.headers.get('content-type')).toBe('audio/pcm');
    const slowBytes = (await slow.arrayBuffer()).byteLength;
    expect(slowBytes).toBe(Math.round(50 * 0.06 * 24_000) * 2);
    expect((await fast.arrayBuffer()).byteLength).toBe(slowBytes / 2);
  });

  it("answers CCAPI's older response_format url with a JSON link to the audio", async () => {
    const response = await speak({
      model: 'elevenlabs/eleven_turbo_v2',
      input: 'Welcome to CCAPI.',
      voice: 'aria',
      output_format: 'mp3',
      response_format: 'url',
    });
    const body = (await response.json()) as { url: string; format: string };
    expect(body.url.startsWith(`${emulator.url}/v1/audio/speech/files/`)).toBe(true);

    const download = await fetch(body.url);
    expect(download.headers.get('content-type')).toBe('audio/wav');
    expect(readWav(new Uint8Array(await download.arrayBuffer()))?.comment).toBe(
      'Welcome to CCAPI.',
    );
    expect((await fetch(`${emulator.baseURL}/audio/speech/files/missing.wav`)).status).toBe(404);
  });

  it.each([
    [{ input: 'x', voice: 'alloy' }, 'model'],
    [{ model: 'tts-1', voice: 'alloy' }, 'input'],
    [{ model: 'tts-1', input: 'x'.repeat(4097), voice: 'alloy' }, 'input'],
    [{ model: 'tts-1', input: 'x' }, 'voice'],
    [{ model: 'tts-1', input: 'x', voice: 'alloy', speed: 5 }, 'speed'],
    [{ model: 'tts-1', input: 'x', voice: 'alloy', response_format: 'ogg' }, 'response_format'],
  ])('rejects %j with a 400 naming %s', async (body, param) => {
    const response = await speak(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe(param);
  });
});
