import { APICallError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCCAPI } from '../ccapi-provider';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const withEmulator = async <T>(
  options: Parameters<typeof startEmulator>[0],
  run: (target: RunningEmulator) => Promise<T>,
): Promise<T> => {
  const target = await startEmulator(options);
  try {
    return await run(target);
  } finally {
    await target.close();
  }
};

describe('ccapi.balance()', () => {
  it('combines the quota and the spend (sent in cents) into USD', async () => {
    emulator.requests.length = 0;
    const balance = await createCCAPI({
      baseURL: emulator.baseURL,
      apiKey: emulator.apiKey,
    }).balance();
    expect(balance).toEqual({
      limitUSD: 100,
      usedUSD: 12.34,
      remainingUSD: 87.66,
      expiresAt: undefined,
      raw: {
        subscription: expect.objectContaining({
          object: 'billing_subscription',
          hard_limit_usd: 100,
        }),
        usage: { object: 'list', total_usage: 1234 },
      },
    });
    // The documented shape and nothing more (toEqual would pass with extra undefined keys).
    expect(Object.keys(balance).sort()).toEqual([
      'expiresAt',
      'limitUSD',
      'raw',
      'remainingUSD',
      'usedUSD',
    ]);
    expect(emulator.requests.map((request) => request.path).sort()).toEqual([
      '/v1/dashboard/billing/subscription',
      '/v1/dashboard/billing/usage',
    ]);
    expect(emulator.requests[0]?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
  });

  it('reports the key’s expiry and a nearly spent quota', async () => {
    const expiresAt = new Date('2027-03-01T12:00:00Z');
    const balance = await withEmulator(
      { balance: { limitUSD: 5, usedUSD: 4.99, expiresAt } },
      (target) => createCCAPI({ baseURL: target.baseURL, apiKey: target.apiKey }).balance(),
    );
    expect(balance).toMatchObject({ limitUSD: 5, usedUSD: 4.99, remainingUSD: 0.01, expiresAt });
  });

  it('reports an unlimited key without a limit', async () => {
    const balance = await withEmulator({ balance: { unlimited: true, usedUSD: 3.5 } }, (target) =>
      createCCAPI({ baseURL: target.baseURL, apiKey: target.apiKey }).balance(),
    );
    expect(balance).toMatchObject({
      limitUSD: undefined,
      remainingUSD: undefined,
      usedUSD: 3.5,
    });
  });

  it('turns new-api’s HTTP 200 error body into an APICallError that names the route', async () => {
    const error = await withEmulator({ balance: { error: 'record not found' } }, (target) =>
      createCCAPI({ baseURL: target.baseURL, apiKey: target.apiKey })
        .balance()
        .catch((caught: unknown) => caught),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^Could not read the CCAPI balance \(GET \/dashboard\/billing\/(subscription|usage)\): .*record not found/,
    );
  });

  it('reports a rejected key as a 401 APICallError without the key', async () => {
    const key = 'sk-wrong-balance-key-2718';
    const error = await createCCAPI({ baseURL: emulator.baseURL, apiKey: key })
      .balance()
      .catch((caught: unknown) => caught);
    expect((error as APICallError).statusCode).toBe(401);
    expect((error as Error).message).toMatch(
      /Could not read the CCAPI balance .*rejected the API key/,
    );
    expect(JSON.stringify(error)).not.toContain(key);
    expect(String((error as Error).stack)).not.toContain(key);
  });

  it('reports a gateway that does not serve the billing routes', async () => {
    const error = await createCCAPI({
      baseURL: emulator.baseURL,
      apiKey: emulator.apiKey,
      headers: { 'x-emulator-fault': 'html' },
    })
      .balance()
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(
      /Could not read the CCAPI balance.*HTML page.*base URL is probably wrong/,
    );
  });

  it('stops on abort', async () => {
    await expect(
      createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey }).balance({
        abortSignal: AbortSignal.abort(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('ccapi.balance(): the reference’s answers and edge values (ccapi-music-and-more.md §9)', () => {
  // The emulator's billing answers replaced on the way back; the requests are the real ones.
  const answering = (answers: { subscription: unknown; usage: unknown }) =>
    createCCAPI({
      baseURL: emulator.baseURL,
      apiKey: emulator.apiKey,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = String(input).endsWith('/subscription') ? answers.subscription : answers.usage;
        return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
      },
    }).balance();

  it('reads the documented example: USD quota, usage in cents, expiry in Unix seconds', async () => {
    const subscription = {
      object: 'billing_subscription',
      has_payment_method: true,
      soft_limit_usd: 100.0,
      hard_limit_usd: 100.0,
      system_hard_limit_usd: 100.0,
      access_until: 1640995200,
    };
    const usage = { object: 'list', total_usage: 2500.0 };
    expect(await answering({ subscription, usage })).toEqual({
      limitUSD: 100,
      usedUSD: 25,
      remainingUSD: 75,
      expiresAt: new Date('2022-01-01T00:00:00Z'),
      raw: { subscription, usage },
    });
  });

  it('reads no expiry from 0 or a negative access_until, and amounts sent as strings', async () => {
    for (const accessUntil of [0, -1, null]) {
      const balance = await answering({
        subscription: { hard_limit_usd: '10', access_until: accessUntil },
        usage: { total_usage: '150.5' },
      });
      expect(balance).toMatchObject({ limitUSD: 10, usedUSD: 1.505, remainingUSD: 8.495 });
      expect(balance.expiresAt).toBeUndefined();
    }
  });

  it('falls back to the other limit fields, and never reports a negative remainder', async () => {
    const balance = await answering({
      subscription: { system_hard_limit_usd: 5 },
      usage: { total_usage: 725 },
    });
    expect(balance).toMatchObject({ limitUSD: 5, usedUSD: 7.25, remainingUSD: 0 });
  });

  it('reads new-api’s unlimited quota (100000000) as no limit', async () => {
    const balance = await answering({
      subscription: { hard_limit_usd: 100_000_000, access_until: 0 },
      usage: { total_usage: 2500 },
    });
    expect(balance).toMatchObject({
      limitUSD: undefined,
      remainingUSD: undefined,
      usedUSD: 25,
      expiresAt: undefined,
    });
  });

  it('reports either route’s HTTP 200 error body (upstream_error, new_api_error) by route', async () => {
    const subscriptionFailed = await answering({
      subscription: { error: { message: 'token not found', type: 'upstream_error' } },
      usage: { total_usage: 1 },
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(subscriptionFailed)).toBe(true);
    expect((subscriptionFailed as Error).message).toMatch(
      /^Could not read the CCAPI balance \(GET \/dashboard\/billing\/subscription\): .*token not found/,
    );
    const usageFailed = await answering({
      subscription: { hard_limit_usd: 1 },
      usage: { error: { message: 'quota lookup failed', type: 'new_api_error' } },
    }).catch((caught: unknown) => caught);
    expect((usageFailed as Error).message).toMatch(
      /^Could not read the CCAPI balance \(GET \/dashboard\/billing\/usage\): .*quota lookup failed/,
    );
    const noLimit = await answering({
      subscription: { object: 'billing_subscription' },
      usage: { total_usage: 1 },
    }).catch((caught: unknown) => caught);
    expect((noLimit as Error).message).toMatch(/has no hard_limit_usd/);
  });
});
