import { InvalidResponseDataError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { requestCCAPITask } from '../tasks/ccapi-task-api';
import { isRecord } from '../utils/json-record';
import { getCCAPIMusicBatchFetchUrl, getCCAPIMusicFetchUrl } from './ccapi-music-api';
import { explainCCAPIMusicError } from './explain-ccapi-music-error';
import { type CCAPIMusicTaskSnapshot, parseCCAPIMusicTask } from './parse-ccapi-music-task';
import { readMusicText } from './read-ccapi-music-value';

interface FetchInput {
  config: CCAPIConfig;
  modelId: string;
  platform: string;
  headers: Record<string, string | undefined> | undefined;
  abortSignal: AbortSignal | undefined;
}

/** One item of a batch answer: a task, or site A's per-item error. */
export type CCAPIMusicFetchedItem =
  | { found: true; taskId: string; snapshot: CCAPIMusicTaskSnapshot }
  | { found: false; taskId: string; message: string };

/** `GET /{platform}/fetch/{taskId}`: the task's current state. Unknown ids answer 400 `task_not_exist`. */
export async function fetchCCAPIMusicTask(input: FetchInput & { taskId: string }): Promise<{
  snapshot: CCAPIMusicTaskSnapshot;
  responseHeaders: Record<string, string> | undefined;
}> {
  try {
    const { value, responseHeaders } = await requestCCAPITask({
      config: input.config,
      modelId: input.modelId,
      method: 'GET',
      url: getCCAPIMusicFetchUrl(input.config, input.platform, input.taskId),
      headers: input.headers,
      abortSignal: input.abortSignal,
    });
    // A gateway that answers a one-element list (as the batch route does) is read the same way.
    const item = Array.isArray(value)
      ? (value.find((entry) => readItemTaskId(entry) === input.taskId) ?? value[0])
      : value;
    const read = readFetchedItem(item, input.taskId);
    if (!read.found) {
      throw new InvalidResponseDataError({
        data: value,
        message: `CCAPI answered the check of ${input.platform} task ${input.taskId} with an error item: ${read.message}. Check the task id and platform.`,
      });
    }
    return { snapshot: read.snapshot, responseHeaders };
  } catch (error) {
    throw explainCCAPIMusicError(error, { platform: input.platform, taskId: input.taskId });
  }
}

/**
 * `POST /{platform}/fetch` with `{"ids": [...]}`: many tasks in one request. Returns one item per
 * requested id, in the order asked. CCAPI leaves out ids it does not know (or that belong to
 * another key); those come back `found: false`. Site A's per-item envelopes
 * (`{code, message, data}` with numeric codes) are read too.
 */
export async function fetchCCAPIMusicTasks(
  input: FetchInput & { taskIds: readonly string[] },
): Promise<{
  items: CCAPIMusicFetchedItem[];
  rawValue: unknown;
  responseHeaders: Record<string, string> | undefined;
}> {
  let response: Awaited<ReturnType<typeof requestCCAPITask>>;
  try {
    response = await requestCCAPITask({
      config: input.config,
      modelId: input.modelId,
      method: 'POST',
      url: getCCAPIMusicBatchFetchUrl(input.config, input.platform),
      body: { ids: input.taskIds },
      headers: input.headers,
      abortSignal: input.abortSignal,
    });
  } catch (error) {
    throw explainCCAPIMusicError(error, {
      platform: input.platform,
      batchSize: input.taskIds.length,
    });
  }
  const { value, responseHeaders } = response;
  // A gateway that answers one task as an object (as the single route does) is read as a list of one.
  const list = value == null ? [] : isRecord(value) && isTaskLike(value) ? [value] : value;
  if (!Array.isArray(list)) {
    throw new InvalidResponseDataError({
      data: value,
      message: `CCAPI answered the batch check of ${input.taskIds.length} ${input.platform} tasks without a list of tasks in data, so their states cannot be read. This is a CCAPI bug; check the tasks one by one with getMusicStatus({ model, taskId }).`,
    });
  }

  const byId = new Map<string, CCAPIMusicFetchedItem>();
  // Items without an id (site A's error items carry data: null) can only be matched by position.
  const alignByIndex = list.length === input.taskIds.length;
  list.forEach((entry, index) => {
    const fallback = alignByIndex ? input.taskIds[index] : undefined;
    const item = readFetchedItem(entry, fallback ?? '');
    if (item.taskId !== '' && !byId.has(item.taskId)) byId.set(item.taskId, item);
  });

  return {
    items: input.taskIds.map(
      (taskId) =>
        byId.get(taskId) ?? {
          found: false,
          taskId,
          message: `CCAPI did not return task ${taskId}: it does not know the id on /${input.platform}/fetch, or the task belongs to another API key or platform.`,
        },
    ),
    rawValue: value,
    responseHeaders,
  };
}

/** A TaskDto or site A item, or site A's per-item envelope `{code, message, data}` around one. */
function readFetchedItem(entry: unknown, fallbackTaskId: string): CCAPIMusicFetchedItem {
  if (isRecord(entry) && isItemEnvelope(entry)) {
    const code = String(entry.code);
    if (code === '0' || code === '200' || code === 'success') {
      return readFetchedItem(entry.data, fallbackTaskId);
    }
    return {
      found: false,
      taskId: readTaskObjectId(entry.data) ?? fallbackTaskId,
      message: `${readMusicText(entry.message) ?? 'no message'} (code ${JSON.stringify(entry.code)})`,
    };
  }
  const snapshot = parseCCAPIMusicTask(entry, fallbackTaskId);
  return { found: true, taskId: snapshot.taskId, snapshot };
}

function isItemEnvelope(entry: Record<string, unknown>): boolean {
  return (
    'code' in entry &&
    ('data' in entry || 'message' in entry) &&
    entry.task_id === undefined &&
    entry.taskId === undefined &&
    entry.status === undefined
  );
}

/** A TaskDto, site A's item, or site A's per-item envelope around one. */
function isTaskLike(entry: Record<string, unknown>): boolean {
  return readItemTaskId(entry) != null;
}

function readItemTaskId(entry: unknown): string | undefined {
  if (isRecord(entry) && isItemEnvelope(entry)) return readTaskObjectId(entry.data);
  return readTaskObjectId(entry);
}

/**
 * The public id of a TaskDto (`task_id`) or site A item (`taskId`). Never the `task_id` inside a
 * TaskDto's `data`: on a running Producer task that is the upstream job's UUID.
 */
function readTaskObjectId(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  return readMusicText(entry.task_id) ?? readMusicText(entry.taskId);
}
