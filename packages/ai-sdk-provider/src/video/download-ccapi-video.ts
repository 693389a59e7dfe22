import { isAbortError } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { downloadCCAPIFile } from '../tasks/download-ccapi-file';
import { getCCAPIVideoContentUrl } from './ccapi-video-api';

export interface DownloadedCCAPIVideo {
  data: Uint8Array;
  mediaType: string;
  /** Where the bytes came from: the task's result URL or the content proxy. */
  source: 'result-url' | 'content-proxy';
}

/**
 * Fetches a finished task's video through `config.fetch`: from its result URL when the poll
 * named one (validated; the key is sent only to CCAPI's origin), else, or when that URL fails
 * (expired links), from CCAPI's content proxy `GET /v1/videos/{id}/content`.
 */
export async function downloadCCAPIVideo(options: {
  taskId: string;
  resultUrl: string | undefined;
  config: CCAPIConfig;
  modelId: string;
  headers?: Record<string, string | undefined>;
  abortSignal?: AbortSignal;
}): Promise<DownloadedCCAPIVideo> {
  const common = {
    config: options.config,
    modelId: options.modelId,
    headers: options.headers,
    abortSignal: options.abortSignal,
  };
  let resultUrlError: unknown;
  if (options.resultUrl != null) {
    try {
      const file = await downloadCCAPIFile({ ...common, url: options.resultUrl, trusted: false });
      return { ...file, mediaType: resolveVideoMediaType(file), source: 'result-url' };
    } catch (error) {
      if (isAbortError(error) || options.abortSignal?.aborted) throw error;
      resultUrlError = error;
    }
  }
  try {
    const file = await downloadCCAPIFile({
      ...common,
      url: getCCAPIVideoContentUrl(options.config, options.taskId),
      trusted: true,
    });
    return { ...file, mediaType: resolveVideoMediaType(file), source: 'content-proxy' };
  } catch (error) {
    // The result URL's failure says more (the proxy fetches that same URL upstream).
    throw resultUrlError ?? error;
  }
}

/** The server's `video/*` type, else what the bytes say (MP4 `ftyp`, WebM EBML), else MP4. */
export function resolveVideoMediaType(file: { data: Uint8Array; mediaType?: string }): string {
  if (file.mediaType?.startsWith('video/')) return file.mediaType;
  const bytes = file.data;
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    return brand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
  }
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x1a &&
    bytes[1] === 0x45 &&
    bytes[2] === 0xdf &&
    bytes[3] === 0xa3
  ) {
    return 'video/webm';
  }
  return 'video/mp4';
}
