import type { TranscriptionModelV4, TranscriptionModelV4CallOptions } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPITranscriptionModelId } from './ccapi-transcription-model-options';

export type { CCAPITranscriptionModelId } from './ccapi-transcription-model-options';

/**
 * Speech to text through CCAPI's OpenAI-style audio routes (multipart upload):
 * `POST /v1/audio/transcriptions`, or `POST /v1/audio/translations` with
 * `providerOptions.ccapi.task: 'translate'` (English output). The work lives in
 * `transcribe-ccapi-audio.ts`, loaded on the first call.
 */
export class CCAPITranscriptionModel implements TranscriptionModelV4 {
  readonly specificationVersion = 'v4';

  constructor(
    readonly modelId: CCAPITranscriptionModelId,
    private readonly config: CCAPIConfig,
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(
    options: TranscriptionModelV4CallOptions,
  ): Promise<Awaited<ReturnType<TranscriptionModelV4['doGenerate']>>> {
    const { transcribeCCAPIAudio } = await import('./transcribe-ccapi-audio');
    return transcribeCCAPIAudio(
      { modelId: this.modelId, provider: this.provider, config: this.config },
      options,
    );
  }
}
