import { z } from 'zod/v4';
import type { CCAPIConfig } from '../ccapi-config';

/** Which status route a video task is polled on; stored in the start/status `operation`. */
export type CCAPIVideoTaskRoute = 'generations' | 'kling-text2video' | 'kling-image2video';

/**
 * The opaque `operation` of `experimental_startVideo`: enough to poll the task from any process.
 * Plain JSON so callers can persist it.
 */
export interface CCAPIVideoOperation {
  taskId: string;
  route: CCAPIVideoTaskRoute;
}

export const ccapiVideoOperationSchema = z.object({
  taskId: z.string().min(1),
  route: z.enum(['generations', 'kling-text2video', 'kling-image2video']),
});

/**
 * Body of `POST /v1/video/generations` (new-api's unified video request). Vendor fields such as
 * `aspect_ratio`, `seed` and `negative_prompt` travel in `metadata`.
 */
export interface CCAPIVideoGenerationsBody {
  model: string;
  prompt: string;
  /** First frame: an https URL or a data URL. */
  image?: string;
  /** First and last frame, in that order. */
  images?: string[];
  /** `{width}x{height}`. */
  size?: string;
  duration?: number;
  /** Sora's name for the duration, as a string. */
  seconds?: string;
  mode?: string;
  metadata?: Record<string, unknown>;
}

/** Body of `POST /kling/v1/videos/text2video|image2video` (Kling's native request). */
export interface CCAPIKlingVideoBody {
  model: string;
  model_name: string;
  prompt?: string;
  negative_prompt?: string;
  /** An https URL or bare base64. */
  image?: string;
  /** Last frame: an https URL or bare base64. */
  image_tail?: string;
  cfg_scale?: number;
  mode?: string;
  /** Seconds as a string, e.g. `"5"`. */
  duration?: string;
  aspect_ratio?: string;
  camera_control?: Record<string, unknown>;
  [vendorField: string]: unknown;
}

export function getCCAPIVideoSubmitUrl(config: CCAPIConfig, route: CCAPIVideoTaskRoute): string {
  switch (route) {
    case 'generations':
      return config.url('/video/generations');
    case 'kling-text2video':
      return config.urlFromRoot('/kling/v1/videos/text2video');
    case 'kling-image2video':
      return config.urlFromRoot('/kling/v1/videos/image2video');
    default: {
      const exhaustive: never = route;
      throw new Error(`Unknown CCAPI video route: ${String(exhaustive)}`);
    }
  }
}

export function getCCAPIVideoStatusUrl(
  config: CCAPIConfig,
  route: CCAPIVideoTaskRoute,
  taskId: string,
): string {
  const id = encodeURIComponent(taskId);
  switch (route) {
    case 'generations':
      return config.url(`/video/generations/${id}`);
    case 'kling-text2video':
      return config.urlFromRoot(`/kling/v1/videos/text2video/${id}`);
    case 'kling-image2video':
      return config.urlFromRoot(`/kling/v1/videos/image2video/${id}`);
    default: {
      const exhaustive: never = route;
      throw new Error(`Unknown CCAPI video route: ${String(exhaustive)}`);
    }
  }
}

/** The content proxy: streams a finished task's video with the API key (`GET /v1/videos/{id}/content`). */
export function getCCAPIVideoContentUrl(config: CCAPIConfig, taskId: string): string {
  return config.url(`/videos/${encodeURIComponent(taskId)}/content`);
}
