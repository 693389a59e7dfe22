import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function generate(model: string, body: unknown, method = 'generateContent', query = '') {
  return fetch(`${emulator.url}/v1beta/models/${model}:${method}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': emulator.apiKey },
    body: JSON.stringify(body),
  });
}

const tools = [
  {
    functionDeclarations: [
      {
        name: 'get_weather',
        description: 'Weather for a city',
        parameters: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
        },
      },
    ],
  },
];
const ask = { role: 'user', parts: [{ text: 'Weather in Paris? Use get_weather.' }] };
const result = {
  role: 'user',
  parts: [{ functionResponse: { name: 'get_weather', response: { temperature: 21 } } }],
};

function pngSize(base64: string) {
  const bytes = Buffer.from(base64, 'base64');
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('POST /v1beta/models/{model}:generateContent', () => {
  it('answers text with usage metadata', async () => {
    const response = await generate('gemini-2.5-flash', {
      contents: [{ role: 'user', parts: [{ text: 'Hello Gemini' }] }],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.candidates[0]).toMatchObject({
      content: { role: 'model', parts: [{ text: 'Echo: Hello Gemini' }] },
      finishReason: 'STOP',
    });
    // Gemini 2.5 thinks by default: billed thoughts, no thought parts unless asked.
    expect(body.usageMetadata.thoughtsTokenCount).toBeGreaterThan(0);
    expect(body.modelVersion).toBe('gemini-2.5-flash');
  });

  it('accepts the key as ?key= and rejects a wrong one in new-api’s shape', async () => {
    const ok = await fetch(
      `${emulator.url}/v1beta/models/gemini-2.5-flash:generateContent?key=${emulator.apiKey}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contents: [ask] }),
      },
    );
    expect(ok.status).toBe(200);
    const bad = await fetch(`${emulator.url}/v1beta/models/gemini-2.5-flash:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'sk-wrong' },
      body: JSON.stringify({ contents: [ask] }),
    });
    expect(bad.status).toBe(401);
  });

  it('shows thought parts with includeThoughts and signs the function call', async () => {
    const body = await (
      await generate('gemini-3-pro-preview', {
        contents: [ask],
        tools,
        generationConfig: { thinkingConfig: { includeThoughts: true } },
      })
    ).json();
    const parts = body.candidates[0].content.parts;
    expect(parts[0]).toMatchObject({ thought: true, text: expect.any(String) });
    const call = parts.find((p: { functionCall?: unknown }) => p.functionCall);
    expect(call).toMatchObject({
      functionCall: { name: 'get_weather', args: { city: 'Paris' } },
      thoughtSignature: expect.any(String),
    });
  });

  it('streams SSE data frames without [DONE], calls whole, finish on the last frame', async () => {
    const response = await generate(
      'gemini-2.5-flash',
      { contents: [ask], tools },
      'streamGenerateContent',
      '?alt=sse',
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text();
    expect(text).not.toContain('[DONE]');
    expect(text).not.toContain('event:');
    const frames = text
      .split('\n\n')
      .filter((f) => f.startsWith('data: '))
      .map((f) => JSON.parse(f.slice(6)));
    const last = frames[frames.length - 1];
    expect(last.candidates[0].finishReason).toBe('STOP');
    expect(last.usageMetadata.promptTokenCount).toBeGreaterThan(0);
    expect(last.candidates[0].content.parts[0]).toMatchObject({
      functionCall: { name: 'get_weather', args: { city: 'Paris' } },
      thoughtSignature: expect.any(String),
    });
  });

  describe('Gemini 3 thought signatures', () => {
    it('rejects a model function call without its thoughtSignature', async () => {
      const response = await generate('gemini-3-pro-preview', {
        contents: [
          ask,
          {
            role: 'model',
            parts: [{ functionCall: { name: 'get_weather', args: { city: 'Paris' } } }],
          },
          result,
        ],
        tools,
      });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.type).toBe('upstream_error');
      expect(body.error.code).toBe(400);
      expect(body.error.message).toMatch(
        /^Function call is missing a thought_signature in functionCall parts\. .*`default_api:get_weather`/,
      );
    });

    it('accepts the signature it issued and answers from the result', async () => {
      const first = await (
        await generate('gemini-3-pro-preview', { contents: [ask], tools })
      ).json();
      const modelTurn = first.candidates[0].content;
      const response = await generate('gemini-3-pro-preview', {
        contents: [ask, modelTurn, result],
        tools,
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.candidates[0].content.parts.at(-1).text).toBe(
        'Based on get_weather: {"temperature":21}.',
      );
    });

    it('rejects a made-up signature and ignores older turns and Gemini 2.5', async () => {
      const forged = await generate('gemini-3-pro-preview', {
        contents: [
          ask,
          {
            role: 'model',
            parts: [
              { functionCall: { name: 'get_weather', args: {} }, thoughtSignature: 'Zm9yZ2Vk' },
            ],
          },
          result,
        ],
      });
      expect(forged.status).toBe(400);
      expect((await forged.json()).error.message).toBe('Corrupted thought signature.');

      const olderTurn = await generate('gemini-3-pro-preview', {
        contents: [
          ask,
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: {} } }] },
          result,
          { role: 'model', parts: [{ text: 'It is 21 degrees.' }] },
          { role: 'user', parts: [{ text: 'Thanks!' }] },
        ],
      });
      expect(olderTurn.status).toBe(200);

      const gemini25 = await generate('gemini-2.5-flash', {
        contents: [
          ask,
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: {} } }] },
          result,
        ],
      });
      expect(gemini25.status).toBe(200);
    });
  });

  describe('image output', () => {
    it('returns a valid PNG when responseModalities asks for IMAGE, honouring aspectRatio', async () => {
      const body = await (
        await generate('gemini-2.5-flash', {
          contents: [{ role: 'user', parts: [{ text: 'A red fox' }] }],
          generationConfig: {
            responseModalities: ['TEXT', 'IMAGE'],
            imageConfig: { aspectRatio: '16:9' },
          },
        })
      ).json();
      const image = body.candidates[0].content.parts.find(
        (p: { inlineData?: unknown }) => p.inlineData,
      );
      expect(image.inlineData.mimeType).toBe('image/png');
      const size = pngSize(image.inlineData.data);
      expect(size.width).toBeGreaterThan(size.height);
      // The IDAT stream decompresses: the PNG is well-formed, not just a header.
      const bytes = Buffer.from(image.inlineData.data, 'base64');
      const idat = bytes.indexOf('IDAT');
      expect(
        inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4))).length,
      ).toBe(size.height * (1 + size.width * 3));
    });

    it('returns an image for image model ids (nano-banana), portrait for 9:16', async () => {
      const body = await (
        await generate('nano-banana', {
          contents: [{ role: 'user', parts: [{ text: 'A tall tower' }] }],
          generationConfig: { imageConfig: { aspectRatio: '9:16' } },
        })
      ).json();
      const image = body.candidates[0].content.parts.find(
        (p: { inlineData?: unknown }) => p.inlineData,
      );
      const size = pngSize(image.inlineData.data);
      expect(size.height).toBeGreaterThan(size.width);
      expect(body.usageMetadata.candidatesTokenCount).toBeGreaterThanOrEqual(1290);
    });
  });

  it('reads a ~fault: suffix on the path model id', async () => {
    const response = await generate('gemini-2.5-flash~fault:model-not-found', { contents: [ask] });
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe('model_not_found');
  });

  it('accepts provider-prefixed ids under /models/', async () => {
    const response = await generate('google/gemini-2.5-flash', { contents: [ask] });
    expect(response.status).toBe(200);
    expect((await response.json()).modelVersion).toBe('google/gemini-2.5-flash');
  });
});
