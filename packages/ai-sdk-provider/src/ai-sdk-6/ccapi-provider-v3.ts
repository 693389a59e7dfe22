import type {
  EmbeddingModelV3,
  LanguageModelV3,
  ProviderV3,
  RerankingModelV3,
  SpeechModelV3,
  TranscriptionModelV3,
} from '@ai-sdk/provider-v3';
import type { CCAPIChatModelId } from '../catalog/generated/ccapi-chat-model-ids';
import type { CCAPIRerankingModelId } from '../catalog/generated/ccapi-reranking-model-ids';
import {
  type CCAPILanguageModelSettings,
  type CCAPIProviderSettings,
  createCCAPI as createCCAPIProviderV4,
} from '../ccapi-provider';
import {
  CCAPI_PROVIDER_EXTENSION_METHODS,
  type CCAPIProviderExtensions,
} from '../ccapi-provider-extensions';
import type { CCAPIEmbeddingModelId } from '../embedding/ccapi-embedding-model-options';
import type { CCAPIImageModelId } from '../image/ccapi-image-model';
import type { CCAPISpeechModelId } from '../speech/ccapi-speech-model-options';
import type { CCAPITranscriptionModelId } from '../transcription/ccapi-transcription-model-options';
import type { CCAPIVideoModelId } from '../video/ccapi-video-model-options';
import { wrapEmbeddingModelV4AsV3 } from './wrap-embedding-model-v4-as-v3';
import { type CCAPIImageModelV3, wrapImageModelV4AsV3 } from './wrap-image-model-v4-as-v3';
import { wrapLanguageModelV4AsV3 } from './wrap-language-model-v4-as-v3';
import { wrapRerankingModelV4AsV3 } from './wrap-reranking-model-v4-as-v3';
import { wrapSpeechModelV4AsV3 } from './wrap-speech-model-v4-as-v3';
import { wrapTranscriptionModelV4AsV3 } from './wrap-transcription-model-v4-as-v3';
import { type CCAPIVideoModelV3, wrapVideoModelV4AsV3 } from './wrap-video-model-v4-as-v3';

/**
 * The CCAPI provider for AI SDK 6 (`ai@6`, `@ai-sdk/provider@3`): the same methods, model ids,
 * settings and behaviour as the AI SDK 7 provider, returning V3 models.
 */
export interface CCAPIProviderV3 extends ProviderV3, CCAPIProviderExtensions {
  /** A language model on the best route for this id (chat completions for most brands). */
  (modelId: CCAPIChatModelId, settings?: CCAPILanguageModelSettings): LanguageModelV3;
  /** A language model on the best route for this id. */
  languageModel(modelId: CCAPIChatModelId, settings?: CCAPILanguageModelSettings): LanguageModelV3;
  /** A chat-completions model (`POST /v1/chat/completions`) with its brand adapter. */
  chat(
    modelId: CCAPIChatModelId,
    settings?: Omit<CCAPILanguageModelSettings, 'api'>,
  ): LanguageModelV3;
  /** A Claude model on the native Anthropic Messages route (`POST /v1/messages`). */
  messages(modelId: CCAPIChatModelId): LanguageModelV3;
  /** A Gemini model on the native route (`/v1beta/models/{id}:generateContent`). */
  gemini(modelId: CCAPIChatModelId): LanguageModelV3;
  /** A model on the OpenAI Responses route (`POST /v1/responses`). */
  responses(modelId: CCAPIChatModelId): LanguageModelV3;
  /** A legacy text-completion model (`POST /v1/completions`). */
  completion(modelId: CCAPIChatModelId): LanguageModelV3;
  /** An embedding model (`POST /v1/embeddings`). */
  embeddingModel(modelId: CCAPIEmbeddingModelId): EmbeddingModelV3;
  /** An image model: nano banana (Gemini native), pay-per-image, Jimeng or Midjourney by id. */
  imageModel(modelId: CCAPIImageModelId): CCAPIImageModelV3;
  /** A video model for `experimental_generateVideo`: the generic video task route or Kling's. */
  videoModel(modelId: CCAPIVideoModelId): CCAPIVideoModelV3;
  /** A transcription / translation model (`POST /v1/audio/transcriptions`). */
  transcriptionModel(modelId: CCAPITranscriptionModelId): TranscriptionModelV3;
  /** A text-to-speech model (`POST /v1/audio/speech`). */
  speechModel(modelId: CCAPISpeechModelId): SpeechModelV3;
  /** A reranking model (`POST /v1/rerank`) for AI SDK 6's `rerank()`. */
  rerankingModel(modelId: CCAPIRerankingModelId): RerankingModelV3;
}

/**
 * Creates a CCAPI provider for AI SDK 6. It is the AI SDK 7 provider with every model wrapped as
 * its V3 counterpart at the edge; brands, routes, errors and task polling are the same code.
 */
export function createCCAPI(options: CCAPIProviderSettings = {}): CCAPIProviderV3 {
  const v4 = createCCAPIProviderV4(options);

  const provider = function (modelId: CCAPIChatModelId, settings?: CCAPILanguageModelSettings) {
    if (new.target) {
      throw new Error('The CCAPI model function cannot be called with the new keyword.');
    }
    return wrapLanguageModelV4AsV3(v4.languageModel(modelId, settings));
  } as CCAPIProviderV3;

  Object.assign(provider, {
    specificationVersion: 'v3' as const,
    languageModel: (modelId: string, settings?: CCAPILanguageModelSettings) =>
      wrapLanguageModelV4AsV3(v4.languageModel(modelId, settings)),
    chat: (modelId: string, settings?: Omit<CCAPILanguageModelSettings, 'api'>) =>
      wrapLanguageModelV4AsV3(v4.chat(modelId, settings)),
    messages: (modelId: string) => wrapLanguageModelV4AsV3(v4.messages(modelId)),
    gemini: (modelId: string) => wrapLanguageModelV4AsV3(v4.gemini(modelId)),
    responses: (modelId: string) => wrapLanguageModelV4AsV3(v4.responses(modelId)),
    completion: (modelId: string) => wrapLanguageModelV4AsV3(v4.completion(modelId)),
    embeddingModel: (modelId: string) => wrapEmbeddingModelV4AsV3(v4.embeddingModel(modelId)),
    imageModel: (modelId: string) => wrapImageModelV4AsV3(v4.imageModel(modelId)),
    videoModel: (modelId: string) => wrapVideoModelV4AsV3(v4.videoModel(modelId)),
    transcriptionModel: (modelId: string) =>
      wrapTranscriptionModelV4AsV3(v4.transcriptionModel(modelId)),
    speechModel: (modelId: string) => wrapSpeechModelV4AsV3(v4.speechModel(modelId)),
    rerankingModel: (modelId: string) => wrapRerankingModelV4AsV3(v4.rerankingModel(modelId)),
  });
  // CCAPI's own methods and objects do not depend on the spec version: the same ones. Copied as
  // property descriptors, so a lazily created member (a getter) stays lazy.
  for (const name of CCAPI_PROVIDER_EXTENSION_METHODS) {
    const descriptor = Object.getOwnPropertyDescriptor(v4, name);
    if (descriptor != null) Object.defineProperty(provider, name, descriptor);
  }

  return provider;
}

/** The default CCAPI provider for AI SDK 6, reading `CCAPI_API_KEY` at request time. */
export const ccapi = createCCAPI();
