import { z } from 'zod/v4';
import { ccapiTaskOptionsShape } from '../tasks/ccapi-task-options-schema';

// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids). The id
// picks the route: nano banana / Gemini image ids → Gemini-native `generateContent`; `jimeng…`
// → the Jimeng task route; `midjourney`, `niji…`, `mj…` → Midjourney imagine; anything else →
// pay-per-image `POST /v1/images/generations`.
export type { CCAPIImageModelId } from '../catalog/generated/ccapi-image-model-ids';

/** `providerOptions.ccapi` for image models. Unknown fields are rejected so typos surface. */
export const ccapiImageModelOptionsSchema = z.strictObject({
  ...ccapiTaskOptionsShape,
  /**
   * Which CCAPI route to use. Default: chosen from the model id (see `CCAPIImageModelId`).
   * `images` sends a nano banana id to the pay-per-image route instead of Gemini-native.
   */
  api: z.enum(['gemini', 'images', 'jimeng', 'midjourney']).optional(),
  /**
   * Gemini-native only: output resolution, `imageConfig.imageSize`: `1K` (default), `2K`, `4K`
   * (4K needs a Pro image model).
   */
  imageSize: z.enum(['1K', '2K', '4K']).optional(),
  /**
   * Pay-per-image only: ask for `url` (downloaded for you) or `b64_json` (inline) results.
   * Default: the server's choice; both are handled.
   */
  responseFormat: z.enum(['url', 'b64_json']).optional(),
  /** Midjourney only: `MID_JOURNEY` (default) or `NIJI_JOURNEY`; `niji` ids default to Niji. */
  botType: z.enum(['MID_JOURNEY', 'NIJI_JOURNEY']).optional(),
  /**
   * Vendor fields sent as they are, merged into the request body last (e.g. `{ quality: 'hd' }`
   * for pay-per-image, `{ scale: 3.5 }` for Jimeng, `{ state: 'order-42' }` for Midjourney).
   */
  extraBody: z.record(z.string(), z.unknown()).optional(),
});

export type CCAPIImageModelOptions = z.infer<typeof ccapiImageModelOptionsSchema>;
