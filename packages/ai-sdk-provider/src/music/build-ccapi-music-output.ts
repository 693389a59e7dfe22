import type { CCAPIConfig } from '../ccapi-config';
import { downloadCCAPIFile } from '../tasks/download-ccapi-file';
import { downloadCCAPITaskResult } from '../tasks/download-ccapi-task-result';
import type { CCAPIMusicExpectedResult } from './ccapi-music-actions';
import { resolveCCAPIMusicUrl } from './ccapi-music-api';
import type { CCAPIMusicDownload } from './ccapi-music-audio';
import { CCAPIMusicNoResultError } from './ccapi-music-no-result-error';
import type { CCAPIMusicTaskOutput } from './ccapi-music-status';
import type { CCAPIMusicTrack } from './ccapi-music-track';
import { CCAPIMusicAudioHandle } from './create-ccapi-music-audio';
import { type CCAPIMusicClip, extractCCAPIMusicClips } from './extract-ccapi-music-clips';
import { extractCCAPIMusicLyrics, extractCCAPIMusicTags } from './extract-ccapi-music-text';
import { mapCCAPIMusicStatus } from './map-ccapi-music-status';
import type { CCAPIMusicTaskSnapshot } from './parse-ccapi-music-task';

export interface BuildCCAPIMusicOutputInput {
  snapshot: CCAPIMusicTaskSnapshot;
  platform: string;
  /** The action the caller submitted, used when the task does not report its own. */
  action: string | undefined;
  expect: CCAPIMusicExpectedResult;
  download: CCAPIMusicDownload;
  config: CCAPIConfig;
  modelId: string;
  headers: Record<string, string | undefined> | undefined;
  abortSignal: AbortSignal | undefined;
  /** How to download again without a new task, for download errors. */
  resumeAdvice: string;
}

/**
 * Turns a succeeded music task into tracks, lyrics or tags, as its action promises. Tracks are
 * the clips with an audio URL (clips that failed are left out), else one track from
 * `result_url`. A task whose result lacks what its action promises throws
 * `CCAPIMusicNoResultError`; with `download: 'eager'` every track's audio is downloaded first.
 */
export async function buildCCAPIMusicOutput(
  input: BuildCCAPIMusicOutputInput,
): Promise<CCAPIMusicTaskOutput<CCAPIMusicAudioHandle>> {
  const { snapshot, expect } = input;
  const clips = extractCCAPIMusicClips(snapshot.data);
  const wantsAudio = expect === 'audio' || expect === 'any';
  const tracks = wantsAudio ? createTracks(clips, input) : [];
  const lyrics =
    expect === 'lyrics' || expect === 'any' ? extractCCAPIMusicLyrics(snapshot.data) : [];
  const tags =
    expect === 'tags' || expect === 'any' ? extractCCAPIMusicTags(snapshot.data) : undefined;

  const missing =
    (expect === 'audio' && tracks.length === 0 && 'audio') ||
    (expect === 'lyrics' && lyrics.length === 0 && 'lyrics') ||
    (expect === 'tags' && tags == null && 'tags') ||
    undefined;
  if (missing) {
    throw new CCAPIMusicNoResultError({
      taskId: snapshot.taskId,
      platform: input.platform,
      action: snapshot.action ?? input.action,
      expected: missing,
      response: snapshot.raw,
      clipErrors: clips.flatMap((clip) => (clip.errorMessage != null ? [clip.errorMessage] : [])),
    });
  }

  if (input.download === 'eager') {
    await Promise.all(tracks.map((track) => track.audio.load({ abortSignal: input.abortSignal })));
  }
  return { tracks, lyrics, tags, data: snapshot.data };
}

function createTracks(
  clips: CCAPIMusicClip[],
  input: BuildCCAPIMusicOutputInput,
): Array<CCAPIMusicTrack<CCAPIMusicAudioHandle>> {
  const playable = clips.filter(
    (clip) => clip.audioUrl != null && mapCCAPIMusicStatus(clip.state) !== 'failed',
  );
  const resultUrl = input.snapshot.resultUrl;
  const sources =
    playable.length > 0
      ? playable
      : resultUrl != null
        ? [{ ...(clips[0] ?? emptyClip()), audioUrl: resultUrl }]
        : [];
  return sources.map((clip) => createTrack(clip, input));
}

function createTrack(
  clip: CCAPIMusicClip,
  input: BuildCCAPIMusicOutputInput,
): CCAPIMusicTrack<CCAPIMusicAudioHandle> {
  const { config, snapshot } = input;
  const url = resolveCCAPIMusicUrl(config, clip.audioUrl as string);
  return {
    audio: new CCAPIMusicAudioHandle(url, (abortSignal) =>
      downloadCCAPITaskResult(
        snapshot.taskId,
        () =>
          downloadCCAPIFile({
            url,
            config,
            modelId: input.modelId,
            trusted: false,
            headers: input.headers,
            abortSignal,
          }),
        abortSignal,
        input.resumeAdvice,
      ),
    ),
    clipId: clip.clipId,
    taskId: snapshot.taskId,
    title: clip.title,
    style: clip.style,
    lyrics: clip.lyrics,
    description: clip.description,
    durationInSeconds: clip.durationInSeconds,
    imageUrl: clip.imageUrl != null ? resolveCCAPIMusicUrl(config, clip.imageUrl) : undefined,
    videoUrl: clip.videoUrl != null ? resolveCCAPIMusicUrl(config, clip.videoUrl) : undefined,
    modelVersion: clip.modelVersion,
    createdAt: clip.createdAt,
    stems: clip.stems,
    alignedLyrics: clip.alignedLyrics,
    raw: clip.raw,
  };
}

function emptyClip(): CCAPIMusicClip {
  return {
    clipId: undefined,
    audioUrl: undefined,
    imageUrl: undefined,
    videoUrl: undefined,
    title: undefined,
    style: undefined,
    lyrics: undefined,
    description: undefined,
    durationInSeconds: undefined,
    modelVersion: undefined,
    createdAt: undefined,
    state: undefined,
    errorMessage: undefined,
    stems: undefined,
    alignedLyrics: undefined,
    raw: null,
  };
}
