import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';

/** Reads a model stream (V4 unless said otherwise) to an array of parts. */
export async function collectStream<PART = LanguageModelV4StreamPart>(
  stream: ReadableStream<PART>,
): Promise<PART[]> {
  const parts: PART[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

/** Concatenated deltas of one kind. */
export function joinDeltas(
  parts: LanguageModelV4StreamPart[],
  type: 'text-delta' | 'reasoning-delta',
): string {
  return parts
    .filter(
      (part): part is Extract<LanguageModelV4StreamPart, { type: typeof type }> =>
        part.type === type,
    )
    .map((part) => part.delta)
    .join('');
}
