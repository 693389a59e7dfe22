import { createHash } from 'node:crypto';

// Real signatures are opaque encrypted blobs bound to the thinking they came with. The
// emulator's are a hash of that content behind a marker, so it can tell a signature that was
// round-tripped intact from a missing, edited or foreign one — the errors real APIs give.
const THINKING_MARKER = 'ccapi-emulator-thinking:v1:';
const THOUGHT_MARKER = 'ccapi-emulator-thought:v1:';

/**
 * Values Google accepts in place of a real thought signature: the documented skip value (the
 * AI SDK injects it when history lost its signature) and the dummy new-api injects on the chat
 * route (2026-12-03-wire-rules.md#gemini-on-the-chat-relay).
 */
export const SKIP_THOUGHT_SIGNATURES: readonly string[] = [
  'skip_thought_signature_validator',
  'context_engineering_is_the_way_to_go',
];

/** The `signature` of an Anthropic `thinking` block with this text. */
export function signThinking(thinking: string): string {
  return encode(THINKING_MARKER, digest(`thinking:${thinking}`));
}

/** True when `signature` was issued by `signThinking` for exactly this thinking text. */
export function isValidThinkingSignature(thinking: string, signature: unknown): boolean {
  return typeof signature === 'string' && signature === signThinking(thinking);
}

/** A Gemini `thoughtSignature` for a part; `seed` makes it stable for the same answer. */
export function createThoughtSignature(seed: string): string {
  return encode(THOUGHT_MARKER, digest(`thought:${seed}`));
}

/** True for signatures this emulator issued and for the values Google accepts as a skip. */
export function isAcceptedThoughtSignature(signature: string): boolean {
  if (SKIP_THOUGHT_SIGNATURES.includes(signature)) return true;
  try {
    return Buffer.from(signature, 'base64').toString('utf8').startsWith(THOUGHT_MARKER);
  } catch {
    return false;
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 48);
}

function encode(marker: string, hash: string): string {
  return Buffer.from(`${marker}${hash}`, 'utf8').toString('base64');
}
