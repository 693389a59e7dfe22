import type { LanguageModelV4 } from '@ai-sdk/provider';
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamResult,
} from '@ai-sdk/provider-v3';
import { convertV3CallOptionsToV4 } from './convert-v3-call-options-to-v4';
import { convertV4GenerateResultToV3 } from './convert-v4-generate-result-to-v3';
import { convertV4StreamToV3 } from './convert-v4-stream-part-to-v3';

/**
 * A CCAPI language model as AI SDK 6 (`LanguageModelV3`) sees it. Every call goes to the V4 model
 * underneath (brand adapters, routes, errors, the emulator: one implementation); only the call
 * options going in and the results coming out are converted.
 */
export function wrapLanguageModelV4AsV3(model: LanguageModelV4): LanguageModelV3 {
  return new CCAPILanguageModelV3(model);
}

class CCAPILanguageModelV3 implements LanguageModelV3 {
  readonly specificationVersion = 'v3';

  constructor(private readonly model: LanguageModelV4) {}

  get provider(): string {
    return this.model.provider;
  }

  get modelId(): string {
    return this.model.modelId;
  }

  get supportedUrls(): LanguageModelV3['supportedUrls'] {
    return this.model.supportedUrls;
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    return convertV4GenerateResultToV3(
      await this.model.doGenerate(convertV3CallOptionsToV4(options)),
    );
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const { stream, request, response } = await this.model.doStream(
      convertV3CallOptionsToV4(options),
    );
    return {
      stream: convertV4StreamToV3(stream),
      ...(request != null && { request: { body: request.body } }),
      ...(response != null && { response }),
    };
  }
}
