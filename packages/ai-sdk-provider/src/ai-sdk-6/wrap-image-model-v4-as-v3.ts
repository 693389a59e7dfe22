import type {
  ImageModelV3,
  ImageModelV3CallOptions,
  ImageModelV3ProviderMetadata,
} from '@ai-sdk/provider-v3';
import type { CCAPIImageModel } from '../image/ccapi-image-model';
import type { CCAPITaskModelSettings } from '../tasks/ccapi-task-model-settings';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';

/** A CCAPI image model for AI SDK 6 (`experimental_generateImage`, `generateImage`). */
export interface CCAPIImageModelV3 extends ImageModelV3 {
  /**
   * The same model with a progress listener and/or polling defaults for task backends (Jimeng,
   * Midjourney), as on AI SDK 7.
   */
  withSettings(settings: CCAPITaskModelSettings): CCAPIImageModelV3;
}

/**
 * Image call options and results have the same shape in V3 and V4 apart from the warnings; the
 * V4-only `supportsFileInputs` / `supportsMaskInputs` flags are not read by AI SDK 6 (the model
 * itself answers a file or mask it cannot take with a warning or an error).
 */
export function wrapImageModelV4AsV3(model: CCAPIImageModel): CCAPIImageModelV3 {
  return {
    specificationVersion: 'v3',
    provider: model.provider,
    modelId: model.modelId,
    maxImagesPerCall: model.maxImagesPerCall,
    withSettings: (settings) => wrapImageModelV4AsV3(model.withSettings(settings)),
    async doGenerate(options: ImageModelV3CallOptions) {
      const { warnings, providerMetadata, ...result } = await model.doGenerate(options);
      return {
        ...result,
        warnings: convertV4WarningsToV3(warnings),
        // Same shape as V3's ({ images: JSONArray } per provider); V4's JSON is readonly.
        ...(providerMetadata != null && {
          providerMetadata: providerMetadata as ImageModelV3ProviderMetadata,
        }),
      };
    },
  };
}
