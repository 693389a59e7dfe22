import { InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, isStepCount, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CCAPIProviderSettings, createCCAPI } from '../ccapi-provider';
import type { CCAPICostEstimate } from './ccapi-cost-estimate';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = (settings: CCAPIProviderSettings = {}) =>
  createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey, ...settings });
const costOf = (metadata: { ccapi?: Record<string, unknown> } | undefined) =>
  metadata?.ccapi?.cost as CCAPICostEstimate | undefined;
const paths = () => emulator.requests.map((request) => request.path);

const weather = tool({
  description: 'Weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

describe('providerMetadata.ccapi.cost', () => {
  it('estimates each chat call from its usage and the pricing setting, without a network call', async () => {
    const pricing = {
      inputPerMillionTokens: 0.28,
      cachedInputPerMillionTokens: 0.028,
      outputPerMillionTokens: 0.42,
    };
    const ccapi = provider({ pricing: { 'deepseek-v3.2': pricing } });
    const result = await generateText({
      model: ccapi('deepseek-v3.2'),
      prompt: 'What is the weather in Paris?',
      tools: { weather },
      stopWhen: isStepCount(3),
    });
    expect(paths()).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
    expect(result.steps).toHaveLength(2);
    for (const step of result.steps) {
      const cost = costOf(step.providerMetadata);
      const { inputTokens, outputTokens } = step.usage;
      const cached = step.usage.inputTokenDetails?.cacheReadTokens ?? 0;
      const expected =
        ((inputTokens ?? 0) - cached) * 0.28 + cached * 0.028 + (outputTokens ?? 0) * 0.42;
      expect(cost).toMatchObject({ currency: 'USD', basis: 'user', pricing });
      expect(cost?.estimatedUSD).toBeCloseTo(expected / 1_000_000, 12);
    }
    // The emulator caches the first turn's prefix, so the second step reads some input from cache.
    expect(costOf(result.steps[1]?.providerMetadata)?.breakdown.cachedInputUSD).toBeGreaterThan(0);
  });

  it('puts the estimate on the streamed finish too', async () => {
    const ccapi = provider({
      pricing: { 'glm-5': { inputPerMillionTokens: 1, outputPerMillionTokens: 3.2 } },
    });
    const result = streamText({ model: ccapi('glm-5'), prompt: 'Hello' });
    await result.consumeStream();
    const usage = await result.usage;
    expect(costOf(await result.providerMetadata)?.estimatedUSD).toBeCloseTo(
      ((usage.inputTokens ?? 0) * 1 + (usage.outputTokens ?? 0) * 3.2) / 1_000_000,
      12,
    );
  });

  it('uses the catalog’s prices once models.list() has read them', async () => {
    const ccapi = provider();
    const before = await generateText({ model: ccapi('gpt-5'), prompt: 'Hello' });
    expect(before.finalStep.providerMetadata?.ccapi).not.toHaveProperty('cost');

    await ccapi.models.list({ type: 'chat' });
    const after = await generateText({ model: ccapi('gpt-5'), prompt: 'Hello' });
    expect(costOf(after.finalStep.providerMetadata)).toMatchObject({
      basis: 'catalog',
      pricing: {
        inputPerMillionTokens: 1.25,
        cachedInputPerMillionTokens: 0.125,
        outputPerMillionTokens: 10,
      },
    });
    expect(costOf(after.finalStep.providerMetadata)?.estimatedUSD).toBeGreaterThan(0);
    expect(paths()).toEqual(['/v1/chat/completions', '/v1/models', '/v1/chat/completions']);
  });

  it('estimates native routes too (Claude on /v1/messages, Gemini native)', async () => {
    const ccapi = provider({
      pricing: { 'gemini-2.5-flash': { inputPerMillionTokens: 0.3, outputPerMillionTokens: 2.5 } },
    });
    await ccapi.models.list();
    const claude = await generateText({ model: ccapi('claude-sonnet-4-6'), prompt: 'Hello' });
    expect(claude.finalStep.providerMetadata?.ccapi?.route).toBe('messages');
    const { inputTokens, outputTokens } = claude.usage;
    expect(costOf(claude.finalStep.providerMetadata)).toMatchObject({
      basis: 'catalog',
      estimatedUSD: expect.closeTo(
        ((inputTokens ?? 0) * 3 + (outputTokens ?? 0) * 15) / 1_000_000,
        12,
      ),
    });

    const gemini = streamText({ model: ccapi.gemini('gemini-2.5-flash'), prompt: 'Hello' });
    await gemini.consumeStream();
    // The user's price wins over the catalog's.
    expect(costOf(await gemini.providerMetadata)).toMatchObject({
      basis: 'user',
      pricing: { inputPerMillionTokens: 0.3, outputPerMillionTokens: 2.5 },
    });
  });

  it('bills reasoning tokens at their own price when it is set, the rest of the output at the output price', async () => {
    const pricing = {
      inputPerMillionTokens: 0.28,
      outputPerMillionTokens: 0.42,
      reasoningPerMillionTokens: 2,
    };
    const ccapi = provider({ pricing: { 'deepseek-reasoner': pricing } });
    const result = await generateText({
      model: ccapi('deepseek-reasoner'),
      prompt: 'Why is the sky blue?',
    });
    const reasoning = result.usage.outputTokenDetails?.reasoningTokens ?? 0;
    const text = result.usage.outputTokenDetails?.textTokens ?? 0;
    expect(reasoning).toBeGreaterThan(0);
    const cost = costOf(result.finalStep.providerMetadata);
    expect(cost?.breakdown.reasoningUSD).toBeCloseTo((reasoning * 2) / 1_000_000, 12);
    expect(cost?.breakdown.outputUSD).toBeCloseTo((text * 0.42) / 1_000_000, 12);
    expect(cost?.estimatedUSD).toBeCloseTo(
      ((result.usage.inputTokens ?? 0) * 0.28 + text * 0.42 + reasoning * 2) / 1_000_000,
      12,
    );
    expect(paths()).toEqual(['/v1/chat/completions']);
  });

  it('uses the prices of the catalog routing read, from the first call on', async () => {
    const ccapi = provider({ routing: 'catalog' });
    const result = await generateText({ model: ccapi('gpt-5'), prompt: 'Hello' });
    expect(paths()).toEqual(['/v1/models', '/v1/chat/completions']);
    expect(costOf(result.finalStep.providerMetadata)).toMatchObject({
      basis: 'catalog',
      estimatedUSD: expect.any(Number),
    });
  });

  it('leaves the cost out when the model has no known price', async () => {
    const ccapi = provider({
      pricing: { 'gpt-5': { inputPerMillionTokens: 1, outputPerMillionTokens: 1 } },
    });
    await ccapi.models.list();
    // glm-4.7 is in the catalog without a price.
    const result = await generateText({ model: ccapi('glm-4.7'), prompt: 'Hello' });
    expect(result.finalStep.providerMetadata?.ccapi).toMatchObject({ route: 'chat' });
    expect(result.finalStep.providerMetadata?.ccapi).not.toHaveProperty('cost');
  });

  it('rejects a pricing setting it cannot use when the provider is created', () => {
    expect(() => provider({ pricing: { 'gpt-5': { inputPerMillion: 1 } as never } })).toThrowError(
      InvalidArgumentError,
    );
    expect(() => provider({ pricing: { 'gpt-5': { inputPerMillionTokens: -1 } } })).toThrowError(
      /Invalid CCAPI 'pricing' setting/,
    );
    expect(() => provider({ pricing: { 'gpt-5': {} } })).toThrowError(/at least one price/);
    expect(() => provider({ pricing: { '': { perRequest: 1 } } })).toThrowError(
      InvalidArgumentError,
    );
  });
});
