/** The provider entry for AI SDK 6; a block importing it is an AI SDK 6 app. */
export const AI_SDK_6_ENTRY = '@ccapi/ai-sdk-provider/ai-sdk-6';
/** The workspace's alias for `ai@6` (`ai` itself is AI SDK 7). */
export const AI_SDK_6_PACKAGE = 'ai-v6';

const AI_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])ai\2/g;

/**
 * Blocks are written exactly as users write them: `import { generateText } from 'ai'`. In a block
 * that imports `@ccapi/ai-sdk-provider/ai-sdk-6` that `ai` is AI SDK 6, so its imports are pointed
 * at the workspace's `ai@6` (the line count stays the same). Other blocks are returned as they are.
 */
export function rewriteAISDK6Imports(code: string): string {
  if (!code.includes(`'${AI_SDK_6_ENTRY}'`) && !code.includes(`"${AI_SDK_6_ENTRY}"`)) return code;
  return code.replace(AI_IMPORT, `$1$2${AI_SDK_6_PACKAGE}$2`);
}
