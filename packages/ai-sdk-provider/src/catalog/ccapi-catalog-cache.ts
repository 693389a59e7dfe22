import type { CCAPIModelList } from './ccapi-catalog-model';

/** How long a catalog read stays fresh for `ccapi.models.*` and catalog routing. */
export const CCAPI_CATALOG_MAX_AGE_MS = 5 * 60_000;
/** After a failed read, catalog routing uses the id for this long before it asks again. */
export const CCAPI_CATALOG_RETRY_AFTER_FAILURE_MS = 30_000;

/**
 * One provider's copy of the catalog. Concurrent readers share one request; a fresh copy is
 * reused; `refresh` reads again. A caller's abort signal only stops its own wait: the shared
 * request goes on for the others (the loader bounds it with a timeout).
 */
export class CCAPICatalogCache {
  private value: { list: CCAPIModelList; at: number } | undefined;
  private failure: { error: unknown; at: number } | undefined;
  private pending: Promise<CCAPIModelList> | undefined;

  constructor(
    private readonly options: {
      load: () => Promise<CCAPIModelList>;
      /** Called with every list read, e.g. to keep the provider's prices current. */
      onLoad?: (list: CCAPIModelList) => void;
      now?: () => number;
      maxAgeMs?: number;
      retryAfterFailureMs?: number;
    },
  ) {}

  /**
   * The catalog. `reuseFailure` answers with the last error while it is recent, so a catalog
   * that is down does not add a failing request to every routed call.
   */
  read(
    options: { refresh?: boolean; abortSignal?: AbortSignal; reuseFailure?: boolean } = {},
  ): Promise<CCAPIModelList> {
    if (options.abortSignal?.aborted) return Promise.reject(options.abortSignal.reason);
    const now = this.now();
    const maxAge = this.options.maxAgeMs ?? CCAPI_CATALOG_MAX_AGE_MS;
    if (options.refresh !== true && this.value != null && now - this.value.at < maxAge) {
      return Promise.resolve(this.value.list);
    }
    const retryAfter = this.options.retryAfterFailureMs ?? CCAPI_CATALOG_RETRY_AFTER_FAILURE_MS;
    if (
      options.reuseFailure === true &&
      this.failure != null &&
      now - this.failure.at < retryAfter
    ) {
      return Promise.reject(this.failure.error);
    }
    this.pending ??= this.options.load().then(
      (list) => {
        this.pending = undefined;
        this.value = { list, at: this.now() };
        this.failure = undefined;
        this.options.onLoad?.(list);
        return list;
      },
      (error: unknown) => {
        this.pending = undefined;
        this.failure = { error, at: this.now() };
        throw error;
      },
    );
    return waitUnlessAborted(this.pending, options.abortSignal);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

function waitUnlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal == null) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
