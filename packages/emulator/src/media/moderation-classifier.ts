/** OpenAI's moderation categories (omni models); `text-moderation-*` lacks the `illicit` pair. */
export const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];

/**
 * Trigger words per category. Deliberately short and obvious so tests can flag a category on
 * purpose (`"I will kill them"` → violence) and know that ordinary text never is.
 */
const TRIGGERS: Partial<Record<ModerationCategory, RegExp>> = {
  harassment: /\b(idiot|stupid|loser|moron|bully)\b/,
  hate: /\b(hate|hateful|hatred|racist|bigot)\b/,
  illicit: /\b(steal|stolen|counterfeit|launder|smuggle)\b/,
  'illicit/violent': /\b(bomb|explosive|weapon)\b/,
  'self-harm': /\b(suicide|self-harm|kill myself|hurt myself)\b/,
  'self-harm/intent': /\b(kill myself|want to die|end my life)\b/,
  'self-harm/instructions': /\bhow to (kill|hurt) myself\b/,
  sexual: /\b(porn|nsfw|explicit sex)\b/,
  violence: /\b(kill|killing|murder|stab|shoot|attack)\b/,
  'violence/graphic': /\b(gore|gory|dismember|bloodbath)\b/,
};

export interface ModerationVerdict {
  flagged: boolean;
  categories: Record<ModerationCategory, boolean>;
  scores: Record<ModerationCategory, number>;
}

/** Classifies a text deterministically: trigger words score 0.9–0.99, everything else < 0.01. */
export function classifyModeration(text: string): ModerationVerdict {
  const lower = text.toLowerCase();
  const categories = {} as Record<ModerationCategory, boolean>;
  const scores = {} as Record<ModerationCategory, number>;

  for (const category of MODERATION_CATEGORIES) {
    categories[category] = TRIGGERS[category]?.test(lower) ?? false;
  }
  // Threatening variants: hostility combined with violence.
  categories['harassment/threatening'] = categories.harassment && categories.violence;
  categories['hate/threatening'] = categories.hate && categories.violence;
  // A flagged sub-category implies its parent.
  for (const category of MODERATION_CATEGORIES) {
    const parent = category.split('/')[0] as ModerationCategory;
    if (categories[category] && parent !== category) categories[parent] = true;
  }

  for (const category of MODERATION_CATEGORIES) {
    const fraction = (fnv1a(`${category}:${lower}`) % 1000) / 1000;
    scores[category] = categories[category]
      ? Math.round((0.9 + fraction * 0.09) * 1e6) / 1e6
      : Math.round(fraction * 0.009 * 1e6) / 1e6;
  }

  return {
    flagged: MODERATION_CATEGORIES.some((category) => categories[category]),
    categories,
    scores,
  };
}

function fnv1a(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
