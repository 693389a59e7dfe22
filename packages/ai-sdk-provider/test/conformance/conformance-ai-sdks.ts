import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import * as ai7 from 'ai';
import * as ai6 from 'ai-v6';
import { createCCAPI as createCCAPIForAISDK6 } from '../../src/ai-sdk-6/ccapi-provider-v3';
import { type CCAPIProviderSettings, createCCAPI } from '../../src/ccapi-provider';

/** Settings that turn thinking on, as the brand's conformance entry writes them (AI SDK 7). */
export interface ConformanceThinking {
  reasoning?: LanguageModelV4CallOptions['reasoning'];
  providerOptions?: Record<string, Record<string, any>>;
}

/**
 * One AI SDK major as the shared suites drive it: its own `generateText`, `streamText`, `embed`,
 * … and our provider for it (the main entry for AI SDK 7, `/ai-sdk-6` for AI SDK 6).
 *
 * The suites are written once against AI SDK 7's types; the AI SDK 6 functions and provider are
 * typed as their AI SDK 7 counterparts here (the names and results the suites use are the same
 * in both majors; the differences are the methods below). That V3 models type-check against
 * `ai@6`'s own types is proven without casts elsewhere: the AI SDK 6 tests in `src/ai-sdk-6/`
 * and the consumer test of the packed package.
 */
export interface ConformanceAISdk {
  /** `ai@7` or `ai@6`, shown in the suite titles. */
  name: string;
  createCCAPI(settings: CCAPIProviderSettings): ReturnType<typeof createCCAPI>;
  generateText: typeof ai7.generateText;
  streamText: typeof ai7.streamText;
  stepCountIs: typeof ai7.stepCountIs;
  convertToModelMessages: typeof ai7.convertToModelMessages;
  APICallError: typeof ai7.APICallError;
  InvalidArgumentError: typeof ai7.InvalidArgumentError;
  embed: typeof ai7.embed;
  embedMany: typeof ai7.embedMany;
  generateImage: typeof ai7.generateImage;
  generateSpeech: typeof ai7.generateSpeech;
  transcribe: typeof ai7.transcribe;
  generateVideo: typeof ai7.experimental_generateVideo;
  rerank: typeof ai7.rerank;
  /** Call settings that turn thinking on (AI SDK 6 has no top-level `reasoning`). */
  thinkingSettings(thinking: ConformanceThinking): ConformanceThinking;
  /** Call settings that set the embedding size (AI SDK 6 has no `dimensions` option). */
  dimensionsSettings(dimensions: number): {
    dimensions?: number;
    providerOptions?: ConformanceThinking['providerOptions'];
  };
  /** The response messages of a `generateText` result. */
  responseMessages(result: ai7.GenerateTextResult<any, any, any>): ai7.ModelMessage[];
  /** The response messages of a `streamText` result. */
  streamedResponseMessages(
    result: ai7.StreamTextResult<any, any, any>,
  ): PromiseLike<ai7.ModelMessage[]>;
}

export const AI_SDK_7: ConformanceAISdk = {
  name: 'ai@7',
  createCCAPI,
  generateText: ai7.generateText,
  streamText: ai7.streamText,
  stepCountIs: ai7.stepCountIs,
  convertToModelMessages: ai7.convertToModelMessages,
  APICallError: ai7.APICallError,
  InvalidArgumentError: ai7.InvalidArgumentError,
  embed: ai7.embed,
  embedMany: ai7.embedMany,
  generateImage: ai7.generateImage,
  generateSpeech: ai7.generateSpeech,
  transcribe: ai7.transcribe,
  generateVideo: ai7.experimental_generateVideo,
  rerank: ai7.rerank,
  thinkingSettings: (thinking) => thinking,
  dimensionsSettings: (dimensions) => ({ dimensions }),
  responseMessages: (result) => result.responseMessages,
  streamedResponseMessages: (result) => result.responseMessages,
};

export const AI_SDK_6: ConformanceAISdk = {
  name: 'ai@6',
  createCCAPI: (settings) =>
    createCCAPIForAISDK6(settings) as unknown as ReturnType<typeof createCCAPI>,
  generateText: ai6.generateText as unknown as typeof ai7.generateText,
  streamText: ai6.streamText as unknown as typeof ai7.streamText,
  stepCountIs: ai6.stepCountIs as unknown as typeof ai7.stepCountIs,
  convertToModelMessages:
    ai6.convertToModelMessages as unknown as typeof ai7.convertToModelMessages,
  APICallError: ai6.APICallError as unknown as typeof ai7.APICallError,
  InvalidArgumentError: ai6.InvalidArgumentError as unknown as typeof ai7.InvalidArgumentError,
  embed: ai6.embed as unknown as typeof ai7.embed,
  embedMany: ai6.embedMany as unknown as typeof ai7.embedMany,
  generateImage: ai6.experimental_generateImage as unknown as typeof ai7.generateImage,
  generateSpeech: ai6.experimental_generateSpeech as unknown as typeof ai7.generateSpeech,
  transcribe: ai6.experimental_transcribe as unknown as typeof ai7.transcribe,
  generateVideo: ai6.experimental_generateVideo as unknown as typeof ai7.experimental_generateVideo,
  rerank: ai6.rerank as unknown as typeof ai7.rerank,
  // The AI SDK 6 way to set the level: providerOptions.ccapi.reasoning.
  thinkingSettings: ({ reasoning, providerOptions }) =>
    reasoning == null
      ? { providerOptions }
      : {
          providerOptions: {
            ...providerOptions,
            ccapi: { ...providerOptions?.ccapi, reasoning },
          },
        },
  dimensionsSettings: (dimensions) => ({ providerOptions: { ccapi: { dimensions } } }),
  // AI SDK 6 names them response.messages.
  responseMessages: (result) =>
    (result as unknown as ai6.GenerateTextResult<any, any>).response
      .messages as unknown as ai7.ModelMessage[],
  streamedResponseMessages: async (result) =>
    (await (result as unknown as ai6.StreamTextResult<any, any>).response)
      .messages as unknown as ai7.ModelMessage[],
};

/** The majors every shared suite runs on. */
export const CONFORMANCE_AI_SDKS: readonly ConformanceAISdk[] = [AI_SDK_7, AI_SDK_6];
