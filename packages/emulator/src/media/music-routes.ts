import type { EmulatorContext, EmulatorRoute, EmulatorState } from '../emulator-types';
import { applyOneShotFault } from '../faults/apply-one-shot-fault';
import { sendJson } from '../http/send-response';
import {
  sendBannedPrompt,
  sendFlakyPollFailure,
  sendTaskEnvelope,
  sendTaskError,
} from './emulator-task-responses';
import { flakyPollFailure, pollEmulatorTask } from './emulator-task-store';
import { type EmulatorMusicDataShape, readMusicShapeHeader } from './music-data-shape';
import { toMusicTaskDto, toSiteAItem } from './music-task-data';
import {
  createEmulatorMusicTask,
  type EmulatorMusicPlatform,
  type EmulatorMusicTask,
  getEmulatorMusicTasks,
  lyricsAbout,
  titleFrom,
} from './music-tasks';
import { readEmulatorBody, readString } from './read-emulator-body';

/** What each platform accepts: new-api's Suno built-ins plus CCAPI's UPSAMPLE_TAGS; Producer MUSIC only. */
const ACTIONS: Record<EmulatorMusicPlatform, readonly string[]> = {
  suno: ['MUSIC', 'LYRICS', 'UPSAMPLE_TAGS'],
  producer: ['MUSIC'],
};

/**
 * CCAPI's music task routes (2026-12-03-wire-rules.md#task-routes-music-video-images), at the origin, not under `/v1`:
 *
 * - `POST /suno/submit/{MUSIC|LYRICS|UPSAMPLE_TAGS}` and `POST /producer/submit/MUSIC` answer
 *   `{"code":"success","message":"","data":"task_…"}`; any other action answers 400
 *   `{"code":"invalid_request","message":"invalid_action","data":null}` (CCAPI: only MUSIC is
 *   enabled on Producer). Actions are case-insensitive, as new-api upper-cases them.
 * - `GET /{platform}/fetch/{id}` answers the envelope with a TaskDto (or site A's item); an
 *   unknown id, or one of the other platform, answers 400 `task_not_exist`.
 * - `POST /{platform}/fetch` with `{"ids": [...], "action"?}` answers the TaskDtos it knows,
 *   leaving the others out (site A's shape: one per-item envelope per id instead).
 *
 * Tasks move QUEUED → IN_PROGRESS → SUCCESS (or FAILURE) over polls, like every emulated task,
 * and the prompt markers of the task store script them (`[fail]`, `[slow]`, `[flaky]`,
 * `[banned]`, `[expired-url]`). Audio is a real WAV at `/emulator/files/{clipId}.wav`.
 * `x-emulator-music-shape` (or the `musicDataShape` option) picks the inner `data` shape.
 * `x-emulator-fault: stall` holds a request open (a hung check, for abort and timeout tests) and
 * `drop-mid-stream` closes its socket, on every music route; status faults answer as elsewhere.
 */
export const musicRoutes: EmulatorRoute[] = (['suno', 'producer'] as const).flatMap(
  (platform): EmulatorRoute[] => [
    {
      method: 'POST',
      path: `/${platform}/submit/:action`,
      auth: 'bearer',
      handle: async (context) => {
        if (await applyOneShotFault(context)) return;
        submitMusicTask(context, platform);
      },
    },
    {
      method: 'GET',
      path: `/${platform}/fetch/:id`,
      auth: 'bearer',
      handle: async (context) => {
        if (await applyOneShotFault(context)) return;
        fetchMusicTask(context, platform);
      },
    },
    {
      method: 'POST',
      path: `/${platform}/fetch`,
      auth: 'bearer',
      handle: async (context) => {
        if (await applyOneShotFault(context)) return;
        fetchMusicTasks(context, platform);
      },
    },
  ],
);

function submitMusicTask(context: EmulatorContext, platform: EmulatorMusicPlatform): void {
  const { res, request, state, params, req } = context;
  const action = (params.action ?? '').toUpperCase();
  if (!ACTIONS[platform].includes(action)) {
    sendTaskError(res, 400, 'invalid_request', 'invalid_action');
    return;
  }
  const body = readEmulatorBody(request.body);
  const text = Object.values(body)
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
  if (text.toLowerCase().includes('[banned]')) {
    sendBannedPrompt(res);
    return;
  }
  const common = { platform, body, text, shape: readMusicShapeHeader(req) };

  let music: EmulatorMusicTask;
  if (action === 'LYRICS') {
    const prompt = readString(body.prompt);
    if (prompt == null) {
      sendTaskError(res, 400, 'invalid_request', 'prompt_empty');
      return;
    }
    const title = titleFrom(prompt);
    music = createEmulatorMusicTask(state, {
      ...common,
      action,
      clips: [],
      lyrics: [
        { title, text: lyricsAbout(prompt, 0) },
        { title: `${title} (Alternate)`, text: lyricsAbout(prompt, 1) },
      ],
    });
  } else if (action === 'UPSAMPLE_TAGS') {
    const tags = readString(body.tags) ?? readString(body.original_tags);
    if (tags == null) {
      sendTaskError(res, 400, 'invalid_request', 'tags is empty');
      return;
    }
    music = createEmulatorMusicTask(state, {
      ...common,
      action,
      clips: [],
      upsampledTags: `${tags}, rich layered arrangement, warm analog production, dynamic build, polished modern mix`,
    });
  } else {
    const clips = platform === 'suno' ? sunoClips(context, body) : [producerClip(body)];
    if (clips == null) return;
    music = createEmulatorMusicTask(state, { ...common, action: 'MUSIC', clips });
  }
  sendTaskEnvelope(res, music.task.id);
}

