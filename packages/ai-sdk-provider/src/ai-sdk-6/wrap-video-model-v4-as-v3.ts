import type {
  Experimental_VideoModelV3 as VideoModelV3,
  Experimental_VideoModelV3CallOptions as VideoModelV3CallOptions,
  Experimental_VideoModelV3VideoData as VideoModelV3VideoData,
} from '@ai-sdk/provider-v3';
import type { CCAPITaskModelSettings } from '../tasks/ccapi-task-model-settings';
import type { CCAPIVideoModel } from '../video/ccapi-video-model';
import { createDroppedPartWarning } from './convert-v4-file-part-to-v3';
import { convertV4WarningsToV3 } from './convert-v4-warning-to-v3';
import { moveToCCAPIMetadata } from './move-to-ccapi-metadata';

/** A CCAPI video model for AI SDK 6 (`experimental_generateVideo`). */
export interface CCAPIVideoModelV3 extends VideoModelV3 {
  /** The same model with a progress listener and/or polling defaults, as on AI SDK 7. */
  withSettings(settings: CCAPITaskModelSettings): CCAPIVideoModelV3;
}

/**
 * AI SDK 6 generates a video with one `doGenerate` call: the model submits the task, polls it
 * and downloads the video, as on AI SDK 7 (`providerOptions.ccapi.taskId` resumes a task). The
 * V4 start/status operations have no V3 counterpart. A V4 `uploaded` video (no data, no URL)
 * has no V3 form and is dropped with a warning; CCAPI videos always come back as bytes.
 */
export function wrapVideoModelV4AsV3(model: CCAPIVideoModel): CCAPIVideoModelV3 {
  return {
    specificationVersion: 'v3',
    provider: model.provider,
    modelId: model.modelId,
    maxVideosPerCall: model.maxVideosPerCall,
    withSettings: (settings) => wrapVideoModelV4AsV3(model.withSettings(settings)),
    async doGenerate(options: VideoModelV3CallOptions) {
      const { providerMetadata, ...result } = await model.doGenerate(options);
      const warnings = convertV4WarningsToV3(result.warnings);
      const videos: VideoModelV3VideoData[] = [];
      for (const video of result.videos) {
        if (video.type === 'uploaded') {
          warnings.push(
            createDroppedPartWarning({
              type: 'uploaded video',
              mediaType: video.mediaType,
              reason: 'V3 videos are bytes, base64 or a URL',
            }),
          );
        } else {
          videos.push(video);
        }
      }
      return { ...result, videos, warnings, ...moveToCCAPIMetadata(providerMetadata, {}) };
    },
  };
}
