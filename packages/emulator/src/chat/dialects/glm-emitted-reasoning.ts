/**
 * The reasoning the GLM dialect emitted with each tool call, keyed by tool-call id, so a later
 * turn can be checked against GLM's preserved-thinking rule ("return the complete, unmodified
 * `reasoning_content`"; docs.z.ai thinking-mode).
 *
 * The dialect seam (`ChatDialect`) passes no emulator state, so this lives at module level, per
 * process. Tool-call ids are derived from the conversation (model, messages, tools), so two
 * emulators in one process that see the same conversation emit the same id with the same
 * reasoning; the store is bounded so a long-running CLI emulator does not grow without limit.
 */
const MAX_REMEMBERED_CALLS = 50_000;
const emitted = new Map<string, string>();

export function rememberGLMReasoning(toolCallIds: string[], reasoning: string): void {
  for (const id of toolCallIds) {
    emitted.delete(id);
    emitted.set(id, reasoning);
  }
  while (emitted.size > MAX_REMEMBERED_CALLS) {
    const oldest = emitted.keys().next().value;
    if (oldest === undefined) break;
    emitted.delete(oldest);
  }
}

/** The reasoning emitted with this tool call, or undefined when the emulator did not emit it. */
export function emittedGLMReasoning(toolCallId: string): string | undefined {
  return emitted.get(toolCallId);
}
