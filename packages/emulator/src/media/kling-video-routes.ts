import type { EmulatorContext, EmulatorRoute, RecordedRequest } from '../emulator-types';
import { sendJson } from '../http/send-response';
import {
  sendBannedPrompt,
  sendTaskEnvelope,
  sendTaskError,
  toOpenAIVideo,
  toTaskDto,
} from './emulator-task-responses';
import {
  type EmulatorTask,
  type EmulatorTaskView,
  pollEmulatorTask,
  viewEmulatorTask,
} from './emulator-task-store';
import { readEmulatorBody, readModel, readSeconds, readString } from './read-emulator-body';
import { createVideoTask, findPollableTask, videoFileUrl } from './video-generation-routes';

const DEFAULT_KLING_MODEL = 'kling-v1';

/**
 * Kling's native routes as new-api serves them (`middleware/kling_adapter.go`): the submit takes
 * Kling's body and answers the OpenAI video object; the status routes answer the new-api
 * envelope with a TaskDto whose `data` is Kling's own poll body
 * (`task_status: submitted|processing|succeed|failed`, `task_result.videos[0].url`).
 * A task is found by id on either status route, as in new-api.
 */
export const klingVideoRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/kling/v1/videos/text2video',
    auth: 'bearer',
    model: readKlingModel,
    handle: (context) => submitKlingTask(context, 'text2video'),
  },
  {
    method: 'POST',
    path: '/kling/v1/videos/image2video',
    auth: 'bearer',
    model: readKlingModel,
    handle: (context) => submitKlingTask(context, 'image2video'),
  },
  { method: 'GET', path: '/kling/v1/videos/text2video/:id', auth: 'bearer', handle: pollKlingTask },
  {
    method: 'GET',
    path: '/kling/v1/videos/image2video/:id',
    auth: 'bearer',
    handle: pollKlingTask,
  },
];

/** Kling's own `model_name`, or `model`; new-api's Kling adapter defaults to `kling-v1`. */
function readKlingModel(request: RecordedRequest): string {
  const body = readEmulatorBody(request.body);
  return readString(body.model_name) ?? readString(body.model) ?? DEFAULT_KLING_MODEL;
}

function submitKlingTask(
  { res, request, state }: EmulatorContext,
  action: 'text2video' | 'image2video',
): void {
  const body = readEmulatorBody(request.body);
  const model = readModel(body.model_name) ?? readModel(body.model) ?? DEFAULT_KLING_MODEL;
  const prompt = readString(body.prompt);
  if (action === 'text2video' && prompt == null) {
    sendTaskError(res, 400, 'invalid_request', 'prompt is required');
    return;
  }
  if (action === 'image2video' && readString(body.image) == null) {
    sendTaskError(res, 400, 'invalid_request', 'image is required for image2video');
    return;
  }
  const task = createVideoTask(state, {
    kind: 'kling',
    action,
    platform: '50',
    model,
    prompt: prompt ?? '',
    input: body,
    size: undefined,
    aspectRatio: body.aspect_ratio ?? '16:9',
    seconds: readSeconds(body.duration) ?? 5,
  });
  if (task == null) {
    sendBannedPrompt(res);
    return;
  }
  sendJson(res, 200, toOpenAIVideo(task, viewEmulatorTask(task)));
}

function pollKlingTask(context: EmulatorContext): void {
  const task = findPollableTask(context, 'kling');
  if (task == null) return;
  const view = pollEmulatorTask(task);
  const url = videoFileUrl(context.state, task);
  sendTaskEnvelope(
    context.res,
    toTaskDto(task, view, { resultUrl: url, data: toKlingPoll(task, view, url) }),
  );
}

/** Kling's native poll body, kept by new-api in TaskDto `data`. */
function toKlingPoll(task: EmulatorTask, view: EmulatorTaskView, url: string): unknown {
  const taskStatus = {
    queued: 'submitted',
    running: 'processing',
    succeeded: 'succeed',
    failed: 'failed',
  }[view.phase];
  const upstreamId = `${task.id.slice(5, 23)}`;
  return {
    code: 0,
    message: 'SUCCEED',
    request_id: `req-${upstreamId}`,
    data: {
      task_id: upstreamId,
      task_status: taskStatus,
      task_status_msg: view.failReason ?? '',
      created_at: task.createdAt,
      updated_at: Date.now(),
      ...(view.phase === 'succeeded'
        ? {
            task_result: {
              videos: [{ id: `vid-${upstreamId}`, url, duration: String(task.video.seconds) }],
            },
          }
        : {}),
    },
  };
}
