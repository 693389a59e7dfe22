import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const get = (target: RunningEmulator, path: string, key: string | null = target.apiKey) =>
  fetch(`${target.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('billing routes', () => {
  it('report the default quota and spend in new-api’s shapes, with and without /v1', async () => {
    for (const prefix of ['/v1', '']) {
      const subscription = await (
        await get(emulator, `${prefix}/dashboard/billing/subscription`)
      ).json();
      expect(subscription).toEqual({
        object: 'billing_subscription',
        has_payment_method: true,
        soft_limit_usd: 100,
        hard_limit_usd: 100,
        system_hard_limit_usd: 100,
        access_until: 0,
      });
      const usage = await (await get(emulator, `${prefix}/dashboard/billing/usage`)).json();
      // Hundredths of a USD, like OpenAI's old billing API.
      expect(usage).toEqual({ object: 'list', total_usage: 1234 });
    }
  });

  it('report the balance a test sets, an expiry and an unlimited key', async () => {
    const expiresAt = new Date('2027-01-31T00:00:00Z');
    const limited = await startEmulator({ balance: { limitUSD: 5, usedUSD: 4.5, expiresAt } });
    const unlimited = await startEmulator({ balance: { unlimited: true, usedUSD: 0.01 } });
    try {
      const subscription = await (await get(limited, '/v1/dashboard/billing/subscription')).json();
      expect(subscription).toMatchObject({ hard_limit_usd: 5, access_until: 1_801_353_600 });
      expect(await (await get(limited, '/v1/dashboard/billing/usage')).json()).toMatchObject({
        total_usage: 450,
      });
      expect(
        (await (await get(unlimited, '/v1/dashboard/billing/subscription')).json()).hard_limit_usd,
      ).toBe(100_000_000);
      expect((await (await get(unlimited, '/v1/dashboard/billing/usage')).json()).total_usage).toBe(
        1,
      );
    } finally {
      await Promise.all([limited.close(), unlimited.close()]);
    }
  });

  it('fail with HTTP 200 and an error body, as new-api does', async () => {
    const failing = await startEmulator({ balance: { error: 'record not found' } });
    try {
      const response = await get(failing, '/v1/dashboard/billing/subscription');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        error: { message: 'record not found', type: 'upstream_error' },
      });
      expect((await (await get(failing, '/v1/dashboard/billing/usage')).json()).error.type).toBe(
        'new_api_error',
      );
    } finally {
      await failing.close();
    }
  });

  it('require the key', async () => {
    expect((await get(emulator, '/v1/dashboard/billing/usage', null)).status).toBe(401);
  });
});
