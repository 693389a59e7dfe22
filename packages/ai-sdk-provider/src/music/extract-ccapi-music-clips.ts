import type { CCAPIJSONValue } from '../shared/ccapi-json-value';
import { asRecord, isRecord } from '../utils/json-record';
import { readMusicNumber, readMusicText, readMusicTimestamp } from './read-ccapi-music-value';

/** One clip as any of CCAPI's music answers describes it, in one vocabulary. */
export interface CCAPIMusicClip {
  clipId: string | undefined;
  audioUrl: string | undefined;
  imageUrl: string | undefined;
  videoUrl: string | undefined;
  title: string | undefined;
  style: string | undefined;
  lyrics: string | undefined;
  description: string | undefined;
  durationInSeconds: number | undefined;
  modelVersion: string | undefined;
  createdAt: string | undefined;
  /** The clip's own status word (`complete`, `succeeded`, `error`, …), if it has one. */
  state: string | undefined;
  /** Why the clip failed, when the answer says. */
  errorMessage: string | undefined;
  stems: Record<string, string> | undefined;
  alignedLyrics: Array<{ time: number; text: string }> | undefined;
  raw: CCAPIJSONValue;
}

// Keys only a clip (or site A's item, which is one clip) carries; the Producer running object
// (`{progress, status, task_id}`) and the lyrics object have none of them.
const CLIP_KEYS = [
  'audio_url',
  'audioUrl',
  'clip_id',
  'clipId',
  'stream_audio_url',
  'streamAudioUrl',
  'video_url',
  'videoUrl',
  'stems',
];

/**
 * Reads the clips of a music task's result (TaskDto `data`), whichever shape CCAPI sent:
 *
 * 1. an array of clips: classic Suno (`id`, `status`, `audio_url`, `metadata.tags`, …),
 *    sunoapi.org's camelCase (`audioUrl`, `imageUrl`, `modelName`, …) or MusicAPI's
 *    (`clip_id`, `state`, `lyrics`, …);
 * 2. `{ clips: [...] }`: a finished Producer task;
 * 3. one clip-like object: a single MusicAPI clip, or site A's camelCase item
 *    (`taskId`, `audioUrl`, `videoUrl`, `stems`, `alignedLyrics`).
 *
 * Anything else (the Producer running object, a lyrics object, `null`) has no clips.
 */
export function extractCCAPIMusicClips(data: unknown): CCAPIMusicClip[] {
  if (Array.isArray(data)) return data.filter(isRecord).map(readClip);
  if (!isRecord(data)) return [];
  if (Array.isArray(data.clips)) return data.clips.filter(isRecord).map(readClip);
  return CLIP_KEYS.some((key) => key in data) ? [readClip(data)] : [];
}

function readClip(clip: Record<string, unknown>): CCAPIMusicClip {
  const metadata = asRecord(clip.metadata) ?? {};
  return {
    clipId: readMusicText(clip.clip_id) ?? readMusicText(clip.clipId) ?? readMusicText(clip.id),
    audioUrl: readMusicText(clip.audio_url) ?? readMusicText(clip.audioUrl),
    imageUrl:
      readMusicText(clip.image_url) ??
      readMusicText(clip.imageUrl) ??
      readMusicText(clip.image_large_url) ??
      readMusicText(clip.imageLargeUrl),
    videoUrl: readMusicText(clip.video_url) ?? readMusicText(clip.videoUrl),
    title: readMusicText(clip.title),
    style:
      readMusicText(metadata.tags) ??
      readMusicText(clip.tags) ??
      readMusicText(clip.sound) ??
      readMusicText(clip.style),
    // Classic Suno keeps custom-mode lyrics in metadata.prompt; sunoapi.org in prompt.
    lyrics:
      readMusicText(clip.lyrics) ?? readMusicText(metadata.prompt) ?? readMusicText(clip.prompt),
    description:
      readMusicText(metadata.gpt_description_prompt) ?? readMusicText(clip.gpt_description_prompt),
    durationInSeconds: readMusicNumber(metadata.duration) ?? readMusicNumber(clip.duration),
    modelVersion:
      readMusicText(clip.mv) ??
      readMusicText(clip.model_name) ??
      readMusicText(clip.modelName) ??
      readMusicText(clip.major_model_version),
    createdAt:
      readMusicTimestamp(clip.created_at) ??
      readMusicTimestamp(clip.createdAt) ??
      readMusicTimestamp(clip.createTime),
    state: readMusicText(clip.status) ?? readMusicText(clip.state),
    errorMessage:
      readMusicText(metadata.error_message) ??
      readMusicText(clip.error_message) ??
      readMusicText(clip.errorMessage),
    stems: readStems(clip.stems),
    alignedLyrics: readAlignedLyrics(clip.alignedLyrics ?? clip.aligned_lyrics),
    raw: clip as CCAPIJSONValue,
  };
}

/** `{ vocalsUrl: "…", drums_url: "…" }` → `{ vocals: "…", drums: "…" }`; empty URLs dropped. */
function readStems(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const stems: Record<string, string> = {};
  for (const [key, url] of Object.entries(value)) {
    const text = readMusicText(url);
    if (text != null) stems[key.replace(/_?url$/i, '')] = text;
  }
  return Object.keys(stems).length > 0 ? stems : undefined;
}

function readAlignedLyrics(value: unknown): Array<{ time: number; text: string }> | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines = value.filter(isRecord).flatMap((line) => {
    const time = readMusicNumber(line.time);
    const text = typeof line.text === 'string' ? line.text : undefined;
    return time != null && text != null ? [{ time, text }] : [];
  });
  return lines.length > 0 ? lines : undefined;
}
