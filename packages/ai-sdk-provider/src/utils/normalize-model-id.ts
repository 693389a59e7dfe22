/**
 * `deepseek/DeepSeek-V3.2` → `deepseek-v3.2`: lower-cased, without provider prefixes. Used only to
 * pick behaviour (brand, route, traits); the id sent on the wire is always the one the user wrote.
 */
export function normalizeModelId(modelId: string): string {
  const lower = modelId.trim().toLowerCase();
  const slash = lower.lastIndexOf('/');
  return slash === -1 ? lower : lower.slice(slash + 1);
}
