import type { SpeechModelV4, SpeechModelV4CallOptions } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPISpeechModelId } from './ccapi-speech-model-options';

export type { CCAPISpeechModelId } from './ccapi-speech-model-options';

/**
 * Text to speech through `POST /v1/audio/speech`. Answers are audio bytes; a JSON answer with a
 * URL or base64 audio (CCAPI's older shape, `providerOptions.ccapi.delivery: 'url'`) is
 * resolved to bytes too. The work lives in `generate-ccapi-speech.ts`, loaded on the
 * first call.
 */
export class CCAPISpeechModel implements SpeechModelV4 {
  readonly specificationVersion = 'v4';

  constructor(
    readonly modelId: CCAPISpeechModelId,
    private readonly config: CCAPIConfig,
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(
    options: SpeechModelV4CallOptions,
  ): Promise<Awaited<ReturnType<SpeechModelV4['doGenerate']>>> {
    const { generateCCAPISpeech } = await import('./generate-ccapi-speech');
    return generateCCAPISpeech(
      { modelId: this.modelId, provider: this.provider, config: this.config },
      options,
    );
  }
}
