import { describe, expect, it } from 'vitest';
import { convertCCAPIModerationResults, toCamelCase } from './convert-ccapi-moderation-response';

describe('toCamelCase', () => {
  it.each([
    ['hate', 'hate'],
    ['self-harm/intent', 'selfHarmIntent'],
    ['sexual/minors', 'sexualMinors'],
    ['harassment_threatening', 'harassmentThreatening'],
    ['Violence/Graphic', 'violenceGraphic'],
  ])('%s → %s', (input, expected) => {
    expect(toCamelCase(input)).toBe(expected);
  });
});

describe('convertCCAPIModerationResults', () => {
  it('camelCases categories, keeps unknown ones and fills the core ones', () => {
    const [result] = convertCCAPIModerationResults({
      results: [
        {
          flagged: true,
          categories: { 'self-harm/intent': true, 'new-category/sub': false, hate: null },
          category_scores: { 'self-harm/intent': 0.97, 'new-category/sub': 0.1 },
        },
      ],
    });

    expect(result?.flagged).toBe(true);
    expect(result?.categories.selfHarmIntent).toBe(true);
    expect(result?.categories.newCategorySub).toBe(false);
    expect(result?.categories.hate).toBe(false);
    expect(result?.categories.violence).toBe(false);
    expect(result?.categoryScores.selfHarmIntent).toBe(0.97);
    expect(result?.categoryScores.violence).toBe(0);
    expect(result?.categoryAppliedInputTypes).toBeUndefined();
  });

  it('derives flagged when the upstream leaves it out', () => {
    const results = convertCCAPIModerationResults({
      results: [{ categories: { violence: true } }, { categories: { violence: false } }, {}],
    });
    expect(results.map((result) => result.flagged)).toEqual([true, false, false]);
  });
});
