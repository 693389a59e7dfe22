import type { ImageModelV4CallOptions, ImageModelV4Result } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPITaskModelSettings } from '../tasks/ccapi-task-model-settings';
import { parseCCAPIMediaOptions } from '../tasks/parse-ccapi-media-options';
import type { CCAPIImageBackend } from './ccapi-image-api';
import { ccapiImageModelOptionsSchema } from './ccapi-image-model-options';
import { generateCCAPIGeminiImage } from './generate-ccapi-gemini-image';
import { generateCCAPIJimengImage } from './generate-ccapi-jimeng-image';
import { generateCCAPIMidjourneyImage } from './generate-ccapi-midjourney-image';
import { generateCCAPIPayPerImage } from './generate-ccapi-pay-per-image';
import { type CCAPIImageApi, resolveCCAPIImageApi } from './resolve-ccapi-image-api';

const BACKENDS: Record<CCAPIImageApi, CCAPIImageBackend> = {
  gemini: generateCCAPIGeminiImage,
  images: generateCCAPIPayPerImage,
  jimeng: generateCCAPIJimengImage,
  midjourney: generateCCAPIMidjourneyImage,
};

/**
 * One `generateImage` call of a `CCAPIImageModel`, which loads this module on its first call: the
 * options are read and the backend chosen by the model id (or `providerOptions.ccapi.api`).
 */
export function generateCCAPIImage(input: {
  modelId: string;
  config: CCAPIConfig;
  settings: CCAPITaskModelSettings;
  options: ImageModelV4CallOptions;
}): Promise<ImageModelV4Result> {
  const { modelId, options } = input;
  const ccapiOptions =
    parseCCAPIMediaOptions({
      providerOptions: options.providerOptions,
      schema: ccapiImageModelOptionsSchema,
      modelId,
      docsAnchor: 'image-options',
    }) ?? {};
  const api = ccapiOptions.api ?? resolveCCAPIImageApi(modelId);
  return BACKENDS[api]({ ...input, ccapiOptions });
}
