/**
 * A deterministic token estimate: about four characters per token, at least one token for
 * non-empty text. Good enough for usage numbers and `max_tokens` cut-offs; no tokenizer needed.
 */
export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  return Math.max(1, Math.ceil(text.length / 4));
}
