/**
 * Reads a task's progress as a percentage from 0 to 100.
 *
 * new-api's TaskDto and Midjourney send a percent string (`"30%"`), the OpenAI video object an
 * integer (`30`). An empty string, `null` or anything unparsable means "not reported".
 */
export function parseCCAPITaskProgress(value: unknown): number | undefined {
  let percent: number | undefined;
  if (typeof value === 'number') {
    percent = value;
  } else if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
    percent = match?.[1] != null ? Number(match[1]) : undefined;
  }
  if (percent == null || !Number.isFinite(percent)) return undefined;
  return Math.min(100, Math.max(0, percent));
}
