import { APICallError } from '@ai-sdk/provider';
import { type RecordedRequest, type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPILanguageModelMessagesOptions } from './ccapi-native-routes';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const messagesRequests = () => emulator.requests.filter((r) => r.path === '/v1/messages');
const lastBody = () => messagesRequests().at(-1)?.body as Record<string, any>;

const weather = tool({
  description: 'Weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

describe('ccapi(claude) on the Messages route', () => {
  it('routes Claude to POST /v1/messages with x-api-key and our user agent', async () => {
    const model = provider()('claude-sonnet-4-6');
    expect(model.provider).toBe('ccapi.messages');
    const result = await generateText({ model, prompt: 'Hello Claude' });

    expect(result.text).toBe('Echo: Hello Claude');
    const [request] = messagesRequests() as [RecordedRequest];
    expect(request.headers['x-api-key']).toBe(emulator.apiKey);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    expect(request.headers['user-agent']).toContain('ccapi-ai-sdk-provider/');
    expect(result.providerMetadata?.ccapi).toMatchObject({
      route: 'messages',
      requestId: expect.any(String),
      responseId: expect.stringMatching(/^msg_/),
      usage: expect.objectContaining({ input_tokens: expect.any(Number) }),
    });
    expect(result.providerMetadata?.anthropic).toBeDefined();
  });

  it('streams text', async () => {
    const result = streamText({
      model: provider().messages('claude-haiku-4-5'),
      prompt: 'Stream me please',
    });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Echo: Stream me please');
    expect(await result.finishReason).toBe('stop');
    expect((await result.providerMetadata)?.ccapi?.route).toBe('messages');
    expect(lastBody().stream).toBe(true);
  });

  describe('tool loop with thinking', () => {
    it('round-trips the signed thinking block (generateText, reasoning option)', async () => {
      const result = await generateText({
        model: provider()('claude-sonnet-4-6'),
        tools: { get_weather: weather },
        stopWhen: stepCountIs(3),
        reasoning: 'medium',
        prompt: 'What is the weather in Paris?',
      });

      expect(result.steps).toHaveLength(2);
      expect(result.text).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');
      const [first, second] = messagesRequests().map((r) => r.body as Record<string, any>);
      expect(first?.thinking?.type).toMatch(/^(enabled|adaptive)$/);

      const reasoning = result.steps[0]?.content.find((part) => part.type === 'reasoning');
      const signature = reasoning?.providerMetadata?.anthropic?.signature;
      expect(signature).toEqual(expect.any(String));
      expect(reasoning?.providerMetadata?.ccapi?.signature).toBe(signature);
      const assistantTurn = second?.messages[1];
      expect(assistantTurn.role).toBe('assistant');
      expect(assistantTurn.content[0]).toEqual({
        type: 'thinking',
        thinking: reasoning?.text,
        signature,
      });
      expect(assistantTurn.content[1]).toMatchObject({ type: 'tool_use', name: 'get_weather' });
    });

    it('round-trips it when streaming with providerOptions.ccapi.thinking', async () => {
      const result = streamText({
        model: provider()('claude-sonnet-4-5'),
        tools: { get_weather: weather },
        stopWhen: stepCountIs(3),
        providerOptions: {
          ccapi: {
            thinking: { type: 'enabled', budgetTokens: 2048 },
          } satisfies CCAPILanguageModelMessagesOptions,
        },
        prompt: 'What is the weather in Paris?',
      });
      expect(await result.text).toBe('Based on get_weather: {"city":"Paris","temperature":21}.');
      const [first, second] = messagesRequests().map((r) => r.body as Record<string, any>);
      expect(first?.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
      expect(second?.messages[1].content[0]).toMatchObject({
        type: 'thinking',
        signature: expect.any(String),
      });
      expect((await result.steps)[0]?.reasoningText).toContain('I should call get_weather');
    });

    it('gets the Anthropic 400 when thinking blocks are dropped from the history', async () => {
      const error = await generateText({
        model: provider()('claude-sonnet-4-5'),
        maxRetries: 0,
        providerOptions: { ccapi: { thinking: { type: 'enabled', budgetTokens: 2048 } } },
        tools: { get_weather: weather },
        messages: [
          { role: 'user', content: 'What is the weather in Paris?' },
          {
            role: 'assistant',
            content: [
              { type: 'text', text: 'Let me check.' },
              {
                type: 'tool-call',
                toolCallId: 'toolu_01A',
                toolName: 'get_weather',
                input: { city: 'Paris' },
              },
            ],
          },
          {
            role: 'tool',
            content: [
              {
                type: 'tool-result',
                toolCallId: 'toolu_01A',
                toolName: 'get_weather',
                output: { type: 'json', value: { temperature: 21 } },
              },
            ],
          },
        ],
      }).catch((e: unknown) => e);
      expect(APICallError.isInstance(error)).toBe(true);
      expect((error as APICallError).statusCode).toBe(400);
      expect((error as APICallError).message).toContain(
        'Expected `thinking` or `redacted_thinking`, but found `text`',
      );
    });
  });

  it('puts cacheControl from providerOptions.ccapi and .anthropic on the wire as cache_control', async () => {
    const result = await generateText({
      model: provider()('claude-sonnet-4-6'),
      instructions: {
        role: 'system',
        content: 'You are a careful assistant. '.repeat(40),
        providerOptions: { ccapi: { cacheControl: { type: 'ephemeral' } } },
      },
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Summarise the rules.',
              providerOptions: { anthropic: { cacheControl: { type: 'ephemeral', ttl: '1h' } } },
            },
          ],
        },
      ],
    });
    const body = lastBody();
    expect(body.system[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(body.messages[0].content[0].cache_control).toEqual({ type: 'ephemeral', ttl: '1h' });
    const usage = result.providerMetadata?.ccapi?.usage as Record<string, number>;
    expect(usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(result.usage.inputTokenDetails.cacheWriteTokens).toBe(usage.cache_creation_input_tokens);
  });

  it('returns structured output (Output.object with zod)', async () => {
    const result = await generateText({
      model: provider()('claude-sonnet-4-6'),
      output: Output.object({ schema: z.object({ city: z.string(), parks: z.number() }) }),
      prompt: 'A city called Paris with 3 parks',
    });
    expect(result.output).toEqual({ city: 'Paris', parks: 3 });
  });

  it('sends an image file part inline as a base64 image block', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a', 'hex'));
    const result = await generateText({
      model: provider()('claude-sonnet-4-6'),
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
    expect(lastBody().messages[0].content[1]).toEqual({
      type: 'image',
      source: {
        type: 'base64',
        media_type: 'image/png',
        data: Buffer.from(png).toString('base64'),
      },
    });
    expect(result.text).toBe('Echo: Describe this [image]');
  });

  it('warns about another route’s provider options instead of failing', async () => {
    const result = await generateText({
      model: provider()('claude-sonnet-4-6'),
      providerOptions: { google: { thinkingConfig: { includeThoughts: true } } },
      prompt: 'hi',
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        type: 'other',
        message: expect.stringContaining('providerOptions.google is ignored'),
      }),
    );
  });
});
