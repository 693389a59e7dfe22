/**
 * Moderation model ids (OpenAI's, which new-api passes through). Without a model, the provider
 * sends `omni-moderation-latest`.
 */
export type CCAPIModerationModelId =
  | 'omni-moderation-latest'
  | 'omni-moderation-2024-09-26'
  | 'text-moderation-latest'
  | 'text-moderation-stable'
  | (string & {});

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
