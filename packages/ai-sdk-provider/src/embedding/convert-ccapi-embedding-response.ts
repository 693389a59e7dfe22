import { InvalidResponseDataError } from '@ai-sdk/provider';
import { convertBase64ToUint8Array } from '@ai-sdk/provider-utils';
import type { CCAPIEmbeddingResponse } from './ccapi-embedding-api';

/**
 * Turns an embeddings answer into vectors in input order, plus token usage.
 * - Items are ordered by their `index` when present (the API does not promise response order).
 * - Base64 vectors are decoded as little-endian float32, whatever was requested.
 */
export function convertCCAPIEmbeddingResponse(response: CCAPIEmbeddingResponse): {
  embeddings: number[][];
  usage: { tokens: number } | undefined;
} {
  const items = response.data.every((item) => item.index != null)
    ? [...response.data].sort((a, b) => (a.index as number) - (b.index as number))
    : response.data;

  const embeddings = items.map((item) =>
    typeof item.embedding === 'string' ? decodeBase64Float32(item.embedding) : item.embedding,
  );

  const tokens = response.usage?.prompt_tokens ?? response.usage?.total_tokens;
  return { embeddings, usage: tokens != null ? { tokens } : undefined };
}

/** Decodes OpenAI's `encoding_format: "base64"`: little-endian float32 values. */
export function decodeBase64Float32(base64: string): number[] {
  const bytes = convertBase64ToUint8Array(base64);
  if (bytes.byteLength % 4 !== 0) {
    throw new InvalidResponseDataError({
      data: base64.length > 64 ? `${base64.slice(0, 64)}…` : base64,
      message: `A base64 embedding decoded to ${bytes.byteLength} bytes, which is not a whole number of float32 values. The gateway or upstream sent a malformed vector.`,
    });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: number[] = new Array(bytes.byteLength / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  return values;
}
