import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { DownloadError } from '@ai-sdk/provider-utils';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateSpeech } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCCAPI } from '../ccapi-provider';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const speechRequests = () =>
  emulator.requests.filter((request) => request.path === '/v1/audio/speech');

/** Reads a RIFF/WAVE header the way any audio library would. */
function parseWav(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  return {
    riff: ascii(0),
    riffSize: view.getUint32(4, true),
    wave: ascii(8),
    fmt: ascii(12),
    audioFormat: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
  };
}

describe('CCAPISpeechModel through generateSpeech()', () => {
  it('returns WAV bytes for a wav request and sends the OpenAI speech body', async () => {
    const result = await generateSpeech({
      model: provider().speechModel('gpt-4o-mini-tts'),
      text: 'Hello from the emulator.',
      voice: 'nova',
      outputFormat: 'wav',
      speed: 1.25,
      instructions: 'Cheerful.',
    });

    const wav = parseWav(result.audio.uint8Array);
    expect(wav).toEqual({
      riff: 'RIFF',
      riffSize: result.audio.uint8Array.byteLength - 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      audioFormat: 1,
      channels: 1,
      sampleRate: 24_000,
    });
    expect(result.audio.mediaType).toBe('audio/wav');
    expect(result.warnings).toEqual([]);
    expect(speechRequests()[0]?.body).toEqual({
      model: 'gpt-4o-mini-tts',
      input: 'Hello from the emulator.',
      voice: 'nova',
      response_format: 'wav',
      speed: 1.25,
      instructions: 'Cheerful.',
    });
  });

  it('defaults to voice alloy and mp3, and accepts media types as formats', async () => {
    await generateSpeech({ model: provider().speechModel('tts-1'), text: 'Defaults.' });
    await generateSpeech({
      model: provider().speechModel('tts-1'),
      text: 'Mime.',
      outputFormat: 'audio/mpeg',
    });

    const [first, second] = speechRequests();
    expect(first?.body).toEqual({
      model: 'tts-1',
      input: 'Defaults.',
      voice: 'alloy',
      response_format: 'mp3',
    });
    expect(second?.body).toMatchObject({ response_format: 'mp3' });
  });

  it('returns raw pcm bytes for pcm', async () => {
    const result = await generateSpeech({
      model: provider().speechModel('tts-1'),
      text: 'Ten chars.',
      outputFormat: 'pcm',
    });
    expect(result.audio.uint8Array.byteLength).toBe(Math.round(10 * 0.06 * 24_000) * 2);
    expect(String.fromCharCode(...result.audio.uint8Array.subarray(0, 4))).not.toBe('RIFF');
  });

  it('warns about settings the route cannot honour instead of failing', async () => {
    const result = await generateSpeech({
      model: provider().speechModel('tts-1'),
      text: 'Warnings.',
      outputFormat: 'ogg',
      instructions: 'Whisper.',
      language: 'de',
    });

    expect(result.warnings.map((warning) => 'feature' in warning && warning.feature)).toEqual([
      'outputFormat',
      'instructions',
      'language',
    ]);
    expect(speechRequests()[0]?.body).toEqual({
      model: 'tts-1',
      input: 'Warnings.',
      voice: 'alloy',
      response_format: 'mp3',
    });
  });

  it("follows CCAPI's older url answer and downloads the audio from the CCAPI host", async () => {
    const result = await generateSpeech({
      model: provider().speechModel('elevenlabs/eleven_turbo_v2'),
      text: 'Welcome to CCAPI.',
      voice: 'aria',
      providerOptions: { ccapi: { delivery: 'url' } },
    });

    expect(speechRequests()[0]?.body).toEqual({
      model: 'elevenlabs/eleven_turbo_v2',
      input: 'Welcome to CCAPI.',
      voice: 'aria',
      response_format: 'url',
      output_format: 'mp3',
    });
    const audioUrl = result.providerMetadata.ccapi?.audioUrl as string;
    expect(audioUrl.startsWith(`${emulator.url}/v1/audio/speech/files/`)).toBe(true);
    const download = emulator.requests.find((request) => request.method === 'GET');
    expect(download?.path).toBe(new URL(audioUrl).pathname);
    // Same origin as the configured base URL, so the key may go along.
    expect(download?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(parseWav(result.audio.uint8Array).wave).toBe('WAVE');
    expect(result.audio.mediaType).toBe('audio/wav');
  });
});

describe('CCAPISpeechModel JSON answers (fetch double)', () => {
  function providerAnswering(json: unknown, calls: Array<{ url: string; headers: Headers }>) {
    return createCCAPI({
      baseURL: 'https://api.ccapi.ai/v1',
      apiKey: 'sk-test-key-1234567890',
      fetch: async (input, init) => {
        const url = String(input);
        calls.push({ url, headers: new Headers(init?.headers) });
        if (url.endsWith('/v1/audio/speech')) {
          return new Response(JSON.stringify(json), {
            headers: { 'content-type': 'application/json' },
          });
        }
        return new Response(new Uint8Array([73, 68, 51, 4, 0]), {
          headers: { 'content-type': 'audio/mpeg' },
        });
      },
    });
  }

  it('decodes base64 audio in JSON', async () => {
    const calls: Array<{ url: string; headers: Headers }> = [];
    const result = await generateSpeech({
      model: providerAnswering(
        { data: [{ b64_json: Buffer.from('RIFFxxxxWAVE').toString('base64') }] },
        calls,
      ).speechModel('tts-1'),
      text: 'x',
    });
    expect(new TextDecoder().decode(result.audio.uint8Array)).toBe('RIFFxxxxWAVE');
    expect(calls).toHaveLength(1);
  });

  it('downloads a link on another host without sending the API key', async () => {
    const calls: Array<{ url: string; headers: Headers }> = [];
    const result = await generateSpeech({
      model: providerAnswering({ audio_url: 'https://cdn.example.com/a.mp3' }, calls).speechModel(
        'tts-1',
      ),
      text: 'x',
    });
    expect(calls[1]?.url).toBe('https://cdn.example.com/a.mp3');
    expect(calls[1]?.headers.get('authorization')).toBeNull();
    expect([...result.audio.uint8Array]).toEqual([73, 68, 51, 4, 0]);
  });

  it('refuses links to private addresses on another host', async () => {
    const calls: Array<{ url: string; headers: Headers }> = [];
    const error = await generateSpeech({
      model: providerAnswering(
        { url: 'http://169.254.169.254/latest/meta-data' },
        calls,
      ).speechModel('tts-1'),
      text: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(DownloadError.isInstance(error)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('turns a 200 error body into an APICallError and JSON without audio into a clear error', async () => {
    const calls: Array<{ url: string; headers: Headers }> = [];
    const upstream = await generateSpeech({
      model: providerAnswering(
        { error: { message: 'voice not found', type: 'invalid_request_error' } },
        calls,
      ).speechModel('tts-1'),
      text: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(upstream)).toBe(true);
    expect((upstream as Error).message).toContain('voice not found');

    const empty = await generateSpeech({
      model: providerAnswering({ status: 'ok' }, calls).speechModel('tts-1'),
      text: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(empty)).toBe(true);
    expect((empty as Error).message).toContain('neither audio nor an audio URL');
  });
});

describe('CCAPISpeechModel errors', () => {
  it.each([
    [{ text: '   ' }, 'text'],
    [{ text: 'x', speed: 10 }, 'speed'],
    [{ text: 'x', providerOptions: { ccapi: { delivery: 'stream' } } }, 'delivery'],
    [{ text: 'x', providerOptions: { ccapi: { voice: 'nova' } } }, 'voice'],
  ])('rejects %j with InvalidArgumentError before any request', async (call, field) => {
    const error = await generateSpeech({
      model: provider().speechModel('tts-1'),
      ...(call as { text: string }),
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(field);
    expect(speechRequests()).toHaveLength(0);
  });

  it('reports a 400 from CCAPI with the upstream message', async () => {
    const error = await generateSpeech({
      model: provider().speechModel('tts-1'),
      text: 'x'.repeat(5000),
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as Error).message).toContain('too long');
  });

  it('reports a rejected key as a 401', async () => {
    const error = await generateSpeech({
      model: createCCAPI({ baseURL: emulator.baseURL, apiKey: 'sk-wrong-key-000000' }).speechModel(
        'tts-1',
      ),
      text: 'x',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect((error as APICallError).statusCode).toBe(401);
  });

  it('aborts an in-flight request', async () => {
    const controller = new AbortController();
    const pending = generateSpeech({
      model: provider().speechModel('tts-1'),
      text: 'x',
      abortSignal: controller.signal,
      headers: { 'x-emulator-fault': 'stall' },
    });
    await vi.waitFor(() => expect(speechRequests()).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
