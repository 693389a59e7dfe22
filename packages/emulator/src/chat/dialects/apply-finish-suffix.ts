import type { ChatPlan } from '../chat-plan';

/** `<model>~finish:<reason>`: a test asks a brand dialect for one of the brand's own finish reasons. */
const FINISH_SUFFIX = /~finish:([a-z_]+)$/;

export function withoutFinishSuffix(model: string): string {
  return model.replace(FINISH_SUFFIX, '');
}

/**
 * The plan as the brand delivers it: the model id without the emulator's suffix and, when the
 * suffix asks for one of `brandReasons` (and no tool was called), half of the text with that
 * finish reason.
 */
export function applyFinishSuffix(
  plan: ChatPlan,
  brandReasons: ReadonlySet<string>,
): { plan: ChatPlan; finishReason: string } {
  const reason = FINISH_SUFFIX.exec(plan.model)?.[1];
  const model = withoutFinishSuffix(plan.model);
  if (reason === undefined || !brandReasons.has(reason) || plan.toolCalls.length > 0) {
    return { plan: { ...plan, model }, finishReason: plan.finishReason };
  }
  return {
    plan: { ...plan, model, text: plan.text.slice(0, Math.ceil(plan.text.length / 2)) },
    finishReason: reason,
  };
}
