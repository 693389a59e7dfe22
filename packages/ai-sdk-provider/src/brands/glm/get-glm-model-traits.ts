/** What a GLM model id tells us about its thinking switches (2026-12-03-wire-rules.md#glm). */
export interface GLMModelTraits {
  /** `glm-5.2-air` → `{ major: 5, minor: 2 }`; undefined for ids without a version (`glm-z1`). */
  version: { major: number; minor: number } | undefined;
  /** GLM-5.2 and later understand `reasoning_effort`; earlier models only thinking on/off. */
  hasEffortLevels: boolean;
  /**
   * GLM-5.3 and later always think: disabling answers error 1210 "This model always engages in
   * thinking and cannot be disabled; please use low, high, or max".
   */
  alwaysThinks: boolean;
}

/** Reads the traits from a normalized id (lower case, provider prefix removed). */
export function getGLMModelTraits(normalizedModelId: string): GLMModelTraits {
  const match = /^glm-(\d+)(?:\.(\d+))?/.exec(normalizedModelId);
  if (match == null) return { version: undefined, hasEffortLevels: false, alwaysThinks: false };
  const version = { major: Number(match[1]), minor: match[2] != null ? Number(match[2]) : 0 };
  return {
    version,
    hasEffortLevels: atLeast(version, 5, 2),
    alwaysThinks: atLeast(version, 5, 3),
  };
}

function atLeast(version: { major: number; minor: number }, major: number, minor: number) {
  return version.major > major || (version.major === major && version.minor >= minor);
}
