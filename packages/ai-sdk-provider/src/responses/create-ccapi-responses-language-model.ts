import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { CCAPINativeLanguageModel } from '../routing/ccapi-native-language-model';

/**
 * A model on CCAPI's OpenAI Responses route (`POST {baseURL}/responses`). The official
 * `@ai-sdk/openai` Responses model speaks the protocol, including `reasoning` →
 * `reasoning.effort`. CCAPI serves this route only from OpenAI-type channels (new-api-relay.md §3).
 * `providerOptions.ccapi` takes OpenAI's Responses options.
 */
export function createCCAPIResponsesLanguageModel(
  modelId: string,
  config: CCAPIConfig,
): LanguageModelV4 {
  return new CCAPINativeLanguageModel(modelId, config, {
    route: 'responses',
    officialKey: 'openai',
    supportedUrls: {},
    // CCAPI spreads requests over channels and upstream keys, so an item stored by one request
    // may be unknown to the next: send whole turns (and encrypted reasoning) instead of ids.
    // `providerOptions.ccapi.store: true` restores OpenAI's default.
    defaultOfficialOptions: { store: false },
    createOfficialModel: ({ apiKey, headers, fetch }) =>
      createOpenAI({
        baseURL: config.baseURL,
        apiKey,
        headers,
        fetch,
        name: providerName(config.provider),
      }).responses(modelId),
  });
}

// The official provider appends `.responses` itself.
function providerName(provider: string): string {
  return provider.replace(/\.responses$/, '');
}
