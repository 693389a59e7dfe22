// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
import type { CCAPIModerationModelId } from '../catalog/generated/ccapi-moderation-model-ids';

export type { CCAPIModerationModelId };

/** One part of a multimodal input (omni models): text, or an image by URL or data URL. */
export type CCAPIModerationInputPart =
  | { type: 'text'; text: string }
  | { type: 'image'; image: string | URL };

export interface CCAPIModerationOptions {
  /**
   * What to classify: a string, several strings (one result each), or the parts of one
   * multimodal input (one result for all parts; omni models).
   */
  input: string | string[] | CCAPIModerationInputPart[];
  /** The moderation model. Default: `omni-moderation-latest`. */
  model?: CCAPIModerationModelId;
  /** Cancels the request. */
  abortSignal?: AbortSignal;
  /** Extra headers for this request. */
  headers?: Record<string, string | undefined>;
}
