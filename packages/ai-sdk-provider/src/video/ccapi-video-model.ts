import type {
  JSONValue,
  Experimental_VideoModelV4 as VideoModelV4,
  Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions,
  Experimental_VideoModelV4OperationStartResult as VideoModelV4OperationStartResult,
  Experimental_VideoModelV4OperationStatusResult as VideoModelV4OperationStatusResult,
  Experimental_VideoModelV4Result as VideoModelV4Result,
} from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import {
  type CCAPITaskModelSettings,
  validateCCAPITaskModelSettings,
} from '../tasks/ccapi-task-model-settings';
import type { CCAPIVideoModelId } from './ccapi-video-model-options';

export type { CCAPIVideoModelId } from './ccapi-video-model-options';

/**
 * A CCAPI video model. Every video is a task: submit, poll, download.
 *
 * - Kling ids use Kling's routes (`/kling/v1/videos/text2video|image2video`); every other id
 *   the generic `POST /v1/video/generations` (Seedance, Vidu, Sora, Veo, …).
 * - `doGenerate` (used by `experimental_generateVideo`) polls with backoff, reports progress to
 *   `withSettings({ onProgress })`, and returns the video bytes.
 * - `doStart` / `doStatus` back `experimental_startVideo` / `experimental_getVideoStatus` (and
 *   `experimental_generateVideo({ poll })`), with a JSON `operation` you can persist.
 * - `providerMetadata.ccapi` carries `taskId`, `status`, `progress`.
 *
 * The work lives in `ccapi-video-model-implementation.ts`, loaded on the first call.
 */
export class CCAPIVideoModel implements VideoModelV4 {
  readonly specificationVersion = 'v4' as const;
  /** CCAPI video routes make one video per task; the AI SDK fans out for `n > 1`. */
  readonly maxVideosPerCall = 1;

  constructor(
    readonly modelId: CCAPIVideoModelId,
    private readonly config: CCAPIConfig,
    private readonly settings: CCAPITaskModelSettings = {},
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  /**
   * The same model with a progress listener and/or polling defaults:
   * `ccapi.videoModel('kling-v2-1').withSettings({ onProgress: (e) => bar.update(e.progress) })`.
   */
  withSettings(settings: CCAPITaskModelSettings): CCAPIVideoModel {
    return new CCAPIVideoModel(this.modelId, this.config, {
      ...this.settings,
      ...validateCCAPITaskModelSettings(settings, this.modelId),
    });
  }

  async doGenerate(options: VideoModelV4CallOptions): Promise<VideoModelV4Result> {
    return (await this.implementation()).doGenerate(options);
  }

  async doStart(options: VideoModelV4CallOptions): Promise<VideoModelV4OperationStartResult> {
    return (await this.implementation()).doStart(options);
  }

  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<VideoModelV4OperationStatusResult> {
    return (await this.implementation()).doStatus(options);
  }

  private async implementation() {
    const { CCAPIVideoModelImplementation } = await import('./ccapi-video-model-implementation');
    return new CCAPIVideoModelImplementation(this.modelId, this.config, this.settings);
  }
}
