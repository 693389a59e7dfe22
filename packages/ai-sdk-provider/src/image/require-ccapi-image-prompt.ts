import { InvalidArgumentError } from '@ai-sdk/provider';

/** The prompt, or an `InvalidArgumentError` for routes that cannot work without one. */
export function requireCCAPIImagePrompt(
  prompt: string | undefined,
  modelId: string,
  route: string,
): string {
  if (prompt != null && prompt.trim().length > 0) return prompt;
  throw new InvalidArgumentError({
    argument: 'prompt',
    message: `${route} needs a text prompt (model '${modelId}'). Pass prompt: 'a lighthouse at dusk', or prompt: { text, images } to edit images.`,
  });
}
