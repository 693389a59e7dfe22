import type { CCAPIConfig } from '../ccapi-config';

/**
 * Music task routes hang off CCAPI's origin, not `/v1` (`https://api.ccapi.ai/suno/submit/MUSIC`).
 * Every music URL is built here, from the configured base URL, with one slash between parts.
 */
function musicRouteUrl(config: CCAPIConfig, path: string): string {
  return config.urlFromRoot(path);
}

/** `POST /{platform}/submit/{ACTION}`. */
export function getCCAPIMusicSubmitUrl(
  config: CCAPIConfig,
  platform: string,
  action: string,
): string {
  return musicRouteUrl(
    config,
    `/${encodeURIComponent(platform)}/submit/${encodeURIComponent(action)}`,
  );
}

/** `GET /{platform}/fetch/{taskId}`: one task. */
export function getCCAPIMusicFetchUrl(
  config: CCAPIConfig,
  platform: string,
  taskId: string,
): string {
  return musicRouteUrl(
    config,
    `/${encodeURIComponent(platform)}/fetch/${encodeURIComponent(taskId)}`,
  );
}

/** `POST /{platform}/fetch` with `{"ids": [...]}`: many tasks in one request. */
export function getCCAPIMusicBatchFetchUrl(config: CCAPIConfig, platform: string): string {
  return musicRouteUrl(config, `/${encodeURIComponent(platform)}/fetch`);
}

/** A result URL as a task reported it; a path without a host (`/files/x.mp3`) is on CCAPI's origin. */
export function resolveCCAPIMusicUrl(config: CCAPIConfig, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? musicRouteUrl(config, url) : url;
}
