import { AISDKError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { CCAPIMusicAudio, CCAPIMusicAudioFile } from './ccapi-music-audio';
import { detectCCAPIAudioMediaType } from './detect-ccapi-audio-media-type';

/** Downloads the bytes behind a track's URL; errors are already the task engine's. */
export type CCAPIMusicAudioDownloader = (
  abortSignal: AbortSignal | undefined,
) => Promise<{ data: Uint8Array; mediaType: string | undefined }>;

/**
 * A track's audio: its URL at once, its bytes after `load()`. `load()` downloads once (parallel
 * calls share the download; a failed one can be retried); reading `uint8Array`, `base64`,
 * `mediaType` or `format` before that throws an error that says to call `load()`.
 */
export class CCAPIMusicAudioHandle implements CCAPIMusicAudio {
  #file: CCAPIMusicAudioFile | undefined;
  #pending: Promise<CCAPIMusicAudioFile> | undefined;

  constructor(
    readonly url: string,
    private readonly downloader: CCAPIMusicAudioDownloader,
  ) {}

  get isLoaded(): boolean {
    return this.#file != null;
  }

  load(options: { abortSignal?: AbortSignal } = {}): Promise<CCAPIMusicAudioFile> {
    if (this.#file != null) return Promise.resolve(this.#file);
    this.#pending ??= this.downloader(options.abortSignal).then(
      ({ data, mediaType }) => {
        const detected = detectCCAPIAudioMediaType({ data, mediaType, url: this.url });
        let base64: string | undefined;
        this.#file = {
          url: this.url,
          uint8Array: data,
          // Encoded on first read: most callers only write the bytes to disk.
          get base64() {
            base64 ??= convertUint8ArrayToBase64(data);
            return base64;
          },
          mediaType: detected.mediaType,
          format: detected.format,
        };
        return this.#file;
      },
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }

  get uint8Array(): Uint8Array {
    return this.loaded('uint8Array').uint8Array;
  }

  get base64(): string {
    return this.loaded('base64').base64;
  }

  get mediaType(): string {
    return this.loaded('mediaType').mediaType;
  }

  get format(): string {
    return this.loaded('format').format;
  }

  /** What `JSON.stringify(track)` shows: the URL and type, never the bytes. */
  toJSON(): { url: string; mediaType?: string; format?: string } {
    return this.#file == null
      ? { url: this.url }
      : { url: this.url, mediaType: this.#file.mediaType, format: this.#file.format };
  }

  private loaded(field: string): CCAPIMusicAudioFile {
    if (this.#file != null) return this.#file;
    throw new AISDKError({
      name: 'AI_CCAPIMusicAudioNotLoadedError',
      message: `track.audio.${field} was read before the audio was downloaded (the call used download: 'lazy'). Call await track.audio.load() first, or leave download at its default 'eager'. The audio is at ${this.url}.`,
    });
  }
}
