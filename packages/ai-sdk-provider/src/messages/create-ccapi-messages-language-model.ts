import { createAnthropic } from '@ai-sdk/anthropic';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { CCAPINativeLanguageModel } from '../routing/ccapi-native-language-model';

/**
 * A model on CCAPI's Anthropic Messages route (`POST {baseURL}/messages`, `x-api-key` auth,
 * Anthropic SSE). The official `@ai-sdk/anthropic` model speaks the protocol, so thinking
 * signatures, `cache_control`, tool loops with thinking and `reasoning` → `thinking`/`effort`
 * behave exactly as against Anthropic. `providerOptions.ccapi` takes Anthropic's options.
 */
export function createCCAPIMessagesLanguageModel(
  modelId: string,
  config: CCAPIConfig,
): LanguageModelV4 {
  return new CCAPINativeLanguageModel(modelId, config, {
    route: 'messages',
    officialKey: 'anthropic',
    // No URL pass-through: CCAPI may serve Claude from Bedrock or Vertex channels, which reject
    // URL sources, so the AI SDK downloads files and sends them inline.
    supportedUrls: {},
    createOfficialModel: ({ apiKey, headers, fetch }) =>
      createAnthropic({
        // `baseURL` is `…/v1` without a trailing slash; the official model appends `/messages`.
        baseURL: config.baseURL,
        apiKey,
        headers,
        fetch,
        name: config.provider,
        generateId: config.generateId,
      }).languageModel(modelId),
  });
}
