import type { CCAPIReasoningMetadata } from '../chat/ccapi-brand-adapter';

/**
 * The `reasoning_details` to send back for one assistant message. The core stores a snapshot of
 * every entry received so far on each reasoning part (a late signature updates an entry and comes
 * with a later snapshot), so entries are merged by type and index, the latest version winning,
 * in the order they first appeared.
 */
export function collectReasoningDetails(reasoningMetadata: CCAPIReasoningMetadata[]): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const metadata of reasoningMetadata) {
    const details = metadata?.reasoningDetails;
    if (!Array.isArray(details)) continue;
    details.forEach((detail, position) => {
      const entry = detail as Record<string, unknown> | null;
      const type = typeof entry?.type === 'string' ? entry.type : 'unknown';
      const key = `${type}:${typeof entry?.index === 'number' ? entry.index : (entry?.id ?? position)}`;
      // Map.set keeps the first insertion position and replaces the value.
      byKey.set(key, detail);
    });
  }
  return [...byKey.values()];
}
