import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPILanguageModelResponsesOptions } from './ccapi-native-routes';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const ccapi = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const bodies = () =>
  emulator.requests
    .filter((r) => r.path === '/v1/responses')
    .map((r) => r.body as Record<string, any>);

const weather = tool({
  description: 'Weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

describe('ccapi(id, { api: "responses" }) on the Responses route', () => {
  it('sends Bearer auth and store: false by default', async () => {
    const model = ccapi()('gpt-4.1', { api: 'responses' });
    expect(model.provider).toBe('ccapi.responses');
    const result = await generateText({ model, prompt: 'Hello Responses' });
    expect(result.text).toBe('Echo: Hello Responses');
    const request = emulator.requests[0];
    expect(request?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(request?.headers['user-agent']).toContain('ccapi-ai-sdk-provider/');
    expect(bodies()[0]?.store).toBe(false);
    expect(result.providerMetadata?.ccapi).toMatchObject({
      route: 'responses',
      responseId: expect.stringMatching(/^resp_/),
    });
  });

  it('lets providerOptions.ccapi override the store default and set OpenAI options', async () => {
    await generateText({
      model: ccapi().responses('gpt-4.1'),
      providerOptions: { ccapi: { store: true, user: 'user-1' } },
      prompt: 'hi',
    });
    expect(bodies()[0]).toMatchObject({ store: true, user: 'user-1' });
  });

  it('maps reasoning to reasoning.effort and returns the summary', async () => {
    const result = await generateText({
      model: ccapi().responses('gpt-5'),
      reasoning: 'low',
      prompt: 'Think briefly',
    });
    expect(bodies()[0]?.reasoning).toMatchObject({ effort: 'low', summary: 'detailed' });
    expect(bodies()[0]?.include).toContain('reasoning.encrypted_content');
    expect(result.reasoningText).toContain('The user wrote "Think briefly"');
  });

  it('runs a tool loop with reasoning, sending the calls and encrypted reasoning back', async () => {
    const result = await generateText({
      model: ccapi().responses('gpt-5'),
      tools: { get_weather: weather },
      stopWhen: stepCountIs(3),
      providerOptions: {
        ccapi: { reasoningEffort: 'medium' } satisfies CCAPILanguageModelResponsesOptions,
      },
      prompt: 'What is the weather in Paris?',
    });
    expect(result.text).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');
    const second = bodies()[1];
    expect(second?.reasoning.effort).toBe('medium');
    const types = ((second?.input ?? []) as { type?: string }[]).map(
      (item) => item.type ?? 'message',
    );
    expect(types).toEqual(['message', 'reasoning', 'function_call', 'function_call_output']);
    expect(second?.input[1].encrypted_content).toEqual(expect.any(String));
    expect(second?.input[2]).toMatchObject({ name: 'get_weather', arguments: '{"city":"Paris"}' });
  });

  it('streams a tool loop', async () => {
    const result = streamText({
      model: ccapi().responses('gpt-4.1'),
      tools: { get_weather: weather },
      stopWhen: stepCountIs(3),
      prompt: 'What is the weather in Paris?',
    });
    expect(await result.text).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');
    expect((await result.steps)[0]?.toolCalls[0]).toMatchObject({
      toolName: 'get_weather',
      input: { city: 'Paris' },
    });
  });

  it('returns structured output (Output.object with zod)', async () => {
    const result = await generateText({
      model: ccapi().responses('gpt-4.1'),
      output: Output.object({ schema: z.object({ city: z.string(), parks: z.number() }) }),
      prompt: 'A city called Paris with 3 parks',
    });
    expect(result.output).toEqual({ city: 'Paris', parks: 3 });
    expect(bodies()[0]?.text.format.type).toBe('json_schema');
  });

  it('sends an image file part as input_image', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a', 'hex'));
    const result = await generateText({
      model: ccapi().responses('gpt-4.1'),
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
    expect(bodies()[0]?.input[0].content[1]).toMatchObject({
      type: 'input_image',
      image_url: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    });
    expect(result.text).toBe('Echo: Describe this [input_image]');
  });
});
