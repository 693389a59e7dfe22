import type { LanguageModelV4Usage } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { estimateCCAPICost } from './estimate-ccapi-cost';

function usage(
  input: Partial<LanguageModelV4Usage['inputTokens']>,
  output: Partial<LanguageModelV4Usage['outputTokens']>,
): LanguageModelV4Usage {
  return {
    inputTokens: {
      total: undefined,
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
      ...input,
    },
    outputTokens: { total: undefined, text: undefined, reasoning: undefined, ...output },
  };
}

describe('estimateCCAPICost', () => {
  it('prices input and output per million tokens', () => {
    expect(
      estimateCCAPICost({
        usage: usage({ total: 1_000, noCache: 1_000 }, { total: 500 }),
        pricing: { inputPerMillionTokens: 1.25, outputPerMillionTokens: 10 },
        basis: 'user',
      }),
    ).toEqual({
      estimatedUSD: 0.00625,
      currency: 'USD',
      basis: 'user',
      breakdown: { inputUSD: 0.00125, outputUSD: 0.005 },
      pricing: { inputPerMillionTokens: 1.25, outputPerMillionTokens: 10 },
    });
  });

  it('prices cache reads and writes apart, and derives the uncached input from the total', () => {
    const estimate = estimateCCAPICost({
      // Claude through the relay: prompt_tokens includes reads and writes.
      usage: usage({ total: 10_000, cacheRead: 6_000, cacheWrite: 3_000 }, { total: 100 }),
      pricing: {
        inputPerMillionTokens: 3,
        cachedInputPerMillionTokens: 0.3,
        cacheWritePerMillionTokens: 3.75,
        outputPerMillionTokens: 15,
      },
      basis: 'catalog',
    });
    expect(estimate?.breakdown).toEqual({
      inputUSD: 0.003,
      cachedInputUSD: 0.0018,
      cacheWriteUSD: 0.01125,
      outputUSD: 0.0015,
    });
    expect(estimate?.estimatedUSD).toBe(0.01755);
  });

  it('bills cache reads and writes at the input price when they have no price of their own', () => {
    const estimate = estimateCCAPICost({
      usage: usage({ noCache: 1_000, cacheRead: 1_000, cacheWrite: 1_000 }, { total: 0 }),
      pricing: { inputPerMillionTokens: 2, outputPerMillionTokens: 8 },
      basis: 'user',
    });
    expect(estimate?.breakdown).toEqual({
      inputUSD: 0.002,
      cachedInputUSD: 0.002,
      cacheWriteUSD: 0.002,
    });
  });

  it('bills reasoning at its own price when it has one, the rest of the output at the output price', () => {
    const pricing = {
      inputPerMillionTokens: 1,
      outputPerMillionTokens: 4,
      reasoningPerMillionTokens: 2,
    };
    expect(
      estimateCCAPICost({
        usage: usage({ noCache: 0 }, { total: 3_000, reasoning: 2_000 }),
        pricing,
        basis: 'user',
      })?.breakdown,
    ).toEqual({ outputUSD: 0.004, reasoningUSD: 0.004 });
    // Without its own price, reasoning is output (it is part of outputTokens.total).
    expect(
      estimateCCAPICost({
        usage: usage({ noCache: 0 }, { total: 3_000, reasoning: 2_000 }),
        pricing: { inputPerMillionTokens: 1, outputPerMillionTokens: 4 },
        basis: 'user',
      })?.breakdown,
    ).toEqual({ outputUSD: 0.012 });
  });

  it('adds the per-request price, and prices per-call models without tokens', () => {
    expect(
      estimateCCAPICost({
        usage: usage({ noCache: 10 }, { total: 10 }),
        pricing: { inputPerMillionTokens: 1, outputPerMillionTokens: 1, perRequest: 0.01 },
        basis: 'user',
      })?.estimatedUSD,
    ).toBe(0.01002);
    expect(
      estimateCCAPICost({
        usage: usage({ noCache: 10_000 }, { total: 500 }),
        pricing: { perRequest: 0.05 },
        basis: 'catalog',
      }),
    ).toMatchObject({ estimatedUSD: 0.05, breakdown: { requestUSD: 0.05 } });
  });

  it('gives no estimate when it would be a guess', () => {
    // No usage at all (a stream cut off before its usage chunk).
    expect(
      estimateCCAPICost({
        usage: usage({}, {}),
        pricing: { inputPerMillionTokens: 1, outputPerMillionTokens: 1 },
        basis: 'user',
      }),
    ).toBeUndefined();
    // Output tokens but no output price: a partial sum would look cheaper than the call was.
    expect(
      estimateCCAPICost({
        usage: usage({ noCache: 10 }, { total: 10 }),
        pricing: { inputPerMillionTokens: 1 },
        basis: 'user',
      }),
    ).toBeUndefined();
    expect(
      estimateCCAPICost({
        usage: usage({ noCache: 10 }, { total: 10 }),
        pricing: {},
        basis: 'user',
      }),
    ).toBeUndefined();
  });

  it('keeps sub-cent amounts without float noise', () => {
    const estimate = estimateCCAPICost({
      usage: usage({ noCache: 3 }, { total: 7 }),
      pricing: { inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.2 },
      basis: 'user',
    });
    expect(estimate?.estimatedUSD).toBe(0.0000017);
  });
});
