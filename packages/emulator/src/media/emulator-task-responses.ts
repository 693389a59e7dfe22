import type { ServerResponse } from 'node:http';
import { currentRequestId } from '../http/request-id';
import { sendCCAPIError, sendJson } from '../http/send-response';
import type { EmulatorTask, EmulatorTaskView } from './emulator-task-store';

/** new-api's task envelope: `{"code":"success","message":"","data":…}`. */
export function sendTaskEnvelope(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { code: 'success', message: '', data });
}

/** new-api's task error (`dto.TaskError`): `{"code":"…","message":"…","data":null}`. */
export function sendTaskError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(res, status, { code, message, data: null });
}

/** A `[banned]` prompt: HTTP 200 whose envelope code is not a success. */
export function sendBannedPrompt(res: ServerResponse): void {
  sendTaskError(
    res,
    200,
    'sensitive_words_detected',
    'The prompt contains sensitive words and was refused (emulator script [banned]).',
  );
}

/** A `[flaky]` task's transient status failure. */
export function sendFlakyPollFailure(res: ServerResponse, status: 502 | 429): void {
  if (status === 429) {
    sendCCAPIError(
      res,
      429,
      {
        message: `当前分组上游负载已饱和，请稍后再试 (request id: ${currentRequestId()})`,
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
      },
      { 'retry-after': '0' },
    );
    return;
  }
  sendCCAPIError(res, 502, {
    message: `upstream error: bad gateway (request id: ${currentRequestId()})`,
    type: 'upstream_error',
    code: 'bad_response_status_code',
  });
}

/** new-api's stored status words (TaskDto `status`). */
export function toTaskDtoStatus(view: EmulatorTaskView): string {
  switch (view.phase) {
    case 'queued':
      return 'QUEUED';
    case 'running':
      return 'IN_PROGRESS';
    case 'succeeded':
      return 'SUCCESS';
    case 'failed':
      return 'FAILURE';
  }
}

/** The OpenAI video object's status words. */
export function toOpenAIVideoStatus(view: EmulatorTaskView): string {
  switch (view.phase) {
    case 'queued':
      return 'queued';
    case 'running':
      return 'in_progress';
    case 'succeeded':
      return 'completed';
    case 'failed':
      return 'failed';
  }
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** new-api's `dto.TaskDto`, as the fetch routes return it inside the envelope. */
export function toTaskDto(
  task: EmulatorTask,
  view: EmulatorTaskView,
  extra: { resultUrl?: string; data: unknown },
): Record<string, unknown> {
  const finished = task.finishedAt != null;
  return {
    id: task.row,
    created_at: seconds(task.createdAt),
    updated_at: seconds(Date.now()),
    task_id: task.id,
    platform: task.platform,
    user_id: 1,
    group: 'default',
    channel_id: 1,
    quota: 50_000,
    action: task.action,
    status: toTaskDtoStatus(view),
    fail_reason: view.failReason ?? '',
    ...(view.phase === 'succeeded' && extra.resultUrl != null
      ? { result_url: extra.resultUrl }
      : {}),
    submit_time: seconds(task.createdAt),
    start_time: task.polls > 1 || finished ? seconds(task.createdAt) : 0,
    finish_time: finished ? seconds(task.finishedAt as number) : 0,
    progress: `${Math.round(view.progress)}%`,
    properties: {
      input: task.prompt,
      upstream_model_name: task.model,
      origin_model_name: task.model,
    },
    username: '',
    data: extra.data,
  };
}

/** new-api's `dto.OpenAIVideo` (submit answers, `GET /v1/videos/{id}`, Sora polls). */
export function toOpenAIVideo(
  task: EmulatorTask,
  view: EmulatorTaskView,
  extra: { url?: string } = {},
): Record<string, unknown> {
  return {
    id: task.id,
    task_id: task.id,
    object: 'video',
    model: task.model,
    status: toOpenAIVideoStatus(view),
    progress: Math.round(view.progress),
    created_at: seconds(task.createdAt),
    ...(task.finishedAt != null ? { completed_at: seconds(task.finishedAt) } : {}),
    seconds: String(task.video.seconds),
    size: `${task.video.width}x${task.video.height}`,
    ...(view.phase === 'failed'
      ? { error: { message: view.failReason ?? 'task failed', code: 'task_failed' } }
      : {}),
    ...(view.phase === 'succeeded' && extra.url != null ? { metadata: { url: extra.url } } : {}),
  };
}
