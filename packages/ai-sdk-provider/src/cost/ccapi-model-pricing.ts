/**
 * What a language model call costs, in USD. Token prices are per million tokens, the unit
 * vendors publish. Every field is optional: a price that is not known is left out, and the
 * estimate falls back as `estimateCCAPICost` describes.
 */
export type CCAPILanguageModelPricing = {
  /** USD per million input tokens that were not read from or written to a prompt cache. */
  inputPerMillionTokens?: number;
  /** USD per million input tokens read from a prompt cache. Default: the input price. */
  cachedInputPerMillionTokens?: number;
  /** USD per million input tokens written to a prompt cache. Default: the input price. */
  cacheWritePerMillionTokens?: number;
  /** USD per million output tokens (text, tool calls and, unless priced apart, reasoning). */
  outputPerMillionTokens?: number;
  /** USD per million reasoning tokens, when they are billed apart from output. Default: the output price. */
  reasoningPerMillionTokens?: number;
  /** USD per request, charged on top of the tokens (models billed per call). */
  perRequest?: number;
};

/**
 * A catalog model's prices in USD: the language model prices, plus the media prices the
 * catalog may carry. Cost estimates cover language models only; `perImage` and `perSecond` are
 * there for display.
 */
export type CCAPIModelPricing = CCAPILanguageModelPricing & {
  /** USD per generated image. */
  perImage?: number;
  /** USD per second of generated video or audio. */
  perSecond?: number;
};

/** The price fields a cost estimate reads, in the order it adds them up. */
export const CCAPI_LANGUAGE_MODEL_PRICE_FIELDS = [
  'inputPerMillionTokens',
  'cachedInputPerMillionTokens',
  'cacheWritePerMillionTokens',
  'outputPerMillionTokens',
  'reasoningPerMillionTokens',
  'perRequest',
] as const satisfies readonly (keyof CCAPILanguageModelPricing)[];
