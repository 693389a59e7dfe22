import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';

/** Reads a model stream to an array of parts. */
export async function collectStream(
  stream: ReadableStream<LanguageModelV4StreamPart>,
): Promise<LanguageModelV4StreamPart[]> {
  const parts: LanguageModelV4StreamPart[] = [];
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
