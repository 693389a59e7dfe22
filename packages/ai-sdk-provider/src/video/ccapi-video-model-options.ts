import { z } from 'zod/v4';
import { ccapiTaskOptionsShape } from '../tasks/ccapi-task-options-schema';

/**
 * Video model ids known to work on CCAPI. Any other id is passed through unchanged.
 * Kling ids (`kling-…`, `kuaishou/kling-…`) use Kling's own routes; every other id uses the
 * generic video task route. See https://docs.ccapi.ai for the current list.
 */
export type CCAPIVideoModelId =
  | 'kling-v2-1-master'
  | 'kling-v2-1'
  | 'kling-v2-master'
  | 'kling-v1-6'
  | 'kuaishou/kling-3.0'
  | 'kuaishou/kling-3.0-standard'
  | 'kuaishou/kling-3.0-pro'
  | 'bytedance/seedance-2.0'
  | 'doubao-seedance-1-0-pro-250528'
  | 'viduq1'
  | 'vidu2.0'
  | 'sora-2'
  | 'sora-2-pro'
  | 'openai/sora-2'
  | 'openai/sora-2-pro'
  | 'veo-3.1'
  | 'google/veo-3.1'
  | 'midjourney/video'
  | 'grok/video'
  | (string & {});

/**
 * `providerOptions.ccapi` for video models. Unknown fields are rejected so typos surface.
 */
export const ccapiVideoModelOptionsSchema = z.strictObject({
  ...ccapiTaskOptionsShape,
  /**
   * Which CCAPI route to use. Default: `kling` for Kling ids, `generations`
   * (`POST /v1/video/generations`) for everything else.
   */
  api: z.enum(['generations', 'kling']).optional(),
  /** What the video must not show. Sent as `negative_prompt` (Kling, Vidu, Seedance, Wan…). */
  negativePrompt: z.string().optional(),
  /** Generation mode, e.g. Kling `std` (default) or `pro` (higher quality, 1080p). */
  mode: z.string().optional(),
  /** Kling only: prompt adherence from 0 to 1 (`cfg_scale`, default 0.5). */
  cfgScale: z.number().min(0).max(1).optional(),
  /** Kling only: camera movement, e.g. `{ type: 'simple', config: { zoom: 5 } }` (`camera_control`). */
  cameraControl: z.record(z.string(), z.unknown()).optional(),
  /**
   * Vendor fields not covered above, sent as they are: inside `metadata` on the generic route
   * (e.g. `{ watermark: false }` for Seedance), at the top level of the Kling body.
   * They override fields this provider derived from the call.
   */
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export type CCAPIVideoModelOptions = z.infer<typeof ccapiVideoModelOptionsSchema>;
