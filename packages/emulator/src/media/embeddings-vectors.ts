/** Default output size per known model id (what the real models return without `dimensions`). */
const MODEL_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-large': 3072,
  'text-embedding-3-small': 1536,
  'text-embedding-ada-002': 1536,
  'gemini-embedding-001': 3072,
  'text-embedding-004': 768,
};
const FALLBACK_DIMENSIONS = 1536;

/** The vector length a model returns when the request does not set `dimensions`. */
export function defaultEmbeddingDimensions(model: string): number {
  const bare = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  return MODEL_DIMENSIONS[bare] ?? FALLBACK_DIMENSIONS;
}

/**
 * A deterministic, unit-length embedding for a text. Each lower-cased word contributes a
 * pseudo-random direction seeded by the word, so the same text always gives the same vector and
 * texts that share words have a higher cosine similarity, enough for examples that rank results.
 */
export function createEmbeddingVector(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [text];
  for (const word of words) {
    const random = mulberry32(fnv1a(word));
    for (let i = 0; i < dimensions; i++) vector[i] = (vector[i] as number) + (random() * 2 - 1);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  // Float32 precision, like the real API (and so base64 round-trips exactly).
  return Array.from(vector, (value) => Math.fround(value / norm));
}

/** Float32 little-endian bytes in base64: OpenAI's `encoding_format: "base64"`. */
export function encodeEmbeddingBase64(vector: number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) bytes.writeFloatLE(vector[i] as number, i * 4);
  return bytes.toString('base64');
}

function fnv1a(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
