import {
  combineHeaders,
  createJsonResponseHandler,
  getFromApi,
  postJsonToApi,
  zodSchema,
} from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { unwrapCCAPITaskEnvelope } from './unwrap-ccapi-task-envelope';

export interface CCAPITaskRequest {
  config: CCAPIConfig;
  modelId: string;
  method: 'GET' | 'POST';
  /** A URL built from the configured base URL (never one taken from a response). */
  url: string;
  body?: unknown;
  /** Call-level headers (`options.headers`), merged over the config's. */
  headers?: Record<string, string | undefined>;
  /** Replaces the config's auth headers, e.g. `{ Authorization: undefined, 'x-goog-api-key': key }`. */
  authHeaders?: Record<string, string | undefined>;
  abortSignal?: AbortSignal;
  /** Extra envelope codes that mean success on this route. */
  successCodes?: ReadonlyArray<string | number>;
  /** Return the body as it came, without removing a task envelope (Midjourney's `code:1`). */
  keepEnvelope?: boolean;
}

export interface CCAPITaskResponse {
  /** The payload with the task envelope removed (see `unwrapCCAPITaskEnvelope`). */
  value: unknown;
  /** The body as received. */
  rawValue: unknown;
  responseHeaders: Record<string, string> | undefined;
}

// Task answers come in several envelopes (see unwrapCCAPITaskEnvelope); each model validates the
// unwrapped payload with its own minimal schema.
const anyJsonSchema = zodSchema(z.unknown());

/**
 * Sends one request to a CCAPI task route (submit or status) and returns its JSON payload.
 * Non-2xx answers and HTTP-200 answers whose envelope `code` is not a success become
 * `APICallError`s with CCAPI's message; the API key never appears in them.
 */
export async function requestCCAPITask(request: CCAPITaskRequest): Promise<CCAPITaskResponse> {
  const { config, modelId } = request;
  const headers = combineHeaders(config.headers(), request.authHeaders, request.headers);
  const failedResponseHandler = createCCAPIFailedResponseHandler({
    modelId,
  });
  const successfulResponseHandler = createJsonResponseHandler(anyJsonSchema);

  const { value, responseHeaders } =
    request.method === 'GET'
      ? await getFromApi({
          url: request.url,
          headers,
          failedResponseHandler,
          successfulResponseHandler,
          abortSignal: request.abortSignal,
          fetch: config.fetch,
          validateUrl: false,
        })
      : await postJsonToApi({
          url: request.url,
          headers,
          body: request.body ?? {},
          failedResponseHandler,
          successfulResponseHandler,
          abortSignal: request.abortSignal,
          fetch: config.fetch,
        });

  return {
    value: request.keepEnvelope
      ? value
      : unwrapCCAPITaskEnvelope(value, {
          url: request.url,
          requestBodyValues: request.body ?? {},
          responseHeaders,
          modelId,
          successCodes: request.successCodes,
        }),
    rawValue: value,
    responseHeaders,
  };
}
