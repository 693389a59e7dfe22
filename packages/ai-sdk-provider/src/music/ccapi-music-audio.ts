/**
 * When a track's audio is downloaded:
 *
 * - `eager` (default): before the function returns, so `track.audio.uint8Array` is there and a
 *   download failure surfaces in the call (as `CCAPITaskPollError`, stage `download`).
 * - `lazy`: only when you call `await track.audio.load()`; until then only `track.audio.url` is
 *   known. For apps that hand the URL on, or store only some tracks.
 */
export type CCAPIMusicDownload = 'eager' | 'lazy';

/** A track's audio before it is downloaded. `load()` downloads it once and caches the result. */
export interface CCAPIMusicAudio {
  /** Where the audio is, as the task reported it (a CDN link that may expire). */
  readonly url: string;
  /** True once `load()` has finished. */
  readonly isLoaded: boolean;
  /**
   * Downloads the audio (once; later calls return the same file) through the provider's
   * `fetch`. The API key is sent only when the URL is on CCAPI's own origin.
   */
  load(options?: { abortSignal?: AbortSignal }): Promise<CCAPIMusicAudioFile>;
}

/** Downloaded audio, shaped like the AI SDK's `GeneratedAudioFile`. */
export interface CCAPIMusicAudioFile {
  /** Where the audio was downloaded from. */
  readonly url: string;
  readonly uint8Array: Uint8Array;
  /** The bytes as base64 (no `data:` prefix). */
  readonly base64: string;
  /** The server's `audio/*` type, else what the bytes say, e.g. `audio/mpeg`, `audio/mp4`, `audio/wav`. */
  readonly mediaType: string;
  /** The file extension for `mediaType`, e.g. `mp3`, `m4a`, `wav`. */
  readonly format: string;
}

/** Audio that is already downloaded: the file's fields, plus `load()` (which resolves at once). */
export type CCAPILoadedMusicAudio = CCAPIMusicAudio & CCAPIMusicAudioFile;

/** The audio type a track has for a `download` mode. */
export type CCAPIMusicAudioFor<DOWNLOAD extends CCAPIMusicDownload | undefined> =
  DOWNLOAD extends 'lazy' ? CCAPIMusicAudio : CCAPILoadedMusicAudio;
