import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../emulator-types';

/**
 * Scripted task outcomes, chosen by a marker anywhere in the prompt (case-insensitive):
 *
 * - `[fail]`: the task ends in FAILURE with an upstream-style reason.
 * - `[slow]`: the task never finishes; progress creeps up to 90% and stays there. Use it to
 *   test timeouts, aborts and resuming.
 * - `[flaky]`: the first status poll answers 502, the second 429 (`Retry-After: 0`), then the
 *   task behaves normally. Use it to test poll retries.
 * - `[banned]`: the submit answers HTTP 200 with a failing envelope code (new-api's task
 *   envelope, or Midjourney `code: 24`), as CCAPI does for a prompt it refuses outright.
 * - `[expired-url]`: the task succeeds, but its result URL answers 403 (an expired CDN link);
 *   the content proxy still serves the file.
 *
 * Without a marker the task succeeds after `taskDurationMs` (default 30 ms).
 */
export type EmulatorTaskScript = 'succeed' | 'fail' | 'slow' | 'flaky' | 'banned' | 'expired-url';

export type EmulatorTaskKind = 'video' | 'kling' | 'jimeng' | 'midjourney' | 'music';

export interface EmulatorTask {
  /** `task_<32 alphanumerics>`, or a numeric string for Midjourney. */
  id: string;
  /** The gateway's integer row id (TaskDto `id`). */
  row: number;
  kind: EmulatorTaskKind;
  /** TaskDto `action`, e.g. `generate`, `text2video`, `IMAGINE`. */
  action: string;
  /** TaskDto `platform`: new-api's channel type as a string. */
  platform: string;
  model: string;
  prompt: string;
  script: EmulatorTaskScript;
  /** The submit body, for routes that echo inputs. */
  input: Record<string, unknown>;
  createdAt: number;
  durationMs: number;
  /** Status polls answered with the task's state so far. */
  polls: number;
  /** `[flaky]` failures served so far. */
  flakyFailures: number;
  /** Progress last reported, so it never goes backwards. */
  progress: number;
  /** Set once the task reached a terminal state. */
  finishedAt: number | undefined;
  /** Width, height and seconds of the result video (video tasks). */
  video: { width: number; height: number; seconds: number };
}

export type EmulatorTaskPhase = 'queued' | 'running' | 'succeeded' | 'failed';

export interface EmulatorTaskView {
  phase: EmulatorTaskPhase;
  /** 0–100. */
  progress: number;
  failReason: string | undefined;
}

const STORE_KEY = 'media-tasks';

export const EMULATOR_TASK_FAIL_REASON =
  'upstream task failed: the prompt was flagged by content moderation (emulator script [fail])';

export function getEmulatorTaskStore(state: EmulatorState): Map<string, EmulatorTask> {
  let store = state.stores.get(STORE_KEY) as Map<string, EmulatorTask> | undefined;
  if (store == null) {
    store = new Map();
    state.stores.set(STORE_KEY, store);
  }
  return store;
}

export function readEmulatorTaskScript(prompt: string): EmulatorTaskScript {
  const text = prompt.toLowerCase();
  if (text.includes('[banned]')) return 'banned';
  if (text.includes('[fail]')) return 'fail';
  if (text.includes('[slow]')) return 'slow';
  if (text.includes('[flaky]')) return 'flaky';
  if (text.includes('[expired-url]')) return 'expired-url';
  return 'succeed';
}

export function createEmulatorTask(
  state: EmulatorState,
  init: Pick<EmulatorTask, 'kind' | 'action' | 'platform' | 'model' | 'prompt' | 'input'> & {
    id?: string;
    video?: EmulatorTask['video'];
  },
): EmulatorTask {
  const store = getEmulatorTaskStore(state);
  const task: EmulatorTask = {
    id: init.id ?? newGatewayTaskId(),
    row: store.size + 1,
    kind: init.kind,
    action: init.action,
    platform: init.platform,
    model: init.model,
    prompt: init.prompt,
    script: readEmulatorTaskScript(init.prompt),
    input: init.input,
    createdAt: Date.now(),
    durationMs: state.options.taskDurationMs,
    polls: 0,
    flakyFailures: 0,
    progress: 0,
    finishedAt: undefined,
    video: init.video ?? { width: 32, height: 32, seconds: 1 },
  };
  store.set(task.id, task);
  return task;
}

/** new-api's public task id: `task_` + 32 alphanumerics. */
export function newGatewayTaskId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(32);
  let id = 'task_';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}

/**
 * Answers one status poll: counts it and moves the task on. A task finishes on the first poll
 * after `durationMs` has passed; polls before that see it queued (the first) and then running,
 * with a percentage that grows on every poll. `[slow]` tasks never finish.
 */
export function pollEmulatorTask(task: EmulatorTask, now: number = Date.now()): EmulatorTaskView {
  task.polls += 1;
  const fraction = task.durationMs <= 0 ? 1 : (now - task.createdAt) / task.durationMs;

  if (task.finishedAt == null && fraction >= 1 && task.script !== 'slow') {
    task.finishedAt = now;
    task.progress = task.script === 'fail' ? task.progress : 100;
  }
  if (task.finishedAt == null) {
    if (task.polls === 1) {
      task.progress = Math.max(task.progress, 10);
    } else {
      const target = Math.round(30 + 60 * Math.min(1, fraction));
      task.progress = Math.min(
        task.script === 'slow' ? 90 : 95,
        Math.max(task.progress + 1, target),
      );
    }
  }
  return viewEmulatorTask(task);
}

/** The task's state without counting a poll (downloads, the content proxy). */
export function viewEmulatorTask(task: EmulatorTask): EmulatorTaskView {
  if (task.finishedAt != null) {
    return task.script === 'fail'
      ? { phase: 'failed', progress: task.progress, failReason: EMULATOR_TASK_FAIL_REASON }
      : { phase: 'succeeded', progress: 100, failReason: undefined };
  }
  return {
    phase: task.polls <= 1 ? 'queued' : 'running',
    progress: task.progress,
    failReason: undefined,
  };
}

/** For `[flaky]` tasks: the transient failure this poll should answer with, if any. */
export function flakyPollFailure(task: EmulatorTask): 502 | 429 | undefined {
  if (task.script !== 'flaky' || task.flakyFailures >= 2) return undefined;
  task.flakyFailures += 1;
  return task.flakyFailures === 1 ? 502 : 429;
}
