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

export const CCAPI_BRANDS: readonly CCAPIBrand[] = [
  'openai',
  'deepseek',
  'minimax',
  'claude',
  'gemini',
  'glm',
  'generic',
];
