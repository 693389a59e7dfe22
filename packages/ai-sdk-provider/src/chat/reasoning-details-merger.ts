/**
 * Merges streamed `reasoning_details` entries (MiniMax `reasoning_split`, OpenRouter, Vercel AI
 * Gateway) per type and index, so they can be sent back verbatim on the next turn, and reports
 * the new reasoning text of each delta. Text may arrive incrementally (MiniMax M2.7, gateways) or
 * cumulatively (MiniMax's documented example): a delta that starts with everything received so
 * far is treated as cumulative and only its new suffix counts.
 */
export class ReasoningDetailsMerger {
  private readonly entries: Record<string, unknown>[] = [];
  private readonly byKey = new Map<string, Record<string, unknown>>();
  /** Increases with every delta that carried entries, so callers can tell a snapshot is stale. */
  version = 0;

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** Adds the entries of one delta and returns the new reasoning text they carry. */
  add(details: unknown[]): string {
    this.version++;
    let newText = '';
    for (let position = 0; position < details.length; position++) {
      const entry = details[position];
      if (entry == null || typeof entry !== 'object' || Array.isArray(entry)) continue;
      const detail = entry as Record<string, unknown>;
      const type = typeof detail.type === 'string' ? detail.type : 'unknown';
      const key = `${type}:${typeof detail.index === 'number' ? detail.index : (detail.id ?? position)}`;
      const existing = this.byKey.get(key);
      if (existing == null) {
        const copy = { ...detail };
        this.byKey.set(key, copy);
        this.entries.push(copy);
        newText += readableText(copy);
        continue;
      }
      for (const field of ['text', 'summary'] as const) {
        const incoming = detail[field];
        if (typeof incoming !== 'string' || incoming.length === 0) continue;
        const current = typeof existing[field] === 'string' ? (existing[field] as string) : '';
        if (current.length > 0 && incoming.startsWith(current)) {
          newText += incoming.slice(current.length);
          existing[field] = incoming;
        } else {
          newText += incoming;
          existing[field] = current + incoming;
        }
      }
      // Signatures, encrypted data, formats and ids arrive on later entries: keep the non-empty ones.
      for (const [field, value] of Object.entries(detail)) {
        if (field === 'text' || field === 'summary') continue;
        if (value != null && value !== '') existing[field] = value;
      }
    }
    return newText;
  }

  /** The merged entries (copies), for provider metadata. */
  toJSON(): Record<string, unknown>[] {
    return this.entries.map((entry) => ({ ...entry }));
  }
}

function readableText(detail: Record<string, unknown>): string {
  if (detail.type === 'reasoning.encrypted') return '';
  if (typeof detail.text === 'string') return detail.text;
  if (typeof detail.summary === 'string') return detail.summary;
  return '';
}
