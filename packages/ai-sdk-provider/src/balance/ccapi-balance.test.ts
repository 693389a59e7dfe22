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
      unlimited: false,
      expiresAt: undefined,
      raw: {
        subscription: expect.objectContaining({
          object: 'billing_subscription',
          hard_limit_usd: 100,
        }),
        usage: { object: 'list', total_usage: 1234 },
      },
    });
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
      unlimited: true,
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
