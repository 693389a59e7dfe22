import { createHash } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A stable alphanumeric id derived from the seed: the same request gets the same ids, so test
 * snapshots and recorded conversations replay identically.
 */
export function deterministicId(seed: string, length = 24): string {
  let out = '';
  let counter = 0;
  while (out.length < length) {
    const digest = createHash('sha256').update(`${counter}:${seed}`).digest();
    for (const byte of digest) {
      if (out.length === length) break;
      out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
    }
    counter += 1;
  }
  return out;
}