/** Suno makes two clips per task; `continue_clip_id` extends a clip of an earlier task. */
function sunoClips(
  { res, state }: EmulatorContext,
  body: Record<string, unknown>,
): Parameters<typeof createEmulatorMusicTask>[1]['clips'] | undefined {
  const continueClipId = readString(body.continue_clip_id);
  let source: { title: string; style: string } | undefined;
  if (continueClipId != null) {
    const sourceTaskId = readString(body.task_id);
    if (sourceTaskId == null) {
      sendTaskError(res, 400, 'invalid_request', 'task id is empty');
      return undefined;
    }
    const sourceTask = getEmulatorMusicTasks(state).get(sourceTaskId);
    if (sourceTask == null || sourceTask.platform !== 'suno') {
      sendTaskError(res, 400, 'task_not_exist', 'task_not_exist');
      return undefined;
    }
    source = sourceTask.clips.find((clip) => clip.id === continueClipId);
    if (source == null) {
      sendTaskError(
        res,
        400,
        'invalid_request',
        `continue_clip_id ${continueClipId} is not a clip of task ${sourceTaskId}`,
      );
      return undefined;
    }
  }
  const description = readString(body.gpt_description_prompt) ?? '';
  const lyrics = readString(body.prompt);
  const tags = readString(body.tags);
  const instrumental = body.make_instrumental === true;
  const title =
    readString(body.title) ??
    (source != null
      ? `${source.title} (Extended)`
      : titleFrom(description || lyrics || tags || ''));
  return [0, 1].map((variant) => ({
    title,
    style: tags ?? source?.style ?? 'pop',
    lyrics: instrumental ? '' : (lyrics ?? lyricsAbout(description || title, variant)),
    description,
    modelVersion: readString(body.mv) ?? 'chirp-v3-0',
  }));
}

/** Producer makes one clip; CCAPI documents `prompt`, `style`, `title`, `make_instrumental`. */
function producerClip(
  body: Record<string, unknown>,
): Parameters<typeof createEmulatorMusicTask>[1]['clips'][number] {
  const prompt = readString(body.prompt) ?? '';
  const lyrics = readString(body.lyrics);
  const style = readString(body.style) ?? readString(body.sound) ?? 'pop';
  return {
    title: readString(body.title) ?? titleFrom(prompt || lyrics || style),
    style,
    lyrics: body.make_instrumental === true ? '' : (lyrics ?? lyricsAbout(prompt || style)),
    description: prompt,
    modelVersion: readString(body.mv) ?? 'FUZZ-2.0',
  };
}

function fetchMusicTask(context: EmulatorContext, platform: EmulatorMusicPlatform): void {
  const { res, params, state, req } = context;
  const music = getEmulatorMusicTasks(state).get(params.id ?? '');
  if (music == null || music.platform !== platform) {
    sendTaskError(res, 400, 'task_not_exist', 'task_not_exist');
    return;
  }
  const failure = flakyPollFailure(music.task);
  if (failure != null) {
    sendFlakyPollFailure(res, failure);
    return;
  }
  const view = pollEmulatorTask(music.task);
  const shape = resolveShape(state, music, readMusicShapeHeader(req));
  if (shape === 'site-a') {
    sendJson(res, 200, { code: 0, message: 'success', data: toSiteAItem(music, view) });
    return;
  }
  sendTaskEnvelope(res, toMusicTaskDto(music, view, shape));
}

function fetchMusicTasks(context: EmulatorContext, platform: EmulatorMusicPlatform): void {
  const { res, request, state, req } = context;
  const body = readEmulatorBody(request.body);
  const ids = Array.isArray(body.ids)
    ? [...new Set(body.ids.filter((id): id is string => typeof id === 'string'))]
    : [];
  const action = readString(body.action)?.toUpperCase();
  const tasks = getEmulatorMusicTasks(state);
  const known = (id: string) => {
    const music = tasks.get(id);
    return music != null &&
      music.platform === platform &&
      (action == null || music.action === action)
      ? music
      : undefined;
  };

  for (const id of ids) {
    const music = known(id);
    const failure = music != null ? flakyPollFailure(music.task) : undefined;
    if (failure != null) {
      sendFlakyPollFailure(res, failure);
      return;
    }
  }

  const header = readMusicShapeHeader(req);
  const found = ids.flatMap((id) => {
    const music = known(id);
    return music != null ? [music] : [];
  });
  const siteA =
    header === 'site-a' ||
    (header == null &&
      found.length > 0 &&
      found.every((music) => resolveShape(state, music, undefined) === 'site-a'));
  if (siteA) {
    sendJson(res, 200, {
      code: 0,
      message: '',
      data: ids.map((id) => {
        const music = known(id);
        return music == null
          ? { code: 404, message: 'task_not_exist', data: null }
          : { code: 0, message: '', data: toSiteAItem(music, pollEmulatorTask(music.task)) };
      }),
    });
    return;
  }
  sendTaskEnvelope(
    res,
    found.map((music) => {
      const shape = resolveShape(state, music, header);
      const view = pollEmulatorTask(music.task);
      return shape === 'site-a'
        ? toMusicTaskDto(music, view, 'classic')
        : toMusicTaskDto(music, view, shape);
    }),
  );
}

/** The request's header, else the task's (from its submit), else the emulator's option, else the platform's. */
function resolveShape(
  state: EmulatorState,
  music: EmulatorMusicTask,
  header: EmulatorMusicDataShape | undefined,
): EmulatorMusicDataShape {
  const option = state.options.musicDataShape;
  return (
    header ??
    music.shape ??
    (option !== 'auto' ? option : music.platform === 'suno' ? 'classic' : 'producer')
  );
}
