import type { CCAPIModerationResponse } from './ccapi-moderation-api';
import type {
  CCAPIModerationCategories,
  CCAPIModerationCategoryScores,
  CCAPIModerationInputResult,
} from './ccapi-moderation-result';

/** Categories every OpenAI moderation model reports; missing ones read as `false` / `0`. */
const CORE_CATEGORIES = [
  'harassment',
  'harassmentThreatening',
  'hate',
  'hateThreatening',
  'selfHarm',
  'selfHarmIntent',
  'selfHarmInstructions',
  'sexual',
  'sexualMinors',
  'violence',
  'violenceGraphic',
] as const;

/** Maps the wire results to camelCased, typed verdicts. */
export function convertCCAPIModerationResults(
  response: CCAPIModerationResponse,
): CCAPIModerationInputResult[] {
  return response.results.map((result) => {
    const categories = Object.fromEntries(CORE_CATEGORIES.map((name) => [name, false]));
    const categoryScores = Object.fromEntries(CORE_CATEGORIES.map((name) => [name, 0]));
    for (const [name, value] of Object.entries(result.categories ?? {})) {
      if (value != null) categories[toCamelCase(name)] = value;
    }
    for (const [name, value] of Object.entries(result.category_scores ?? {})) {
      if (value != null) categoryScores[toCamelCase(name)] = value;
    }

    const appliedInputTypes = result.category_applied_input_types;
    return {
      flagged: result.flagged ?? Object.values(categories).some((value) => value === true),
      categories: categories as CCAPIModerationCategories,
      categoryScores: categoryScores as CCAPIModerationCategoryScores,
      ...(appliedInputTypes != null && {
        categoryAppliedInputTypes: Object.fromEntries(
          Object.entries(appliedInputTypes).map(([name, types]) => [
            toCamelCase(name),
            types ?? [],
          ]),
        ),
      }),
    };
  });
}

/** `self-harm/intent` → `selfHarmIntent`, `sexual/minors` → `sexualMinors`. */
export function toCamelCase(name: string): string {
  const [first = '', ...rest] = name.split(/[/\-_\s]+/).filter((part) => part.length > 0);
  return (
    first.toLowerCase() +
    rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()).join('')
  );
}
