import { combineHeaders, extractResponseHeaders, getFromApi } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';

export interface DownloadedCCAPIFile {
  data: Uint8Array;
  /** The `content-type` the server sent, without parameters. */
  mediaType: string | undefined;
  responseHeaders: Record<string, string> | undefined;
}

/**
 * Downloads a generated file through `config.fetch`.
 *
 * `trusted: false` is for URLs taken from a response body (a task's result URL): the URL is
 * validated (no private or loopback hosts, every redirect re-checked), and the API key is sent
 * only when the URL is on CCAPI's own origin, never to a CDN. URLs on the configured origin are
 * exempt from the host check, so a self-hosted gateway or the emulator keeps working.
 * `trusted: true` is for URLs built from the configured base URL (the content proxy).
 */
export async function downloadCCAPIFile(options: {
  url: string;
  config: CCAPIConfig;
  modelId: string;
  trusted: boolean;
  headers?: Record<string, string | undefined>;
  abortSignal?: AbortSignal;
}): Promise<DownloadedCCAPIFile> {
  const { config } = options;
  const origin = new URL(config.urlFromRoot('')).origin;
  const { value, responseHeaders } = await getFromApi({
    url: options.url,
    headers: combineHeaders(config.headers(), options.headers),
    failedResponseHandler: createCCAPIFailedResponseHandler({
      modelId: options.modelId,
    }),
    successfulResponseHandler: async ({ response }) => ({
      value: {
        data: new Uint8Array(await response.arrayBuffer()),
        mediaType: response.headers.get('content-type')?.split(';')[0]?.trim() || undefined,
      },
      responseHeaders: extractResponseHeaders(response),
    }),
    abortSignal: options.abortSignal,
    fetch: config.fetch,
    validateUrl: !options.trusted,
    ...(options.trusted ? {} : { credentialedOrigin: origin, trustedOrigin: origin }),
  });
  return { ...value, responseHeaders };
}
