import { toTaskDto } from './emulator-task-responses';
import type { EmulatorTaskView } from './emulator-task-store';
import type { EmulatorMusicDataShape } from './music-data-shape';
import {
  EMULATOR_CLIP_SECONDS,
  type EmulatorMusicClip,
  type EmulatorMusicTask,
  reportedAudioUrl,
} from './music-tasks';

const iso = (ms: number) => new Date(ms).toISOString();

/** new-api's TaskDto for a music task, its `data` in the given shape (any but `site-a`). */
export function toMusicTaskDto(
  music: EmulatorMusicTask,
  view: EmulatorTaskView,
  shape: Exclude<EmulatorMusicDataShape, 'site-a'>,
): Record<string, unknown> {
  const done = view.phase === 'succeeded';
  const first = music.clips[0];
  const firstAudio =
    music.action === 'MUSIC' && first != null ? reportedAudioUrl(music, first) : '';
  return toTaskDto(music.task, view, {
    resultUrl: done && firstAudio !== '' ? firstAudio : undefined,
    data: toTaskData(music, view, shape),
  });
}

function toTaskData(
  music: EmulatorMusicTask,
  view: EmulatorTaskView,
  shape: Exclude<EmulatorMusicDataShape, 'site-a'>,
): unknown {
  const done = view.phase === 'succeeded';
  if (music.action === 'LYRICS') {
    if (shape === 'musicapi') {
      return done
        ? {
            code: 200,
            results: music.lyrics.map((lyrics) => ({ title: lyrics.title, lyrics: lyrics.text })),
            message: 'success',
          }
        : null;
    }
    const first = music.lyrics[0];
    return {
      id: music.upstreamId,
      text: done ? (first?.text ?? '') : '',
      title: done ? (first?.title ?? '') : '',
      status: done ? 'complete' : view.phase === 'failed' ? 'error' : 'running',
    };
  }
  if (music.action === 'UPSAMPLE_TAGS') {
    return done ? { upsampled_tags: music.upsampledTags, request_id: music.upstreamId } : null;
  }

  switch (shape) {
    case 'classic':
      return music.clips.map((clip) => toClassicClip(music, clip, view));
    case 'camel':
      return music.clips.map((clip) => ({
        id: clip.id,
        audioUrl: done ? reportedAudioUrl(music, clip) : '',
        streamAudioUrl:
          view.phase === 'queued' || music.withoutAudio ? '' : `${clip.audioUrl}?stream=1`,
        imageUrl: done ? clip.imageUrl : '',
        prompt: clip.lyrics,
        modelName: clip.modelVersion,
        title: clip.title,
        tags: clip.style,
        createTime: clip.createdAt,
        duration: done ? EMULATOR_CLIP_SECONDS : null,
      }));
    case 'musicapi':
      return music.clips.map((clip) => ({
        clip_id: clip.id,
        state: { queued: 'pending', running: 'running', succeeded: 'succeeded', failed: 'failed' }[
          view.phase
        ],
        title: clip.title,
        tags: clip.style,
        lyrics: clip.lyrics,
        image_url: done ? clip.imageUrl : null,
        audio_url: done ? reportedAudioUrl(music, clip) || null : null,
        video_url: done ? (clip.videoUrl ?? null) : null,
        created_at: iso(clip.createdAt),
        mv: clip.modelVersion,
        duration: done ? EMULATOR_CLIP_SECONDS : null,
      }));
    case 'producer':
      return done
        ? {
            clips: music.clips.map((clip) => ({
              clip_id: clip.id,
              state: 'completed',
              title: clip.title,
              sound: clip.style,
              lyrics: clip.lyrics,
              image_url: clip.imageUrl,
              audio_url: reportedAudioUrl(music, clip) || null,
              video_url: null,
              created_at: iso(clip.createdAt),
              mv: clip.modelVersion,
              seed: null,
              // CCAPI's example reports no duration for Producer clips.
              duration: null,
            })),
            progress: '100%',
            quota: '3',
          }
        : {
            progress: `${Math.round(view.progress)}%`,
            status: view.phase === 'failed' ? 'FAILURE' : 'IN_PROGRESS',
            // The upstream job's UUID: CCAPI does not know the task by it.
            task_id: music.upstreamId,
            ...(view.phase === 'failed' ? { error: view.failReason } : {}),
          };
  }
}

/** new-api's Suno clip (the upstream `/feed` item it stores). */
function toClassicClip(
  music: EmulatorMusicTask,
  clip: EmulatorMusicClip,
  view: EmulatorTaskView,
): Record<string, unknown> {
  const done = view.phase === 'succeeded';
  const failed = view.phase === 'failed';
  return {
    id: clip.id,
    title: clip.title,
    status: { queued: 'submitted', running: 'streaming', succeeded: 'complete', failed: 'error' }[
      view.phase
    ],
    audio_url: done ? reportedAudioUrl(music, clip) : '',
    image_url: done ? clip.imageUrl : '',
    image_large_url: done ? clip.imageUrl : '',
    video_url: done ? (clip.videoUrl ?? '') : '',
    model_name: clip.modelVersion,
    major_model_version: clip.modelVersion.replace(/^chirp-/, ''),
    created_at: iso(clip.createdAt),
    is_video_pending: !done,
    metadata: {
      tags: clip.style,
      prompt: clip.lyrics,
      gpt_description_prompt: clip.description,
      type: 'gen',
      duration: done ? EMULATOR_CLIP_SECONDS : null,
      error_type: failed ? 'moderation' : null,
      error_message: failed ? (view.failReason ?? 'failed') : null,
    },
  };
}

/** Site A's camelCase item (docs-en.ccapi.ai's Suno batch fetch): the task and its first clip. */
export function toSiteAItem(
  music: EmulatorMusicTask,
  view: EmulatorTaskView,
): Record<string, unknown> {
  const done = view.phase === 'succeeded';
  const clip = music.clips[0];
  const isMusic = music.action === 'MUSIC';
  const lyrics = isMusic ? (clip?.lyrics ?? '') : done ? (music.lyrics[0]?.text ?? '') : '';
  const lines = lyrics.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('['));
  return {
    taskId: music.task.id,
    status: {
      queued: 'PENDING',
      running: 'TEXT_SUCCESS',
      succeeded: 'SUCCESS',
      failed: 'GENERATE_AUDIO_FAILED',
    }[view.phase],
    action: music.action,
    audioUrl: done && clip != null ? reportedAudioUrl(music, clip) : '',
    videoUrl: done && clip?.videoUrl != null ? clip.videoUrl : '',
    stems: { vocalsUrl: '', instrumentalsUrl: '', drumsUrl: '', bassUrl: '' },
    lyrics,
    alignedLyrics:
      done && isMusic
        ? lines.map((text, index) => ({
            time: Number(((index * EMULATOR_CLIP_SECONDS) / lines.length).toFixed(2)),
            text,
          }))
        : [],
    tags: isMusic ? (clip?.style ?? '') : done ? (music.upsampledTags ?? '') : '',
    errorMessage: view.phase === 'failed' ? (view.failReason ?? 'failed') : '',
  };
}
