import { createHash } from 'node:crypto';
import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { applyOneShotFault } from '../faults/apply-one-shot-fault';
import { sendInvalidRequest, sendJson } from '../http/send-response';
import { modelInBody } from '../models/reject-unknown-model';
import { classifyModeration, MODERATION_CATEGORIES } from './moderation-classifier';

/** What new-api fills in when the request names no model. */
const DEFAULT_MODERATION_MODEL = 'text-moderation-stable';

/**
 * `POST /v1/moderations` in OpenAI's shape. Inputs containing trigger words ("kill", "hate", …,
 * see `moderation-classifier.ts`) are flagged deterministically. `text-moderation-*` models
 * answer without the `illicit` categories and `category_applied_input_types`, as the real ones do.
 */
export const moderationRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/v1/moderations',
    auth: 'bearer',
    model: modelInBody(DEFAULT_MODERATION_MODEL),
    handle: handleModeration,
  },
];

async function handleModeration(context: EmulatorContext): Promise<void> {
  if (await applyOneShotFault(context)) return;
  const body = context.request.body as Record<string, unknown> | undefined;
  if (body == null || typeof body !== 'object') {
    sendInvalidRequest(context, 'The request body must be JSON: {"input"}.');
    return;
  }
  const model =
    typeof body.model === 'string' && body.model.length > 0
      ? (body.model.split('~')[0] as string)
      : DEFAULT_MODERATION_MODEL;

  const inputs = readInputs(body.input);
  if (inputs == null) {
    sendInvalidRequest(
      context,
      "'input' must be a non-empty string, an array of strings, or an array of text/image_url parts.",
      'input',
    );
    return;
  }

  const legacy = model.startsWith('text-moderation');
  const results = inputs.map(({ text, hasImage }) => {
    const verdict = classifyModeration(text);
    const categories: Record<string, boolean> = {};
    const scores: Record<string, number> = {};
    const appliedInputTypes: Record<string, string[]> = {};
    for (const category of MODERATION_CATEGORIES) {
      if (legacy && category.startsWith('illicit')) continue;
      categories[category] = verdict.categories[category];
      scores[category] = verdict.scores[category];
      appliedInputTypes[category] = hasImage ? ['text', 'image'] : ['text'];
    }
    return {
      flagged: verdict.flagged && Object.values(categories).some(Boolean),
      categories,
      category_scores: scores,
      ...(!legacy && { category_applied_input_types: appliedInputTypes }),
    };
  });

  const digest = createHash('sha256')
    .update(JSON.stringify([model, inputs]))
    .digest('hex')
    .slice(0, 24);
  sendJson(context.res, 200, { id: `modr-${digest}`, model, results });
}

/**
 * A string → one result; an array of strings → one result each; an array of multimodal parts
 * (`{type:"text",text}` / `{type:"image_url",…}`) → one result for the whole array.
 */
function readInputs(input: unknown): Array<{ text: string; hasImage: boolean }> | undefined {
  if (typeof input === 'string')
    return input.length > 0 ? [{ text: input, hasImage: false }] : undefined;
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (input.every((item) => typeof item === 'string')) {
    return input.map((text) => ({ text, hasImage: false }));
  }
  const texts: string[] = [];
  let hasImage = false;
  for (const part of input) {
    if (typeof part !== 'object' || part == null) return undefined;
    const { type, text } = part as { type?: unknown; text?: unknown };
    if (type === 'text' && typeof text === 'string') texts.push(text);
    else if (type === 'image_url') hasImage = true;
    else return undefined;
  }
  return [{ text: texts.join('\n'), hasImage }];
}
