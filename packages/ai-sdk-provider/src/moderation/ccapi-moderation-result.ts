/**
 * Flags per category, camelCased from the wire (`self-harm/intent` → `selfHarmIntent`).
 * The categories every OpenAI moderation model reports are always present (`false` when a model
 * left one out); `illicit`/`illicitViolent` come from omni models only; categories a future model
 * adds appear under their camelCased names.
 */
export interface CCAPIModerationCategories {
  harassment: boolean;
  harassmentThreatening: boolean;
  hate: boolean;
  hateThreatening: boolean;
  selfHarm: boolean;
  selfHarmIntent: boolean;
  selfHarmInstructions: boolean;
  sexual: boolean;
  sexualMinors: boolean;
  violence: boolean;
  violenceGraphic: boolean;
  illicit?: boolean;
  illicitViolent?: boolean;
  [category: string]: boolean | undefined;
}

/** Scores from 0 to 1 per category, with the same keys as `CCAPIModerationCategories`. */
export interface CCAPIModerationCategoryScores {
  harassment: number;
  harassmentThreatening: number;
  hate: number;
  hateThreatening: number;
  selfHarm: number;
  selfHarmIntent: number;
  selfHarmInstructions: number;
  sexual: number;
  sexualMinors: number;
  violence: number;
  violenceGraphic: number;
  illicit?: number;
  illicitViolent?: number;
  [category: string]: number | undefined;
}

/** The verdict for one input. */
export interface CCAPIModerationInputResult {
  /** True when the model flagged any category for this input. */
  flagged: boolean;
  categories: CCAPIModerationCategories;
  categoryScores: CCAPIModerationCategoryScores;
  /** Which input types (`text`, `image`) each category was judged on (omni models only). */
  categoryAppliedInputTypes?: Record<string, string[]>;
}

export interface CCAPIModerationResult {
  /** The moderation id (`modr-…`), when CCAPI sent one. */
  id: string | undefined;
  /** The model that answered, when CCAPI named it. */
  model: string | undefined;
  /** True when any input was flagged. */
  flagged: boolean;
  /** One result per input string, in input order (one in total for multimodal parts). */
  results: CCAPIModerationInputResult[];
  /** The raw answer, for fields this type does not cover. */
  response: { headers: Record<string, string> | undefined; body: unknown };
}
