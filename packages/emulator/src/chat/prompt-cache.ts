import { createHash } from 'node:crypto';
import type { EmulatorState } from '../emulator-types';
import type { ChatMessage } from './chat-completion-request';
import { countMessageTokens } from './count-prompt-tokens';

const STORE_KEY = 'chat-prompt-cache';
// A long-running CLI emulator forgets everything past this many prefixes (a cold cache again).
const MAX_REMEMBERED_PREFIXES = 100_000;

/**
 * Emulates upstream prompt caching so `cached_tokens` is meaningful: a request whose leading
 * messages were already sent (as a prefix of an earlier request to the same model) reports
 * those messages' tokens as cached. The second turn of a tool loop therefore shows cache hits,
 * the first never does. State lives in the emulator instance, so each test server starts cold.
 *
 * Returns the cached token count and remembers this request's prefixes.
 */
export function lookupPromptCache(
  state: EmulatorState,
  model: string,
  messages: ChatMessage[],
): number {
  let seen = state.stores.get(STORE_KEY) as Set<string> | undefined;
  if (seen == null) {
    seen = new Set();
    state.stores.set(STORE_KEY, seen);
  }

  const prefixKeys: string[] = [];
  const hash = createHash('sha256').update(model);
  for (const message of messages) {
    hash.update(JSON.stringify(message));
    prefixKeys.push(hash.copy().digest('hex'));
  }

  // The last message is the new turn; only what came before it can be a cache hit.
  let cachedMessages = 0;
  for (let count = messages.length - 1; count > 0; count--) {
    if (seen.has(prefixKeys[count - 1] as string)) {
      cachedMessages = count;
      break;
    }
  }
  if (seen.size + prefixKeys.length > MAX_REMEMBERED_PREFIXES) seen.clear();
  for (const key of prefixKeys) seen.add(key);

  return messages.slice(0, cachedMessages).reduce((sum, m) => sum + countMessageTokens(m), 0);
}
