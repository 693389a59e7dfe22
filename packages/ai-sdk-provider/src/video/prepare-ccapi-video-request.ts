import {
  InvalidArgumentError,
  type SharedV4Warning,
  type Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions,
} from '@ai-sdk/provider';
import { toCCAPIUrlOrBase64, toCCAPIUrlOrDataUrl } from '../tasks/convert-ccapi-media-file';
import type {
  CCAPIKlingVideoBody,
  CCAPIVideoGenerationsBody,
  CCAPIVideoTaskRoute,
} from './ccapi-video-api';
import type { CCAPIVideoModelOptions } from './ccapi-video-model-options';
import type { CCAPIVideoApi } from './resolve-ccapi-video-api';

export interface PreparedCCAPIVideoRequest {
  route: CCAPIVideoTaskRoute;
  body: CCAPIVideoGenerationsBody | CCAPIKlingVideoBody;
  warnings: SharedV4Warning[];
}

/**
 * Turns the AI SDK's video call options into the CCAPI request body, the only place that does
 * so. Settings a route cannot take become `unsupported` warnings; only a call that cannot be
 * sent at all (no prompt where one is required) throws.
 */
export function prepareCCAPIVideoRequest(input: {
  modelId: string;
  api: CCAPIVideoApi;
  options: VideoModelV4CallOptions;
  ccapiOptions: CCAPIVideoModelOptions | undefined;
}): PreparedCCAPIVideoRequest {
  const { options } = input;
  const ccapiOptions = input.ccapiOptions ?? {};
  const warnings: SharedV4Warning[] = [];

  const firstFrame = options.image;
  const lastFrame = options.frameImages?.find((frame) => frame.frameType === 'last_frame')?.image;
  if (lastFrame != null && firstFrame == null) {
    warnings.push({
      type: 'unsupported',
      feature: 'frameImages',
      details:
        'A last_frame needs a first_frame (or prompt.image) on CCAPI; the last frame was not sent.',
    });
  }
  if (options.inputReferences != null && options.inputReferences.length > 0) {
    warnings.push({
      type: 'unsupported',
      feature: 'inputReferences',
      details:
        'CCAPI video routes take first/last frame images, not reference inputs; they were not sent. Pass vendor reference fields through providerOptions.ccapi.metadata.',
    });
  }
  if (options.fps != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'fps',
      details: 'CCAPI video routes have no frame-rate setting; the model default is used.',
    });
  }

  let duration: number | undefined;
  if (options.duration != null) {
    duration = Math.max(1, Math.round(options.duration));
    if (duration !== options.duration) {
      warnings.push({
        type: 'compatibility',
        feature: 'duration',
        details: `CCAPI takes whole seconds; ${options.duration} s was sent as ${duration} s.`,
      });
    }
  }

  const prompt = options.prompt?.trim() ? options.prompt : undefined;

  if (input.api === 'kling') {
    return prepareKlingRequest({
      modelId: input.modelId,
      options,
      ccapiOptions,
      prompt,
      duration,
      firstFrame,
      lastFrame: firstFrame != null ? lastFrame : undefined,
      warnings,
    });
  }

  if (prompt == null) {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `CCAPI's video route (POST /v1/video/generations) requires a text prompt for model '${input.modelId}', also for image-to-video. Pass prompt: 'a cat surfing' or prompt: { image, text: 'the camera pans left' }.`,
    });
  }
  for (const [feature, value] of [
    ['providerOptions.ccapi.cfgScale', ccapiOptions.cfgScale],
    ['providerOptions.ccapi.cameraControl', ccapiOptions.cameraControl],
  ] as const) {
    if (value != null) {
      warnings.push({
        type: 'unsupported',
        feature,
        details:
          'Only Kling routes take this setting; it was not sent. Use providerOptions.ccapi.metadata for vendor fields on the generic route.',
      });
    }
  }

  const metadata: Record<string, unknown> = {};
  if (options.aspectRatio != null) metadata.aspect_ratio = options.aspectRatio;
  if (options.seed != null) metadata.seed = options.seed;
  if (options.generateAudio != null) metadata.generate_audio = options.generateAudio;
  if (ccapiOptions.negativePrompt != null) metadata.negative_prompt = ccapiOptions.negativePrompt;
  Object.assign(metadata, ccapiOptions.metadata);

  const isSora = /(^|\/)sora/i.test(input.modelId);
  const body: CCAPIVideoGenerationsBody = {
    model: input.modelId,
    prompt,
    ...(firstFrame != null ? { image: toCCAPIUrlOrDataUrl(firstFrame) } : {}),
    ...(firstFrame != null && lastFrame != null
      ? {
          images: [toCCAPIUrlOrDataUrl(firstFrame), toCCAPIUrlOrDataUrl(lastFrame)],
        }
      : {}),
    ...(options.resolution != null ? { size: options.resolution } : {}),
    ...(duration != null ? { duration } : {}),
    ...(duration != null && isSora ? { seconds: String(duration) } : {}),
    ...(ccapiOptions.mode != null ? { mode: ccapiOptions.mode } : {}),
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
  };
  return { route: 'generations', body, warnings };
}

