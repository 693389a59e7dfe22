import type { EmulatorContext, EmulatorRoute, EmulatorState } from '../emulator-types';
import { sendBytes, sendCCAPIError, sendJson } from '../http/send-response';
import { createMp4 } from '../media-bytes/create-mp4';
import { modelInBody } from '../models/reject-unknown-model';
import { readEmulatorMediaFile, registerEmulatorMediaFile } from './emulator-media-files';
import {
  sendBannedPrompt,
  sendFlakyPollFailure,
  sendTaskEnvelope,
  sendTaskError,
  toOpenAIVideo,
  toTaskDto,
  toTaskDtoStatus,
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
import { readEmulatorBody, readModel, readSeconds, readString } from './read-emulator-body';

/** Frames per second of emulated videos: enough to be a video, small enough to stay fast. */
const VIDEO_FPS = 8;

/**
 * The generic video task routes (new-api `router/video-router.go`):
 *
 * - `POST /v1/video/generations` and `POST /v1/videos` answer the OpenAI video object.
 * - `GET /v1/video/generations/{id}` answers like CCAPI does per channel: the OpenAI video object
 *   for Sora ids (no URL: download through the content proxy), the Gemini live poll envelope for
 *   Veo ids, and the new-api envelope with a TaskDto for everything else.
 * - `GET /v1/videos/{id}` answers the OpenAI video object.
 * - `GET /v1/videos/{id}/content` streams the MP4 once the task succeeded.
 */
export const videoGenerationRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/v1/video/generations',
    auth: 'bearer',
    model: modelInBody(),
    handle: submitVideoTask,
  },
  {
    method: 'POST',
    path: '/v1/videos',
    auth: 'bearer',
    model: modelInBody(),
    handle: submitVideoTask,
  },
  {
    method: 'GET',
    path: '/v1/video/generations/:id',
    auth: 'bearer',
    handle(context) {
      const task = findPollableTask(context, 'video');
      if (task == null) return;
      const view = pollEmulatorTask(task);
      const url = videoFileUrl(context.state, task);
      if (/(^|\/)sora/i.test(task.model)) {
        sendJson(context.res, 200, toOpenAIVideo(task, view));
      } else if (/(^|\/)veo/i.test(task.model)) {
        sendTaskEnvelope(context.res, toGeminiLivePoll(task, view, url));
      } else {
        sendTaskEnvelope(
          context.res,
          toTaskDto(task, view, { resultUrl: url, data: toVendorPoll(task, view, url) }),
        );
      }
    },
  },
  {
    method: 'GET',
    path: '/v1/videos/:id',
    auth: 'bearer',
    handle(context) {
      const task = findPollableTask(context, undefined);
      if (task == null) return;
      const view = pollEmulatorTask(task);
      sendJson(
        context.res,
        200,
        toOpenAIVideo(task, view, { url: videoFileUrl(context.state, task) }),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/videos/:id/content',
    auth: 'bearer',
    handle({ res, params, state }) {
      const task = getEmulatorTaskStore(state).get(params.id ?? '');
      if (task == null || (task.kind !== 'video' && task.kind !== 'kling')) {
        sendCCAPIError(res, 404, { message: 'Task not found', type: 'invalid_request_error' });
        return;
      }
      const view = viewEmulatorTask(task);
      if (view.phase !== 'succeeded') {
        sendCCAPIError(res, 400, {
          message: `Task is not completed yet, current status: ${toTaskDtoStatus(view)}`,
          type: 'invalid_request_error',
        });
        return;
      }
      const bytes = readEmulatorMediaFile(state, `${task.id}.mp4`) as Uint8Array;
      sendBytes(res, 200, bytes, 'video/mp4', { 'cache-control': 'public, max-age=86400' });
    },
  },
];

function submitVideoTask({ res, request, state }: EmulatorContext): void {
  const body = readEmulatorBody(request.body);
  const model = readModel(body.model);
  if (model == null) {
    sendCCAPIError(res, 400, {
      message: 'Model name not specified, model name cannot be empty',
      type: 'invalid_request_error',
    });
    return;
  }
  const prompt = readString(body.prompt);
  if (prompt == null) {
    sendTaskError(res, 400, 'invalid_request', 'prompt is required');
    return;
  }
  const metadata = readEmulatorBody(body.metadata);
  const task = createVideoTask(state, {
    kind: 'video',
    action: 'generate',
    platform: platformOf(model),
    model,
    prompt,
    input: body,
    size: body.size,
    aspectRatio: metadata.aspect_ratio ?? body.aspect_ratio,
    seconds: readSeconds(body.duration, body.seconds) ?? 5,
  });
  if (task == null) {
    sendBannedPrompt(res);
    return;
  }
  sendJson(res, 200, toOpenAIVideo(task, viewEmulatorTask(task)));
}

/**
 * Creates a video task and registers its MP4 at `/emulator/files/{id}.mp4`. Returns undefined
 * (and creates nothing) for a `[banned]` prompt, which the caller refuses.
 */
export function createVideoTask(
  state: EmulatorState,
  input: {
    kind: 'video' | 'kling';
    action: string;
    platform: string;
    model: string;
    prompt: string;
    input: Record<string, unknown>;
    size: unknown;
    aspectRatio: unknown;
    seconds: number;
  },
): EmulatorTask | undefined {
  if (input.prompt.toLowerCase().includes('[banned]')) return undefined;
  const { width, height } = pickEmulatorMediaSize({
    size: input.size,
    aspectRatio: input.aspectRatio,
    longSide: 64,
    multiple: 16,
    fallback: { width: 64, height: 32 },
  });
  const task = createEmulatorTask(state, {
    kind: input.kind,
    action: input.action,
    platform: input.platform,
    model: input.model,
    prompt: input.prompt,
    input: input.input,
    video: { width, height, seconds: input.seconds },
  });
  registerEmulatorMediaFile(state, `${task.id}.mp4`, {
    contentType: 'video/mp4',
    createBytes: () =>
      createMp4({
        width,
        height,
        fps: VIDEO_FPS,
        frames: VIDEO_FPS * input.seconds,
        seed: task.id,
      }),
    isReady: () => viewEmulatorTask(task).phase === 'succeeded',
    isExpired: task.script === 'expired-url',
  });
  return task;
}

export function videoFileUrl(state: EmulatorState, task: EmulatorTask): string {
  return `${state.origin}/emulator/files/${encodeURIComponent(`${task.id}.mp4`)}`;
}

/**
 * Looks up a task for a status poll, answering 400 `task_not_exist` when unknown and the
 * `[flaky]` script's transient failures. Returns undefined when it already answered.
 */
export function findPollableTask(
  { res, params, state }: EmulatorContext,
  kind: EmulatorTask['kind'] | undefined,
): EmulatorTask | undefined {
  const task = getEmulatorTaskStore(state).get(params.id ?? '');
  if (task == null || (kind != null && task.kind !== kind)) {
    sendTaskError(res, 400, 'task_not_exist', 'task_not_exist');
    return undefined;
  }
  const failure = flakyPollFailure(task);
  if (failure != null) {
    sendFlakyPollFailure(res, failure);
    return undefined;
  }
  return task;
}

/** new-api's channel type per vendor, as TaskDto `platform` reports it. */
function platformOf(model: string): string {
  if (/sora/i.test(model)) return '55';
  if (/veo/i.test(model)) return '24';
  if (/vidu/i.test(model)) return '52';
  if (/kling/i.test(model)) return '50';
  if (/wan/i.test(model)) return '17';
  if (/hailuo|minimax/i.test(model)) return '35';
  return '54';
}

/** The raw upstream poll body TaskDto `data` carries (Seedance's shape). */
function toVendorPoll(task: EmulatorTask, view: EmulatorTaskView, url: string): unknown {
  const status = { queued: 'queued', running: 'running', succeeded: 'succeeded', failed: 'failed' }[
    view.phase
  ];
  return {
    id: `cgt-${task.id.slice(5, 21)}`,
    model: task.model,
    status,
    ...(view.phase === 'succeeded' ? { content: { video_url: url } } : {}),
    ...(view.phase === 'failed'
      ? { error: { code: 'OutputVideoSensitiveContentDetected', message: view.failReason } }
      : {}),
  };
}

/** What CCAPI answers for Gemini/Vertex (Veo) channels: a live poll in the envelope. */
function toGeminiLivePoll(task: EmulatorTask, view: EmulatorTaskView, url: string): unknown {
  const status = {
    queued: 'queued',
    running: 'processing',
    succeeded: 'succeeded',
    failed: 'failed',
  }[view.phase];
  return {
    error: view.phase === 'failed' ? { message: view.failReason, code: 'task_failed' } : null,
    format: 'mp4',
    metadata: null,
    status,
    task_id: task.id,
    url: view.phase === 'succeeded' ? url : '',
  };
}
