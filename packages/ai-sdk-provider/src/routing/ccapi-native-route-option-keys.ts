import type { AnthropicLanguageModelOptions } from '@ai-sdk/anthropic';
import type { GoogleLanguageModelOptions } from '@ai-sdk/google';
import type {
  OpenAILanguageModelCompletionOptions,
  OpenAILanguageModelResponsesOptions,
} from '@ai-sdk/openai';
import { keysOf } from '../utils/keys-of';
import type { CCAPINativeRoute } from './ccapi-native-routes';

const MESSAGES_OPTION_KEYS = keysOf<AnthropicLanguageModelOptions>()([
  'thread',
  'sendReasoning',
  'structuredOutputMode',
  'includePings',
  'thinking',
  'disableParallelToolUse',
  'cacheControl',
  'metadata',
  'mcpServers',
  'container',
  'toolStreaming',
  'effort',
  'taskBudget',
  'speed',
  'serviceTier',
  'inferenceGeo',
  'fallbacks',
  'anthropicBeta',
  'safeguards',
  'compaction',
  'contextManagement',
]);
const GEMINI_OPTION_KEYS = keysOf<GoogleLanguageModelOptions>()([
  'serviceTier',
  'responseModalities',
  'thinkingConfig',
  'cachedContent',
  'structuredOutputs',
  'safetySettings',
  'threshold',
  'audioTimestamp',
  'labels',
  'mediaResolution',
  'imageConfig',
  'retrievalConfig',
  'streamFunctionCallArguments',
  'continuationToken',
  'sharedRequestType',
  'requestType',
]);
const RESPONSES_OPTION_KEYS = keysOf<OpenAILanguageModelResponsesOptions>()([
  'metadata',
  'serviceTier',
  'contextManagement',
  'conversation',
  'include',
  'includeWebSearchSources',
  'instructions',
  'logprobs',
  'maxToolCalls',
  'parallelToolCalls',
  'previousResponseId',
  'promptCacheKey',
  'promptCacheOptions',
  'promptCacheRetention',
  'reasoningEffort',
  'reasoningEffortUpdate',
  'reasoningMode',
  'reasoningContext',
  'reasoningSummary',
  'safetyIdentifier',
  'store',
  'passThroughUnsupportedFiles',
  'strictJsonSchema',
  'textVerbosity',
  'textFormat',
  'truncation',
  'user',
  'systemMessageMode',
  'forceReasoning',
  'compactionTrigger',
  'allowedTools',
]);
const COMPLETION_OPTION_KEYS = keysOf<OpenAILanguageModelCompletionOptions>()([
  'logprobs',
  'user',
  'echo',
  'logitBias',
  'suffix',
]);

/**
 * The official options each native route accepts in `providerOptions.ccapi`. Apart from the route
 * table so the chat route can name a key's owners without loading the routes. Each list must name
 * exactly the keys of the official options type: `keysOf` fails to compile when the pinned
 * official package adds or removes one.
 */
export const CCAPI_NATIVE_ROUTE_OPTION_KEYS: Readonly<Record<CCAPINativeRoute, readonly string[]>> =
  {
    messages: MESSAGES_OPTION_KEYS,
    gemini: GEMINI_OPTION_KEYS,
    responses: RESPONSES_OPTION_KEYS,
    completion: COMPLETION_OPTION_KEYS,
  };
