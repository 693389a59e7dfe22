import type { EmulatorContext, EmulatorRoute, RecordedRequest } from '../emulator-types';
import { sendJson } from '../http/send-response';
import { createPng } from '../media-bytes/create-png';
import { readEmulatorMediaFile, registerEmulatorMediaFile } from './emulator-media-files';
import {
  sendBannedPrompt,
  sendFlakyPollFailure,
  sendTaskEnvelope,
  sendTaskError,
  toOpenAIVideo,
  toTaskDto,
} from './emulator-task-responses';
import {
  createEmulatorTask,
  type EmulatorTask,
  type EmulatorTaskView,
  flakyPollFailure,
  getEmulatorTaskStore,
  pollEmulatorTask,
  viewEmulatorTask,
} from './emulator-task-store';
import { pickEmulatorMediaSize } from './pick-emulator-media-size';
import { readEmulatorBody, readModel, readString } from './read-emulator-body';

/**
 * Jimeng (Volcengine visual) image generation as new-api serves it
 * (`middleware/jimeng_adapter.go`): one path, the operation in `?Action=`.
 *
 * - `CVSync2AsyncSubmitTask` takes `{req_key, prompt, width?, height?, seed?, image_urls?}` and
 *   answers the OpenAI video object (new-api reuses it for every task submit).
 * - `CVSync2AsyncGetResult` takes `{req_key, task_id, req_json?}` and answers the new-api
 *   envelope with a TaskDto (`result_url`: the PNG on the file host) whose `data` is Jimeng's own
 *   result (`code: 10000`, `data.status: in_queue | generating | done`). Like Jimeng, the images
 *   come inline in `data.binary_data_base64`, or as `data.image_urls` when `req_json` is
 *   `{"return_url":true}`.
 */
export const jimengImageRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/jimeng/',
    auth: 'bearer',
    model: readJimengModel,
    handle: handleJimeng,
  },
  { method: 'POST', path: '/jimeng', auth: 'bearer', model: readJimengModel, handle: handleJimeng },
];

/** A submit names its model in `req_key`; a result request only looks a task up. */
function readJimengModel(request: RecordedRequest): string | undefined {
  if (request.query.Action !== 'CVSync2AsyncSubmitTask') return undefined;
  return readString(readEmulatorBody(request.body).req_key);
}

function handleJimeng(context: EmulatorContext): void {
  const action = context.request.query.Action;
  if (action == null || action === '') {
    sendTaskError(context.res, 400, 'invalid_request', 'Action query parameter is required');
    return;
  }
  if (action === 'CVSync2AsyncSubmitTask') {
    submitJimengTask(context);
    return;
  }
  if (action === 'CVSync2AsyncGetResult') {
    pollJimengTask(context);
    return;
  }
  sendTaskError(context.res, 400, 'invalid_request', `unsupported Action: ${action}`);
}

function submitJimengTask({ res, request, state }: EmulatorContext): void {
  const body = readEmulatorBody(request.body);
  const model = readModel(body.req_key);
  if (model == null) {
    sendTaskError(res, 400, 'invalid_request', 'req_key is required');
    return;
  }
  const prompt = readString(body.prompt);
  if (prompt == null) {
    sendTaskError(res, 400, 'invalid_request', 'prompt is required');
    return;
  }
  if (prompt.toLowerCase().includes('[banned]')) {
    sendBannedPrompt(res);
    return;
  }
  const { width, height } = pickEmulatorMediaSize({
    size:
      typeof body.width === 'number' && typeof body.height === 'number'
        ? `${body.width}x${body.height}`
        : undefined,
    longSide: 256,
    multiple: 8,
    fallback: { width: 128, height: 128 },
  });
  const task = createEmulatorTask(state, {
    kind: 'jimeng',
    action: 'generate',
    platform: '51',
    model,
    prompt,
    input: body,
  });
  registerEmulatorMediaFile(state, `${task.id}-0.png`, {
    contentType: 'image/png',
    createBytes: () => createPng({ width, height, seed: `${task.id}:${String(body.seed ?? '')}` }),
    isReady: () => viewEmulatorTask(task).phase === 'succeeded',
    isExpired: task.script === 'expired-url',
  });
  sendJson(res, 200, toOpenAIVideo(task, viewEmulatorTask(task)));
}

function pollJimengTask({ res, request, state }: EmulatorContext): void {
  const body = readEmulatorBody(request.body);
  const task = getEmulatorTaskStore(state).get(readString(body.task_id) ?? '');
  if (task == null || task.kind !== 'jimeng') {
    sendTaskError(res, 400, 'task_not_exist', 'task_not_exist');
    return;
  }
  const failure = flakyPollFailure(task);
  if (failure != null) {
    sendFlakyPollFailure(res, failure);
    return;
  }
  const view = pollEmulatorTask(task);
  const name = `${task.id}-0.png`;
  const imageUrl = `${state.origin}/emulator/files/${encodeURIComponent(name)}`;
  const image =
    view.phase !== 'succeeded'
      ? undefined
      : wantsUrls(body.req_json)
        ? { image_urls: [imageUrl], binary_data_base64: null }
        : {
            image_urls: null,
            binary_data_base64: [
              Buffer.from(readEmulatorMediaFile(state, name) as Uint8Array).toString('base64'),
            ],
          };
  sendTaskEnvelope(
    res,
    toTaskDto(task, view, { resultUrl: imageUrl, data: toJimengResult(task, view, image) }),
  );
}

/** Jimeng returns URLs only when `req_json` asks for them (`{"return_url":true}`). */
function wantsUrls(reqJson: unknown): boolean {
  if (typeof reqJson !== 'string') return false;
  try {
    return (JSON.parse(reqJson) as { return_url?: unknown }).return_url === true;
  } catch {
    return false;
  }
}

/** Volcengine's `CVSync2AsyncGetResult` body, kept by new-api in TaskDto `data`. */
function toJimengResult(
  task: EmulatorTask,
  view: EmulatorTaskView,
  image: { image_urls: string[] | null; binary_data_base64: string[] | null } | undefined,
): unknown {
  if (view.phase === 'failed') {
    return {
      code: 50412,
      message: view.failReason,
      request_id: `req-${task.id.slice(5, 21)}`,
      status: 50412,
      data: null,
    };
  }
  const status =
    view.phase === 'succeeded' ? 'done' : view.phase === 'queued' ? 'in_queue' : 'generating';
  return {
    code: 10000,
    message: 'Success',
    request_id: `req-${task.id.slice(5, 21)}`,
    status: 10000,
    data: { status, image_urls: null, binary_data_base64: null, ...image },
  };
}
