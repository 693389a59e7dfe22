/** How many inputs (and, where known, bytes of text) one embeddings request may carry. */
export interface CCAPIEmbeddingLimits {
  maxEmbeddingsPerCall: number;
  maxInputBytesPerCall: number | undefined;
}

/**
 * Per-call limits by model id, so `embedMany` splits large batches before the upstream rejects
 * them. CCAPI (new-api) forwards batches unchanged, so the upstream's own limits apply:
 * - OpenAI: 2048 inputs and 300k tokens per request (bytes ≥ tokens, so 300k bytes is safe).
 * - Gemini: the gateway converts to `batchEmbedContents`, which takes at most 100 requests.
 * - Cohere `embed-*`: 96 texts per call.
 * - Voyage: 1000 texts per call.
 * - Alibaba DashScope `text-embedding-v1`/`v2`: 25 rows; `v3`/`v4`: 10 rows.
 * Unknown ids get OpenAI's limits, the shape `/v1/embeddings` follows.
 */
export function getCCAPIEmbeddingLimits(modelId: string): CCAPIEmbeddingLimits {
  const id = modelId.toLowerCase();
  const bare = id.slice(id.lastIndexOf('/') + 1);

  if (bare.startsWith('gemini-') || bare === 'text-embedding-004' || bare === 'embedding-001') {
    return { maxEmbeddingsPerCall: 100, maxInputBytesPerCall: undefined };
  }
  if (bare.startsWith('embed-') || id.startsWith('cohere/')) {
    return { maxEmbeddingsPerCall: 96, maxInputBytesPerCall: undefined };
  }
  if (bare.startsWith('voyage-')) {
    return { maxEmbeddingsPerCall: 1000, maxInputBytesPerCall: undefined };
  }
  const dashScope = /^text-embedding-v(\d+)$/.exec(bare);
  if (dashScope != null) {
    return {
      maxEmbeddingsPerCall: Number(dashScope[1]) >= 3 ? 10 : 25,
      maxInputBytesPerCall: undefined,
    };
  }
  return { maxEmbeddingsPerCall: 2048, maxInputBytesPerCall: 300_000 };
}
