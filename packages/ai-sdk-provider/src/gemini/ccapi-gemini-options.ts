import type { GoogleLanguageModelOptions } from '@ai-sdk/google';

/**
 * `providerOptions.ccapi` on the Gemini route: Google's options from `@ai-sdk/google`
 * (`thinkingConfig`, `responseModalities`, `imageConfig`, `safetySettings`, `cachedContent`, …).
 * The `providerOptions.google` key takes the same options; where both are set, `ccapi` wins.
 * https://ai-sdk.dev/providers/ai-sdk-providers/google-generative-ai
 */
export type CCAPIGeminiOptions = GoogleLanguageModelOptions;
