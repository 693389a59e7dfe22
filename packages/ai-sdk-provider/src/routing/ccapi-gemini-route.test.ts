import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPILanguageModelGeminiOptions } from './ccapi-native-routes';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () =>
  createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey, routes: { gemini: 'gemini' } });
const geminiRequests = () => emulator.requests.filter((r) => r.path.startsWith('/v1beta/'));
const lastBody = () => geminiRequests().at(-1)?.body as Record<string, any>;

const weather = tool({
  description: 'Weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

describe('ccapi.gemini on the Gemini native route', () => {
  it('calls :generateContent with x-goog-api-key only', async () => {
    const model = provider()('gemini-2.5-flash');
    expect(model.provider).toBe('ccapi.gemini');
    const result = await generateText({ model, prompt: 'Hello Gemini' });
    expect(result.text).toBe('Echo: Hello Gemini');

    const [request] = geminiRequests();
    expect(request?.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(request?.headers['x-goog-api-key']).toBe(emulator.apiKey);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.query.key).toBeUndefined();
    expect(request?.headers['user-agent']).toContain('ccapi-ai-sdk-provider/');
    expect(result.providerMetadata?.ccapi).toMatchObject({
      route: 'gemini',
      usageMetadata: expect.objectContaining({ promptTokenCount: expect.any(Number) }),
    });
  });

  it('streams with :streamGenerateContent?alt=sse', async () => {
    const result = streamText({ model: provider()('gemini-2.5-flash'), prompt: 'Stream please' });
    expect(await result.text).toBe('Echo: Stream please');
    const request = geminiRequests()[0];
    expect(request?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    expect(request?.query.alt).toBe('sse');
  });

  it('keeps provider-prefixed ids under /models/', async () => {
    await generateText({ model: provider().gemini('google/gemini-2.5-flash'), prompt: 'hi' });
    expect(geminiRequests()[0]?.path).toBe(
      '/v1beta/models/google/gemini-2.5-flash:generateContent',
    );
  });

  describe('Gemini 3 tool loop', () => {
    it('round-trips the thought signature on the function call (generateText)', async () => {
      const result = await generateText({
        model: provider()('gemini-3-pro-preview'),
        tools: { get_weather: weather },
        stopWhen: stepCountIs(3),
        prompt: 'What is the weather in Paris?',
      });
      expect(result.text).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');
      expect(result.warnings ?? []).not.toContainEqual(
        expect.objectContaining({
          message: expect.stringContaining('skip_thought_signature_validator'),
        }),
      );

      const call = result.steps[0]?.content.find((part) => part.type === 'tool-call');
      const signature = call?.providerMetadata?.google?.thoughtSignature;
      expect(signature).toEqual(expect.any(String));
      expect(call?.providerMetadata?.ccapi?.thoughtSignature).toBe(signature);

      const modelTurn = geminiRequests()[1]?.body as { contents: any[] };
      expect(modelTurn.contents[1]).toMatchObject({
        role: 'model',
        parts: [
          {
            functionCall: { name: 'get_weather', args: { city: 'Paris' } },
            thoughtSignature: signature,
          },
        ],
      });
    });

    it('round-trips it when streaming, with reasoning mapped to thinkingLevel', async () => {
      const result = streamText({
        model: provider()('gemini-3-pro-preview'),
        tools: { get_weather: weather },
        stopWhen: stepCountIs(3),
        reasoning: 'high',
        providerOptions: {
          ccapi: {
            thinkingConfig: { includeThoughts: true },
          } satisfies CCAPILanguageModelGeminiOptions,
        },
        prompt: 'What is the weather in Paris?',
      });
      expect(await result.text).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');
      const [first, second] = geminiRequests().map((r) => r.body as Record<string, any>);
      expect(first?.generationConfig.thinkingConfig).toEqual({
        thinkingLevel: 'high',
        includeThoughts: true,
      });
      const parts = second?.contents[1].parts as Record<string, any>[];
      expect(parts[0]).toMatchObject({ thought: true, text: expect.any(String) });
      const call = parts.find((part) => part.functionCall != null);
      expect(call?.thoughtSignature).toEqual(expect.any(String));
      expect(call?.thoughtSignature).not.toBe('skip_thought_signature_validator');
      expect((await result.steps)[0]?.reasoningText).toContain('I should call get_weather');
    });
  });

  it('maps reasoning to a thinking budget on Gemini 2.5', async () => {
    await generateText({ model: provider()('gemini-2.5-flash'), reasoning: 'low', prompt: 'hi' });
    expect(lastBody().generationConfig.thinkingConfig.thinkingBudget).toBeGreaterThan(0);
  });

  it('returns structured output (Output.object with zod)', async () => {
    const result = await generateText({
      model: provider()('gemini-2.5-flash'),
      output: Output.object({ schema: z.object({ city: z.string(), parks: z.number() }) }),
      prompt: 'A city called Paris with 3 parks',
    });
    expect(result.output).toEqual({ city: 'Paris', parks: 3 });
    expect(lastBody().generationConfig.responseMimeType).toBe('application/json');
  });

  it('sends an image file part as inlineData', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a', 'hex'));
    const result = await generateText({
      model: provider()('gemini-2.5-flash'),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe this' },
            { type: 'file', data: png, mediaType: 'image/png' },
          ],
        },
      ],
    });
    expect(lastBody().contents[0].parts[1]).toEqual({
      inlineData: { mimeType: 'image/png', data: Buffer.from(png).toString('base64') },
    });
    expect(result.text).toBe('Echo: Describe this [inline_data]');
  });

  it('returns generated images as files (responseModalities, aspectRatio)', async () => {
    const result = await generateText({
      model: provider()('gemini-2.5-flash-image'),
      providerOptions: {
        ccapi: { responseModalities: ['TEXT', 'IMAGE'], imageConfig: { aspectRatio: '16:9' } },
      },
      prompt: 'A red fox in the snow',
    });
    expect(lastBody().generationConfig).toMatchObject({
      responseModalities: ['TEXT', 'IMAGE'],
      imageConfig: { aspectRatio: '16:9' },
    });
    const [file] = result.files;
    expect(file?.mediaType).toBe('image/png');
    const bytes = Buffer.from(file?.uint8Array ?? []);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(bytes.readUInt32BE(20));
  });
});
