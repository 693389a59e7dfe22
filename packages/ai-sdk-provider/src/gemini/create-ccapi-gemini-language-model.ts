import { createGoogleGenerativeAI } from '@ai-sdk/google';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { CCAPINativeLanguageModel } from '../routing/ccapi-native-language-model';
import { joinURL } from '../utils/join-url';

/**
 * A model on CCAPI's Gemini native route (`{root}/v1beta/models/{id}:generateContent` and
 * `:streamGenerateContent?alt=sse`, `x-goog-api-key` auth). The official `@ai-sdk/google` model
 * speaks the protocol: thought signatures round-trip on tool calls (required by Gemini 3),
 * thoughts arrive when `thinkingConfig.includeThoughts` is set, image output works, and
 * `reasoning` maps to `thinkingConfig`. `providerOptions.ccapi` takes Google's options.
 */
export function createCCAPIGeminiLanguageModel(
  modelId: string,
  config: CCAPIConfig,
): LanguageModelV4 {
  // The official model treats an id with a `/` as a full resource path; CCAPI's provider-prefixed
  // ids (`google/gemini-2.5-flash`) still live under `/models/`.
  const officialModelId = modelId.includes('/') ? `models/${modelId}` : modelId;
  return new CCAPINativeLanguageModel(modelId, config, {
    route: 'gemini',
    officialKey: 'google',
    // YouTube links go to Gemini as `fileData`; other URLs are downloaded and sent inline
    // (Google Files API URLs belong to a Google project, not to CCAPI).
    supportedUrls: {
      '*': [
        /^https:\/\/(?:www\.)?youtube\.com\/watch\?v=[\w-]+(?:&[\w=&.-]*)?$/,
        /^https:\/\/youtu\.be\/[\w-]+(?:\?[\w=&.-]*)?$/,
      ],
    },
    createOfficialModel: ({ apiKey, headers, fetch }) =>
      createGoogleGenerativeAI({
        // `/v1beta` hangs off the origin, not off `/v1`; joinURL never doubles a slash.
        baseURL: joinURL(config.rootURL, '/v1beta'),
        apiKey,
        headers,
        fetch,
        name: config.provider,
        generateId: config.generateId,
      }).languageModel(officialModelId),
  });
}
