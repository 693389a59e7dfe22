import type { ImageModelV4, ImageModelV4CallOptions, ImageModelV4Result } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import {
  type CCAPITaskModelSettings,
  validateCCAPITaskModelSettings,
} from '../tasks/ccapi-task-model-settings';
import type { CCAPIImageModelId } from './ccapi-image-model-options';
import { resolveCCAPIImageApi } from './resolve-ccapi-image-api';

export type { CCAPIImageModelId } from './ccapi-image-model-options';

/**
 * A CCAPI image model for `generateImage`. The backend follows the model id (or
 * `providerOptions.ccapi.api`):
 *
 * - nano banana / Gemini image ids: Gemini-native `generateContent` (supports editing: pass
 *   `prompt: { text, images }`);
 * - pay-per-image `POST /v1/images/generations` for other ids;
 * - Jimeng (`jimeng…`) and Midjourney (`midjourney`, `niji…`) as polled tasks, with
 *   `withSettings({ onProgress })`, timeouts and resume like video.
 *
 * Images always come back as bytes; URL results are downloaded through the provider's fetch.
 */
export class CCAPIImageModel implements ImageModelV4 {
  readonly specificationVersion = 'v4' as const;
  private readonly settings: CCAPITaskModelSettings;

  constructor(
    readonly modelId: CCAPIImageModelId,
    private readonly config: CCAPIConfig,
    settings: CCAPITaskModelSettings = {},
  ) {
    this.settings = settings;
  }

  get provider(): string {
    return this.config.provider;
  }

  /**
   * Images per request: pay-per-image takes `n` (up to 10); Gemini-native, Jimeng and
   * Midjourney make one per request, so the AI SDK sends several requests for `n > 1`.
   */
  get maxImagesPerCall(): number {
    return resolveCCAPIImageApi(this.modelId) === 'images' ? 10 : 1;
  }

  /** Whether `prompt: { images }` (editing) is supported: Gemini-native, Jimeng, Midjourney. */
  get supportsFileInputs(): boolean {
    return resolveCCAPIImageApi(this.modelId) !== 'images';
  }

  /** No CCAPI image route takes a mask. */
  readonly supportsMaskInputs = false;

  /**
   * The same model with a progress listener and/or polling defaults for task backends
   * (Jimeng, Midjourney): `model.withSettings({ onProgress: (e) => console.log(e.progress) })`.
   */
  withSettings(settings: CCAPITaskModelSettings): CCAPIImageModel {
    return new CCAPIImageModel(this.modelId, this.config, {
      ...this.settings,
      ...validateCCAPITaskModelSettings(settings, this.modelId),
    });
  }

  async doGenerate(options: ImageModelV4CallOptions): Promise<ImageModelV4Result> {
    // The backends and the task engine load on the first call.
    const { generateCCAPIImage } = await import('./generate-ccapi-image');
    return generateCCAPIImage({
      modelId: this.modelId,
      config: this.config,
      options,
      settings: this.settings,
    });
  }
}
