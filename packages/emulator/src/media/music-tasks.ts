import { createHash } from 'node:crypto';
import type { EmulatorState } from '../emulator-types';
import { createMp4 } from '../media-bytes/create-mp4';
import { createPng } from '../media-bytes/create-png';
import { createWav } from '../media-bytes/create-wav';
import { registerEmulatorMediaFile } from './emulator-media-files';
import { createEmulatorTask, type EmulatorTask, viewEmulatorTask } from './emulator-task-store';
import type { EmulatorMusicDataShape } from './music-data-shape';

/** Seconds of audio in every emulated clip: long enough to be a song's worth of WAV, short enough to stay fast. */
export const EMULATOR_CLIP_SECONDS = 2;

export type EmulatorMusicPlatform = 'suno' | 'producer';

export interface EmulatorMusicClip {
  /** A UUID, like Suno's and Producer's clip ids. */
  id: string;
  title: string;
  /** Style tags (Suno `tags`, Producer `sound`). */
  style: string;
  lyrics: string;
  description: string;
  modelVersion: string;
  createdAt: number;
  audioUrl: string;
  imageUrl: string;
  /** Suno makes a music video per clip; Producer none (`video_url: null`). */
  videoUrl: string | undefined;
}

/** A music task: the shared task (status, progress, scripts) plus what its answers show. */
export interface EmulatorMusicTask {
  task: EmulatorTask;
  platform: EmulatorMusicPlatform;
  action: 'MUSIC' | 'LYRICS' | 'UPSAMPLE_TAGS';
  /** Fixed at submit by `x-emulator-music-shape`; else the emulator's option, else the platform's default. */
  shape: EmulatorMusicDataShape | undefined;
  /** The upstream job id a running Producer task shows in `data.task_id` (never pollable). */
  upstreamId: string;
  clips: EmulatorMusicClip[];
  lyrics: Array<{ title: string; text: string }>;
  upsampledTags: string | undefined;
  /** `[no-audio]`: the task succeeds, but its answer names no audio URL (a gateway bug to survive). */
  withoutAudio: boolean;
}

const STORE_KEY = 'music-tasks';

export function getEmulatorMusicTasks(state: EmulatorState): Map<string, EmulatorMusicTask> {
  let store = state.stores.get(STORE_KEY) as Map<string, EmulatorMusicTask> | undefined;
  if (store == null) {
    store = new Map();
    state.stores.set(STORE_KEY, store);
  }
  return store;
}

/** A deterministic UUID-shaped id from a seed. */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Creates a music task in the shared task store (so `[fail]`, `[slow]`, `[flaky]` and
 * `[expired-url]` in any text field script it) and registers its files: a WAV per clip,
 * a PNG cover, and for Suno an MP4 video, served once the task succeeded.
 */
export function createEmulatorMusicTask(
  state: EmulatorState,
  input: {
    platform: EmulatorMusicPlatform;
    action: EmulatorMusicTask['action'];
    shape: EmulatorMusicDataShape | undefined;
    body: Record<string, unknown>;
    /** Every text field of the body, where prompt markers are looked for. */
    text: string;
    clips: Array<
      Omit<EmulatorMusicClip, 'id' | 'audioUrl' | 'imageUrl' | 'videoUrl' | 'createdAt'>
    >;
    lyrics?: Array<{ title: string; text: string }>;
    upsampledTags?: string;
  },
): EmulatorMusicTask {
  const task = createEmulatorTask(state, {
    kind: 'music',
    action: input.action,
    platform: input.platform,
    model: `${input.platform}_${input.action.toLowerCase()}`,
    prompt: input.text,
    input: input.body,
  });
  const ready = () => viewEmulatorTask(task).phase === 'succeeded';
  const expired = task.script === 'expired-url';
  const clips = input.clips.map((clip, index): EmulatorMusicClip => {
    const id = uuidFrom(`${task.id}:${index}`);
    const file = (extension: string, contentType: string, createBytes: () => Uint8Array) =>
      registerEmulatorMediaFile(state, `${id}.${extension}`, {
        contentType,
        createBytes,
        isReady: ready,
        isExpired: expired && extension === 'wav',
      });
    return {
      ...clip,
      id,
      createdAt: task.createdAt,
      audioUrl: file('wav', 'audio/wav', () =>
        createWav({ durationSeconds: EMULATOR_CLIP_SECONDS, seed: id, comment: clip.lyrics }),
      ),
      imageUrl: file('png', 'image/png', () => createPng({ width: 32, height: 32, seed: id })),
      videoUrl:
        input.platform === 'suno'
          ? file('mp4', 'video/mp4', () => createMp4({ fps: 4, frames: 4, seed: id }))
          : undefined,
    };
  });
  const musicTask: EmulatorMusicTask = {
    task,
    platform: input.platform,
    action: input.action,
    shape: input.shape,
    upstreamId: uuidFrom(`upstream:${task.id}`),
    clips,
    lyrics: input.lyrics ?? [],
    upsampledTags: input.upsampledTags,
    withoutAudio: input.text.toLowerCase().includes('[no-audio]'),
  };
  getEmulatorMusicTasks(state).set(task.id, musicTask);
  return musicTask;
}

/** The clip's audio URL as answers show it: empty for a `[no-audio]` task. */
export function reportedAudioUrl(music: EmulatorMusicTask, clip: EmulatorMusicClip): string {
  return music.withoutAudio ? '' : clip.audioUrl;
}

/** A title from the first words of a text, as Suno titles a song it was not given a title for. */
export function titleFrom(text: string): string {
  const words = text
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[a-z0-9]/i.test(word))
    .slice(0, 4)
    .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ''));
  const title = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return title.length > 0 ? title : 'Untitled';
}

/** Deterministic lyrics about a subject: two verses and a chorus. */
export function lyricsAbout(subject: string, variant = 0): string {
  const topic = subject.replace(/\[[^\]]*\]/g, '').trim() || 'the song';
  const lines = [
    '[Verse]',
    `I keep thinking of ${topic}`,
    variant === 0
      ? 'the night is slow and the streets are new'
      : 'the morning light comes breaking through',
    '[Chorus]',
    `oh, ${topic}`,
    'sing it back to me',
  ];
  return lines.join('\n');
}
