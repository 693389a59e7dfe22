import type { CCAPITaskSnapshot } from '../tasks/ccapi-task-snapshot';
import { parseCCAPITaskProgress } from '../tasks/parse-ccapi-task-progress';
import { asRecord } from '../utils/json-record';
import { extractCCAPIMusicClips } from './extract-ccapi-music-clips';
import { mapCCAPIMusicStatus } from './map-ccapi-music-status';
import { readMusicText } from './read-ccapi-music-value';

/** One look at a music task, with what its result needs. */
export interface CCAPIMusicTaskSnapshot extends CCAPITaskSnapshot {
  /** TaskDto `platform` (`suno`, `producer`, or a channel number), when reported. */
  platform: string | undefined;
  /** TaskDto `action` (`MUSIC`, `LYRICS`, …), when reported. */
  action: string | undefined;
  /** TaskDto `result_url`: the first audio URL, once there is one. */
  resultUrl: string | undefined;
  /** The task's result: TaskDto `data`, or site A's camelCase item itself. */
  data: unknown;
}

/**
 * Reads a music task from a fetch answer (envelope removed): new-api's TaskDto
 * (`task_id`, `status`, `progress: "20%"`, `fail_reason`, `result_url`, `data`) or site A's
 * camelCase item (`taskId`, `status: "PENDING"`, `audioUrl`, `errorMessage`).
 *
 * The task id is the public `task_…` id (TaskDto `task_id`, site A `taskId`), else the id that
 * was polled. The `task_id` inside a running Producer task's `data` is the upstream job's UUID:
 * it is never read, because CCAPI does not know tasks by it.
 */
export function parseCCAPIMusicTask(value: unknown, polledTaskId: string): CCAPIMusicTaskSnapshot {
  const task = asRecord(value) ?? {};
  // Site A's item is the task and its one clip at once; a TaskDto keeps its result in `data`.
  const isCamelCaseItem = task.task_id === undefined && task.taskId !== undefined;
  const data = isCamelCaseItem ? task : task.data;
  const inner = isCamelCaseItem ? {} : (asRecord(task.data) ?? {});

  const rawStatus =
    readMusicText(task.status) ?? readMusicText(inner.status) ?? readMusicText(inner.state);
  const status = mapCCAPIMusicStatus(rawStatus);
  const reported = parseCCAPITaskProgress(task.progress) ?? parseCCAPITaskProgress(inner.progress);

  return {
    taskId: readMusicText(task.task_id) ?? readMusicText(task.taskId) ?? polledTaskId,
    status,
    rawStatus,
    progress: status === 'succeeded' ? 100 : reported,
    failReason: status === 'failed' ? readFailReason(task, inner, data, rawStatus) : undefined,
    raw: value,
    platform: readMusicText(task.platform),
    action: readMusicText(task.action),
    resultUrl: readResultUrl(task.result_url) ?? readResultUrl(task.resultUrl),
    data,
  };
}

function readFailReason(
  task: Record<string, unknown>,
  inner: Record<string, unknown>,
  data: unknown,
  rawStatus: string | undefined,
): string {
  const clipError = extractCCAPIMusicClips(data).find(
    (clip) => clip.errorMessage != null,
  )?.errorMessage;
  return (
    readMusicText(task.fail_reason) ??
    readMusicText(task.failReason) ??
    readMusicText(task.errorMessage) ??
    readMusicText(task.error_message) ??
    readMusicText(asRecord(task.error)?.message) ??
    readMusicText(inner.fail_reason) ??
    readMusicText(inner.error_message) ??
    readMusicText(inner.errorMessage) ??
    clipError ??
    `the task ended with status ${rawStatus ?? 'unknown'} and no reason`
  );
}

/** new-api's legacy rows copy `fail_reason` into `result_url`: only a URL counts. */
function readResultUrl(value: unknown): string | undefined {
  const text = readMusicText(value);
  return text != null && /^(https?:\/\/|data:|\/)/i.test(text.trim()) ? text.trim() : undefined;
}
