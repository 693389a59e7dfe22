import type { CCAPIBrandAdapter } from '../chat/ccapi-brand-adapter';

/**
 * The upstream dialect a chat-completions model speaks through CCAPI. `generic` is the tolerant
 * adapter for ids we do not recognise.
 */
export type CCAPIBrand =
  | 'openai'
  | 'deepseek'
  | 'minimax'
  | 'claude'
  | 'gemini'
  | 'glm'
  | 'generic';

// Each adapter is its own chunk, loaded when the first model of its brand is created: an app
// pays for the dialects it uses, and the package imports faster.
const LOADERS: Record<CCAPIBrand, () => Promise<CCAPIBrandAdapter>> = {
  openai: () => import('./openai/openai-brand-adapter').then((m) => m.openaiBrandAdapter),
  deepseek: () => import('./deepseek/deepseek-brand-adapter').then((m) => m.deepseekBrandAdapter),
  minimax: () => import('./minimax/minimax-brand-adapter').then((m) => m.minimaxBrandAdapter),
  claude: () => import('./claude/claude-brand-adapter').then((m) => m.claudeBrandAdapter),
  gemini: () => import('./gemini/gemini-brand-adapter').then((m) => m.geminiBrandAdapter),
  glm: () => import('./glm/glm-brand-adapter').then((m) => m.glmBrandAdapter),
  generic: () => import('./generic/generic-brand-adapter').then((m) => m.genericBrandAdapter),
};

/** Every brand name, in the order the docs list them. */
export const CCAPI_BRANDS = Object.keys(LOADERS) as readonly CCAPIBrand[];

const loaded = new Map<CCAPIBrand, Promise<CCAPIBrandAdapter>>();

/**
 * The adapter for a brand, loading its chunk once. The promise is created with the model, so the
 * chunk is usually in by the first call; a failed load surfaces on the call that awaits it.
 */
export function loadCCAPIBrandAdapter(brand: CCAPIBrand): Promise<CCAPIBrandAdapter> {
  let adapter = loaded.get(brand);
  if (adapter == null) {
    adapter = LOADERS[brand]();
    adapter.catch(() => loaded.delete(brand));
    loaded.set(brand, adapter);
  }
  return adapter;
}
