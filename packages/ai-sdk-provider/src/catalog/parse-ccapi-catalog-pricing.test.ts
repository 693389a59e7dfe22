import { describe, expect, it } from 'vitest';
import { parseCCAPICatalogPricing } from './parse-ccapi-catalog-pricing';

describe('parseCCAPICatalogPricing', () => {
  it('reads the emulator’s docs-style object with an explicit unit', () => {
    expect(
      parseCCAPICatalogPricing({
        ccapi: {
          pricing: {
            currency: 'USD',
            unit: 'per_million_tokens',
            input: 3,
            cached_input: 0.3,
            cache_write: 3.75,
            output: 15,
          },
        },
      }),
    ).toEqual({
      inputPerMillionTokens: 3,
      cachedInputPerMillionTokens: 0.3,
      cacheWritePerMillionTokens: 3.75,
      outputPerMillionTokens: 15,
    });
  });

  it('reads OpenRouter’s per-token strings', () => {
    expect(
      parseCCAPICatalogPricing({
        pricing: {
          prompt: '0.00000125',
          completion: '0.00001',
          input_cache_read: '0.000000125',
          internal_reasoning: '0.00001',
          request: '0',
          image: '0.001',
        },
      }),
    ).toEqual({
      inputPerMillionTokens: 1.25,
      outputPerMillionTokens: 10,
      cachedInputPerMillionTokens: 0.125,
      reasoningPerMillionTokens: 10,
      perRequest: 0,
    });
  });

  it('reads units from key suffixes', () => {
    expect(
      parseCCAPICatalogPricing({
        pricing: {
          input_cost_per_token: 0.000002,
          output_per_1k_tokens: 0.008,
          cache_read_input_token_cost_per_token: 0.0000005,
        },
      }),
    ).toEqual({
      inputPerMillionTokens: 2,
      outputPerMillionTokens: 8,
      cachedInputPerMillionTokens: 0.5,
    });
    expect(
      parseCCAPICatalogPricing({
        price: { input_per_million_tokens: 0.28, output_per_1m: '0.42' },
      }),
    ).toEqual({ inputPerMillionTokens: 0.28, outputPerMillionTokens: 0.42 });
  });

  it('tells per-token from per-million plain prices by size when no unit is given', () => {
    expect(parseCCAPICatalogPricing({ pricing: { input: 0.0000003, output: 2.5 } })).toEqual({
      inputPerMillionTokens: 0.3,
      outputPerMillionTokens: 2.5,
    });
  });

  it('reads media prices as they are', () => {
    expect(
      parseCCAPICatalogPricing({ ccapi: { pricing: { currency: 'usd', per_image: 0.04 } } }),
    ).toEqual({
      perImage: 0.04,
    });
    expect(parseCCAPICatalogPricing({ pricing: { per_second: 0.1 } })).toEqual({ perSecond: 0.1 });
  });

  it('reads new-api ratios (ratio 1 = $2 per million input tokens) and per-call prices', () => {
    expect(
      parseCCAPICatalogPricing({
        model_ratio: 0.625,
        completion_ratio: 8,
        cache_ratio: 0.1,
        quota_type: 0,
      }),
    ).toEqual({
      inputPerMillionTokens: 1.25,
      outputPerMillionTokens: 10,
      cachedInputPerMillionTokens: 0.125,
    });
    expect(parseCCAPICatalogPricing({ quota_type: 1, model_price: 0.04, model_ratio: 0 })).toEqual({
      perRequest: 0.04,
    });
  });

  it('leaves out what it cannot read as USD', () => {
    expect(
      parseCCAPICatalogPricing({ pricing: { currency: 'CNY', input: 2, output: 8 } }),
    ).toBeUndefined();
    expect(
      parseCCAPICatalogPricing({ pricing: { prompt: '-1', completion: 'n/a' } }),
    ).toBeUndefined();
    expect(parseCCAPICatalogPricing({ pricing: 'cheap' })).toBeUndefined();
    expect(parseCCAPICatalogPricing({ id: 'x' })).toBeUndefined();
  });
});
