import { normalizeModelId } from '../utils/normalize-model-id';
import type { CCAPIBrand } from './ccapi-brand-adapters';

const PREFIX_BRANDS: Record<string, CCAPIBrand> = {
  openai: 'openai',
  deepseek: 'deepseek',
  'deepseek-ai': 'deepseek',
  minimax: 'minimax',
  minimaxai: 'minimax',
  anthropic: 'claude',
  claude: 'claude',
  google: 'gemini',
  gemini: 'gemini',
  vertex: 'gemini',
  zhipu: 'glm',
  zhipuai: 'glm',
  'z-ai': 'glm',
  zai: 'glm',
  thudm: 'glm',
};

/** The brand whose dialect a chat model id speaks; `generic` when we cannot tell. */
export function detectCCAPIBrand(modelId: string): CCAPIBrand {
  const lower = modelId.trim().toLowerCase();
  const slash = lower.indexOf('/');
  if (slash !== -1) {
    const prefixBrand = PREFIX_BRANDS[lower.slice(0, slash)];
    if (prefixBrand != null) return prefixBrand;
  }
  const id = normalizeModelId(modelId);
  if (id.startsWith('deepseek')) return 'deepseek';
  if (id.startsWith('minimax') || id.startsWith('abab')) return 'minimax';
  // Bedrock/Vertex-style ids put the vendor first: `anthropic.claude-…`, `us.anthropic.claude-…`.
  if (/(^|[.:])claude/.test(id)) return 'claude';
  if (/^(gemini|gemma|nano-banana)/.test(id)) return 'gemini';
  if (id.startsWith('glm') || id.startsWith('chatglm') || id.startsWith('codegeex')) return 'glm';
  if (/^(gpt-?\d|gpt-|chatgpt|o\d(-|$)|codex|davinci|babbage|text-davinci)/.test(id))
    return 'openai';
  return 'generic';
}
