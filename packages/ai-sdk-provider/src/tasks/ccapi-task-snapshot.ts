import { isRecord } from '../utils/json-record';
import type { CCAPITaskStatus } from './ccapi-task-status';
import { mapCCAPITaskStatus } from './map-ccapi-task-status';
import { parseCCAPITaskProgress } from './parse-ccapi-task-progress';

/** One look at a task: what a poll answered, in one vocabulary. */
export interface CCAPITaskSnapshot {
  /** The task id to poll with (`task_…` for new-api routes, the Midjourney id for `/mj`). */
  taskId: string;
  status: CCAPITaskStatus;
  /** The status word as the server wrote it, e.g. `IN_PROGRESS` or `succeed`. */
  rawStatus: string | undefined;
  /** 0–100 when the server reports it; 100 once the task succeeded. */
  progress: number | undefined;
  /** The upstream reason, set only when `status` is `failed`. */
  failReason: string | undefined;
  /** The poll payload after the envelope was removed; models read their results from it. */
  raw: unknown;
}

/**
 * Reads status, progress and failure reason from any task payload CCAPI returns: new-api's
 * TaskDto, the OpenAI video object, Kling's native poll body, the Gemini/Vertex live poll,
 * Jimeng's result and Midjourney's task. `fallbackTaskId` is used when the payload carries none.
 */
export function parseCCAPITaskSnapshot(value: unknown, fallbackTaskId: string): CCAPITaskSnapshot {
  const record = isRecord(value) ? value : {};
  const inner = isRecord(record.data) ? record.data : {};

  const rawStatus =
    asString(record.status) ??
    asString(record.task_status) ??
    asString(inner.status) ??
    asString(inner.task_status);
  const status = mapCCAPITaskStatus(rawStatus);

  const reportedProgress = parseCCAPITaskProgress(record.progress ?? inner.progress);
  const progress = status === 'succeeded' ? 100 : reportedProgress;

  const taskId =
    asString(record.task_id) ?? asString(record.id) ?? asString(inner.task_id) ?? fallbackTaskId;

  return {
    taskId,
    status,
    rawStatus,
    progress,
    failReason: status === 'failed' ? readFailReason(record, inner, rawStatus) : undefined,
    raw: value,
  };
}

function readFailReason(
  record: Record<string, unknown>,
  inner: Record<string, unknown>,
  rawStatus: string | undefined,
): string {
  const error = record.error;
  return (
    asString(record.fail_reason) ??
    asString(record.failReason) ??
    (isRecord(error) ? asString(error.message) : asString(error)) ??
    asString(record.errorMessage) ??
    asString(record.task_status_msg) ??
    asString(inner.fail_reason) ??
    asString(inner.task_status_msg) ??
    (isRecord(inner.error) ? asString(inner.error.message) : asString(inner.error)) ??
    `the task ended with status ${rawStatus ?? 'unknown'} and no reason`
  );
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}