function prepareKlingRequest(input: {
  modelId: string;
  options: VideoModelV4CallOptions;
  ccapiOptions: CCAPIVideoModelOptions;
  prompt: string | undefined;
  duration: number | undefined;
  firstFrame: VideoModelV4CallOptions['image'];
  lastFrame: VideoModelV4CallOptions['image'];
  warnings: SharedV4Warning[];
}): PreparedCCAPIVideoRequest {
  const { options, ccapiOptions, warnings, firstFrame, lastFrame } = input;
  const isImageToVideo = firstFrame != null;

  if (!isImageToVideo && input.prompt == null) {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `Kling text-to-video needs a text prompt (model '${input.modelId}'). Pass prompt: 'a paper boat on a river', or an image for image-to-video: prompt: { image }.`,
    });
  }

  // Kling has no resolution, seed, or audio switch; quality comes from `mode` (std/pro).
  if (options.resolution != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'resolution',
      details:
        "Kling sets resolution through providerOptions.ccapi.mode ('std' 720p, 'pro' 1080p); it was not sent.",
    });
  }
  if (options.seed != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'seed',
      details: 'Kling does not take a seed; results are not reproducible.',
    });
  }
  if (options.generateAudio != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'generateAudio',
      details: 'Kling video routes on CCAPI do not take an audio switch; it was not sent.',
    });
  }

  let aspectRatio: string | undefined = options.aspectRatio;
  if (aspectRatio === 'adaptive') {
    aspectRatio = undefined;
    warnings.push({
      type: 'unsupported',
      feature: 'aspectRatio',
      details:
        "Kling has no 'adaptive' aspect ratio; image-to-video follows the input image, text-to-video uses 16:9.",
    });
  }

  const body: CCAPIKlingVideoBody = {
    model: input.modelId,
    model_name: input.modelId,
    ...(input.prompt != null ? { prompt: input.prompt } : {}),
    ...(ccapiOptions.negativePrompt != null
      ? { negative_prompt: ccapiOptions.negativePrompt }
      : {}),
    ...(firstFrame != null ? { image: toCCAPIUrlOrBase64(firstFrame) } : {}),
    ...(lastFrame != null ? { image_tail: toCCAPIUrlOrBase64(lastFrame) } : {}),
    ...(ccapiOptions.cfgScale != null ? { cfg_scale: ccapiOptions.cfgScale } : {}),
    ...(ccapiOptions.mode != null ? { mode: ccapiOptions.mode } : {}),
    ...(input.duration != null ? { duration: String(input.duration) } : {}),
    ...(aspectRatio != null ? { aspect_ratio: aspectRatio } : {}),
    ...(ccapiOptions.cameraControl != null ? { camera_control: ccapiOptions.cameraControl } : {}),
    ...ccapiOptions.metadata,
  };
  return {
    route: isImageToVideo ? 'kling-image2video' : 'kling-text2video',
    body,
    warnings,
  };
}
