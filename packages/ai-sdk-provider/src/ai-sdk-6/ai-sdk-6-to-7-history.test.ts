import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import * as ai7 from 'ai';
import * as ai6 from 'ai-v6';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { createCCAPI as createCCAPIForAISDK7 } from '../ccapi-provider';
import { createCCAPI } from './ccapi-provider-v3';

// Moving an app from AI SDK 6 to 7 keeps its stored conversations: the reasoning metadata the
// brands need back (here DeepSeek V4's reasoning_content on every earlier turn, which the dialect
// enforces) travels in the same providerOptions.ccapi on both majors.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const weather = {
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }: { city: string }) => ({ city, temperature: 21 }),
};

describe('a conversation saved on AI SDK 6 continues on AI SDK 7', () => {
  it('with the same model id, after a thinking tool loop', async () => {
    const settings = { baseURL: emulator.baseURL, apiKey: emulator.apiKey };
    const question = { role: 'user' as const, content: 'Weather in Paris? Use get_weather.' };

    const onSix = await ai6.generateText({
      model: createCCAPI(settings)('deepseek-v4-pro'),
      messages: [question],
      tools: { get_weather: ai6.tool(weather) },
      stopWhen: ai6.stepCountIs(3),
      providerOptions: { ccapi: { reasoning: 'high' } },
    });
    expect(onSix.steps).toHaveLength(2);
    const saved = JSON.stringify([question, ...onSix.response.messages]);

    const firstRequest = emulator.requests.length;
    const onSeven = await ai7.generateText({
      model: createCCAPIForAISDK7(settings)('deepseek-v4-pro'),
      messages: [
        ...(JSON.parse(saved) as ai7.ModelMessage[]),
        { role: 'user', content: 'And in Berlin? Use get_weather.' },
      ],
      tools: { get_weather: ai7.tool(weather) },
      stopWhen: ai7.stepCountIs(3),
      reasoning: 'high',
    });
    expect(onSeven.steps).toHaveLength(2);
    expect(onSeven.text).toContain('21');
    const body = emulator.requests[firstRequest]?.body as {
      messages: Array<{ role: string; tool_calls?: unknown; reasoning_content?: string }>;
    };
    const earlierToolTurn = body.messages.find(
      (message) => message.role === 'assistant' && message.tool_calls != null,
    );
    expect(earlierToolTurn?.reasoning_content?.length ?? 0).toBeGreaterThan(0);
  });
});
