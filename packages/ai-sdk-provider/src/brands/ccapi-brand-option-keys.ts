import { keysOf } from '../utils/keys-of';
import type { CCAPIBrand } from './ccapi-brand-adapters';
import type { claudeChatOptionsSchema } from './claude/claude-chat-options';
import type { deepseekChatOptionsSchema } from './deepseek/deepseek-chat-options';
import type { geminiChatOptionsSchema } from './gemini/gemini-chat-options';
import type { glmChatOptionsSchema } from './glm/glm-chat-options';
import type { minimaxChatOptionsSchema } from './minimax/minimax-chat-options';

type SchemaShape<S> = S extends { shape: infer Shape } ? Shape : never;

/**
 * Each brand's own `providerOptions.ccapi` keys, without loading its adapter: the chat route uses
 * them to tell a key meant for another brand (a warning) from a typo (an error). `keysOf` fails to
 * compile when a brand's options schema gains or loses a key.
 */
const BRAND_OPTION_KEYS: Record<CCAPIBrand, readonly string[]> = {
  openai: [],
  deepseek: keysOf<SchemaShape<typeof deepseekChatOptionsSchema>>()(['thinking']),
  minimax: keysOf<SchemaShape<typeof minimaxChatOptionsSchema>>()(['reasoningSplit', 'thinking']),
  claude: keysOf<SchemaShape<typeof claudeChatOptionsSchema>>()([
    'thinkingBudget',
    'thinkingToolLoop',
  ]),
  gemini: keysOf<SchemaShape<typeof geminiChatOptionsSchema>>()([
    'thinkingBudget',
    'thinkingLevel',
    'includeThoughts',
  ]),
  glm: keysOf<SchemaShape<typeof glmChatOptionsSchema>>()(['thinking', 'clearThinking']),
  generic: [],
};

/** The brands whose own `providerOptions.ccapi` include `key`. */
export function findBrandsOwningOption(key: string): CCAPIBrand[] {
  return (Object.keys(BRAND_OPTION_KEYS) as CCAPIBrand[]).filter((brand) =>
    BRAND_OPTION_KEYS[brand].includes(key),
  );
}
