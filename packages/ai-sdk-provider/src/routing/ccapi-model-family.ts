/**
 * The family of a model id, as far as routing cares. Routing needs only this coarse split (which
 * native wire a model could speak); the chat route's brand adapters detect brands on their own.
 */
export type CCAPIModelFamily =
  | 'claude'
  | 'gemini'
  | 'openai'
  | 'deepseek'
  | 'minimax'
  | 'glm'
  | 'other';

/** Family names a `routes` key may use, including the vendor aliases users tend to write. */
export const CCAPI_MODEL_FAMILY_ALIASES: Readonly<Record<string, CCAPIModelFamily>> = {
  claude: 'claude',
  anthropic: 'claude',
  gemini: 'gemini',
  google: 'gemini',
  openai: 'openai',
  gpt: 'openai',
  deepseek: 'deepseek',
  minimax: 'minimax',
  glm: 'glm',
  zhipu: 'glm',
};

// Provider prefixes seen in CCAPI ids (`anthropic/claude-…`, `google/gemini-…`, OpenClaw style).
const PREFIX_FAMILIES: Readonly<Record<string, CCAPIModelFamily>> = {
  anthropic: 'claude',
  claude: 'claude',
  google: 'gemini',
  gemini: 'gemini',
  vertex: 'gemini',
  openai: 'openai',
  deepseek: 'deepseek',
  'deepseek-ai': 'deepseek',
  minimax: 'minimax',
  zhipu: 'glm',
  zhipuai: 'glm',
  'z-ai': 'glm',
};

/**
 * Classifies a bare (`claude-sonnet-4-6`) or provider-prefixed (`anthropic/claude-sonnet-4-6`)
 * model id. Unknown ids are `other`, never an error: CCAPI adds models faster than we release.
 */
export function classifyCCAPIModelFamily(modelId: string): CCAPIModelFamily {
  const lower = modelId.trim().toLowerCase();
  const slash = lower.indexOf('/');
  if (slash !== -1) {
    const family = PREFIX_FAMILIES[lower.slice(0, slash)];
    if (family != null) return family;
  }
  const bare = bareModelId(lower);
  // Bedrock/Vertex-style ids put the vendor before the name: `anthropic.claude-…`, `us.anthropic.…`.
  if (/(^|[.:])claude/.test(bare)) return 'claude';
  if (/^gemini|^nano-banana/.test(bare)) return 'gemini';
  if (/^(gpt-?\d|gpt-|chatgpt|o\d(-|$)|codex|davinci|babbage|text-davinci)/.test(bare))
    return 'openai';
  if (bare.startsWith('deepseek')) return 'deepseek';
  if (bare.startsWith('minimax') || bare.startsWith('abab')) return 'minimax';
  if (bare.startsWith('glm') || bare.startsWith('chatglm')) return 'glm';
  return 'other';
}

/** `anthropic/claude-sonnet-4-6` → `claude-sonnet-4-6` (lower-cased, last path segment). */
export function bareModelId(modelId: string): string {
  const lower = modelId.trim().toLowerCase();
  return lower.slice(lower.lastIndexOf('/') + 1);
}
