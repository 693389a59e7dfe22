import { AsyncLocalStorage } from 'node:async_hooks';

let requestCounter = 0;
const currentRequest = new AsyncLocalStorage<string>();

/** new-api's request id format: `<yyyyMMddHHmmss><counter>`. */
function createRequestId(): string {
  requestCounter += 1;
  const stamp = new Date()
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `${stamp}${String(requestCounter).padStart(8, '0')}`;
}

/**
 * Runs one request's handling with its own id. new-api makes one id per request and uses it
 * everywhere: the `X-Oneapi-Request-Id` header and every `(request id: …)` in a message, which
 * is what users quote to support. Timers and promises started inside keep the id.
 */
export function withRequestId<T>(handle: () => T): T {
  return currentRequest.run(createRequestId(), handle);
}

/** The id of the request being handled (a fresh one outside a request, e.g. in unit tests). */
export function currentRequestId(): string {
  return currentRequest.getStore() ?? createRequestId();
}
