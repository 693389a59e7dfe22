/** The brands whose OpenAI-compatible chat output differs enough to need their own dialect. */
export type ModelBrand = 'openai' | 'deepseek' | 'minimax' | 'claude' | 'gemini' | 'glm';

// Provider prefixes seen in CCAPI docs and third-party configs (`anthropic/claude-…`,
// `zhipu/glm-5`, …). A prefix decides the brand even when the name after it is unusual.
const PREFIX_BRANDS: Record<string, ModelBrand> = {
  openai: 'openai',
  deepseek: 'deepseek',
  minimax: 'minimax',
  anthropic: 'claude',
  claude: 'claude',
  google: 'gemini',
  gemini: 'gemini',
  zhipu: 'glm',
  zai: 'glm',
  'z-ai': 'glm',
  'zhipu-ai': 'glm',
};

const NAME_PATTERNS: [RegExp, ModelBrand][] = [
  [/^deepseek/, 'deepseek'],
  [/^minimax/, 'minimax'],
  [/^claude/, 'claude'],
  [/^gemini/, 'gemini'],
  [/^glm/, 'glm'],
  [/^(gpt|chatgpt)/, 'openai'],
  [/^o\d(?:$|-)/, 'openai'],
];

/**
 * Which brand a model id belongs to: by provider prefix (`google/…`) first, then by the name
 * itself (`gemini-2.5-flash`). Case-insensitive; any number of prefixes (`ccapi/deepseek/x`).
 * Returns undefined for ids of other brands (qwen, kimi, …), which get the generic dialect.
 */
export function detectModelBrand(modelId: string): ModelBrand | undefined {
  const segments = modelId.trim().toLowerCase().split('/');
  const name = segments[segments.length - 1] ?? '';
  for (const prefix of segments.slice(0, -1).reverse()) {
    const brand = PREFIX_BRANDS[prefix];
    if (brand) return brand;
  }
  return NAME_PATTERNS.find(([pattern]) => pattern.test(name))?.[1];
}
