import { describe, expect, it, vi } from 'vitest';
import { CCAPICatalogCache } from './ccapi-catalog-cache';
import type { CCAPIModelList } from './ccapi-catalog-model';

const list = (id: string): CCAPIModelList => ({
  models: [
    {
      id,
      displayName: id,
      type: 'chat',
      endpointTypes: ['openai'],
      routes: ['chat', 'completion'],
      inputModalities: [],
      outputModalities: [],
      capabilities: {},
      raw: { id },
    },
  ],
  skipped: [],
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('CCAPICatalogCache', () => {
  it('shares one request between concurrent readers and keeps the answer while fresh', async () => {
    let now = 0;
    const pending = deferred<CCAPIModelList>();
    const load = vi.fn(() => pending.promise);
    const onLoad = vi.fn();
    const cache = new CCAPICatalogCache({ load, onLoad, now: () => now, maxAgeMs: 1_000 });

    const readers = [cache.read(), cache.read(), cache.read()];
    pending.resolve(list('a'));
    const answers = await Promise.all(readers);
    expect(load).toHaveBeenCalledTimes(1);
    expect(new Set(answers).size).toBe(1);
    expect(onLoad).toHaveBeenCalledWith(list('a'));

    now = 999;
    await cache.read();
    expect(load).toHaveBeenCalledTimes(1);
    now = 1_000;
    load.mockResolvedValueOnce(list('b'));
    expect((await cache.read()).models[0]?.id).toBe('b');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reads again on refresh', async () => {
    const load = vi.fn().mockResolvedValueOnce(list('a')).mockResolvedValueOnce(list('b'));
    const cache = new CCAPICatalogCache({ load });
    await cache.read();
    expect((await cache.read({ refresh: true })).models[0]?.id).toBe('b');
  });

  it('reuses a recent failure only when asked to, then asks again', async () => {
    let now = 0;
    const failure = new Error('catalog down');
    const load = vi.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce(list('a'));
    const cache = new CCAPICatalogCache({ load, now: () => now, retryAfterFailureMs: 100 });
    await expect(cache.read({ reuseFailure: true })).rejects.toBe(failure);
    now = 50;
    await expect(cache.read({ reuseFailure: true })).rejects.toBe(failure);
    expect(load).toHaveBeenCalledTimes(1);
    // An explicit list() call does not wait for the pause.
    expect((await cache.read()).models[0]?.id).toBe('a');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops one reader’s wait on abort while the request goes on for the others', async () => {
    const pending = deferred<CCAPIModelList>();
    const cache = new CCAPICatalogCache({ load: () => pending.promise });
    const controller = new AbortController();
    const aborted = cache.read({ abortSignal: controller.signal });
    const patient = cache.read();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    pending.resolve(list('a'));
    expect((await patient).models[0]?.id).toBe('a');
    await expect(cache.read({ abortSignal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
