import { randomInt } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { sendJson } from '../http/send-response';
import { createPng } from '../media-bytes/create-png';
import { readEmulatorMediaFile, registerEmulatorMediaFile } from './emulator-media-files';
import { sendFlakyPollFailure } from './emulator-task-responses';
import {
  createEmulatorTask,
  type EmulatorTask,
  type EmulatorTaskView,
  flakyPollFailure,
  getEmulatorTaskStore,
  pollEmulatorTask,
  viewEmulatorTask,
} from './emulator-task-store';
import { readEmulatorBody, readString } from './read-emulator-body';

/**
 * Midjourney through new-api's midjourney-proxy relay (`relay/mjproxy_handler.go`):
 *
 * - `POST /mj/submit/imagine` answers `{code:1, description, result:<id>, properties}`; a
 *   `[banned]` prompt answers HTTP 200 with `code: 24` (sensitive words), a missing prompt 400.
 * - `GET /mj/task/{id}/fetch` answers the task itself, no envelope: `status` NOT_START →
 *   SUBMITTED → IN_PROGRESS → SUCCESS | FAILURE, `progress` as `"NN%"`, `imageUrl` and the
 *   upscale/variation `buttons` once done.
 * - `GET /mj/image/{id}` serves the grid image without auth (new-api registers it before auth).
 */
export const midjourneyRoutes: EmulatorRoute[] = [
  { method: 'POST', path: '/mj/submit/imagine', auth: 'bearer', handle: submitImagine },
  {
    method: 'GET',
    path: '/mj/task/:id/fetch',
    auth: 'bearer',
    handle({ res, params, state }) {
      const task = getEmulatorTaskStore(state).get(params.id ?? '');
      if (task == null || task.kind !== 'midjourney') {
        sendMidjourneyError(res, 400, 4, 'task_no_found');
        return;
      }
      const failure = flakyPollFailure(task);
      if (failure != null) {
        sendFlakyPollFailure(res, failure);
        return;
      }
      const view = pollEmulatorTask(task);
      sendJson(res, 200, toMidjourneyTask(task, view, `${state.origin}/mj/image/${task.id}`));
    },
  },
  {
    method: 'GET',
    path: '/mj/image/:id',
    auth: 'none',
    handle({ res, params, state }) {
      const task = getEmulatorTaskStore(state).get(params.id ?? '');
      if (
        task == null ||
        task.kind !== 'midjourney' ||
        viewEmulatorTask(task).phase !== 'succeeded'
      ) {
        sendMidjourneyError(res, 404, 4, 'image not found');
        return;
      }
      const bytes = readEmulatorMediaFile(state, `mj-${task.id}.png`) as Uint8Array;
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': bytes.byteLength });
      res.end(Buffer.from(bytes));
    },
  },
];

function submitImagine({ res, request, state }: EmulatorContext): void {
  const body = readEmulatorBody(request.body);
  const prompt = readString(body.prompt);
  if (prompt == null) {
    sendMidjourneyError(res, 400, 4, 'prompt is required');
    return;
  }
  if (prompt.toLowerCase().includes('[banned]')) {
    sendJson(res, 200, {
      code: 24,
      description:
        '可能包含敏感词 (the prompt may contain sensitive words; emulator script [banned])',
      result: null,
      properties: { promptEn: prompt, bannedWord: 'banned' },
    });
    return;
  }
  const id = `${Date.now()}${String(randomInt(100_000, 999_999))}`;
  const task = createEmulatorTask(state, {
    id,
    kind: 'midjourney',
    action: 'IMAGINE',
    platform: 'midjourney',
    model: body.botType === 'NIJI_JOURNEY' ? 'niji-journey' : 'midjourney',
    prompt,
    input: body,
  });
  registerEmulatorMediaFile(state, `mj-${task.id}.png`, {
    contentType: 'image/png',
    createBytes: () => createPng({ width: 128, height: 128, seed: task.id }),
    isReady: () => viewEmulatorTask(task).phase === 'succeeded',
  });
  sendJson(res, 200, {
    code: 1,
    description: 'Submit success',
    result: task.id,
    properties: {
      discordChannelId: '1180000000000000000',
      discordInstanceId: '1180000000000000001',
    },
  });
}

function toMidjourneyTask(task: EmulatorTask, view: EmulatorTaskView, imageUrl: string): unknown {
  const status = {
    queued: 'SUBMITTED',
    running: 'IN_PROGRESS',
    succeeded: 'SUCCESS',
    failed: 'FAILURE',
  }[view.phase];
  const finished = task.finishedAt != null;
  return {
    id: task.id,
    action: 'IMAGINE',
    customId: '',
    botType: task.model === 'niji-journey' ? 'NIJI_JOURNEY' : 'MID_JOURNEY',
    prompt: task.prompt,
    promptEn: task.prompt,
    description: `/imagine ${task.prompt}`,
    state: typeof task.input.state === 'string' ? task.input.state : '',
    submitTime: task.createdAt,
    startTime: task.polls > 1 || finished ? task.createdAt : 0,
    finishTime: finished ? (task.finishedAt as number) : 0,
    imageUrl: view.phase === 'succeeded' ? imageUrl : '',
    videoUrl: '',
    videoUrls: [],
    status,
    progress: `${Math.round(view.progress)}%`,
    failReason: view.failReason ?? '',
    buttons: view.phase === 'succeeded' ? midjourneyButtons(task.id) : [],
    maskBase64: '',
    properties: { finalPrompt: task.prompt, finalZhPrompt: '' },
  };
}

/** The grid's follow-up actions, as midjourney-proxy lists them. */
function midjourneyButtons(id: string): unknown[] {
  const hash = id.slice(-8);
  const buttons: unknown[] = [];
  for (let index = 1; index <= 4; index++) {
    buttons.push({
      customId: `MJ::JOB::upsample::${index}::${hash}`,
      emoji: '',
      label: `U${index}`,
      type: 2,
      style: 2,
    });
  }
  buttons.push({
    customId: `MJ::JOB::reroll::0::${hash}::SOLO`,
    emoji: '🔄',
    label: '',
    type: 2,
    style: 2,
  });
  for (let index = 1; index <= 4; index++) {
    buttons.push({
      customId: `MJ::JOB::variation::${index}::${hash}`,
      emoji: '',
      label: `V${index}`,
      type: 2,
      style: 2,
    });
  }
  return buttons;
}

function sendMidjourneyError(
  res: ServerResponse,
  status: number,
  code: number,
  description: string,
): void {
  sendJson(res, status, { description, type: 'upstream_error', code });
}
