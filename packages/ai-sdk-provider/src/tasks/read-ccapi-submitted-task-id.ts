import { InvalidResponseDataError } from '@ai-sdk/provider';

/**
 * The task id of a submit answer (after the envelope was removed): a bare string
 * (`{"code":"success","data":"task_…"}`), or an object with `task_id` or `id` (the OpenAI video
 * object new-api returns for video, Kling and Jimeng submits; Kling's native `data`).
 * A submit answer without one cannot be followed, so it throws `InvalidResponseDataError`.
 */
export function readCCAPISubmittedTaskId(value: unknown, routeName: string): string {
  if (typeof value === 'string' && value.trim().length > 0) return value;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const candidate of [record.task_id, record.id, record.taskId]) {
      if (typeof candidate === 'string' && candidate.trim().length > 0) return candidate;
    }
  }
  throw new InvalidResponseDataError({
    data: value,
    message: `CCAPI accepted the request on ${routeName} but its answer carries no task id (expected "task_id" or "id"), so the task cannot be followed. This is a CCAPI or upstream bug; retry, and report it if it persists.`,
  });
}
