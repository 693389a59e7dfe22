import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { CCAPINativeLanguageModel } from '../routing/ccapi-native-language-model';

/**
 * A model on CCAPI's legacy text-completion route (`POST {baseURL}/completions`). The official
 * `@ai-sdk/openai` completion model turns the prompt into one text prompt; tools, JSON output and
 * reasoning do not exist on this route and come back as warnings.
 */
export function createCCAPICompletionLanguageModel(
  modelId: string,
  config: CCAPIConfig,
): LanguageModelV4 {
  return new CCAPINativeLanguageModel(modelId, config, {
    route: 'completion',
    officialKey: 'openai',
    supportedUrls: {},
    checkCallOptions: ({ reasoning }) =>
      reasoning != null && reasoning !== 'provider-default'
        ? [
            {
              type: 'unsupported',
              feature: 'reasoning',
              details:
                'The legacy /v1/completions route has no reasoning control; use the chat or responses route.',
            },
          ]
        : [],
    createOfficialModel: ({ apiKey, headers, fetch }) =>
      createOpenAI({
        baseURL: config.baseURL,
        apiKey,
        headers,
        fetch,
        name: config.provider.replace(/\.completion$/, ''),
      }).completion(modelId),
  });
}
