import { z } from 'zod/v4';
import { ccapiTaskOptionsShape } from '../tasks/ccapi-task-options-schema';

// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids). Kling
// ids (`kling-…`, `kuaishou/kling-…`) use Kling's own routes, every other id the generic video
// task route.
export type { CCAPIVideoModelId } from '../catalog/generated/ccapi-video-model-ids';

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
