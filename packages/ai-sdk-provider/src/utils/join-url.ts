/**
 * Joins a base URL and a path with exactly one slash between them.
 *
 * CCAPI answers a `//v1/...` path with its web UI (HTML, status 200), so a doubled slash
 * turns into a confusing parse error far from its cause. Every URL we build goes through here.
 */
export function joinURL(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const trimmedPath = path.replace(/^\/+/, '');
  return trimmedPath.length === 0 ? trimmedBase : `${trimmedBase}/${trimmedPath}`;
}

/**
 * The origin-level root of a CCAPI base URL: `https://api.ccapi.ai/v1` → `https://api.ccapi.ai`.
 * Native routes (`/v1beta`, `/suno`, `/kling`, `/mj`) hang off the root, not off `/v1`.
 */
export function getRootURL(baseURL: string): string {
  return baseURL.replace(/\/+$/, '').replace(/\/v1$/, '');
}
