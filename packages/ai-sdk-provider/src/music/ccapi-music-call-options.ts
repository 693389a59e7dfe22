import type { CCAPIProviderOptions } from '../shared/ccapi-provider-options';
import type { CCAPITaskPollSettings } from '../tasks/ccapi-task-poll-settings';
import type { CCAPITaskProgressListener } from '../tasks/ccapi-task-progress-event';
import type { CCAPIMusicModel } from './ccapi-music-model';

/** What every music function takes, like the AI SDK's generate functions. */
export interface CCAPIMusicRequestOptions {
  /** `ccapi.musicModel('suno')` or `ccapi.musicModel('producer')`. */
  model: CCAPIMusicModel;
  /** Cancels the call at once: the request in flight, a wait, a download. The task keeps running on CCAPI. */
  abortSignal?: AbortSignal;
  /** Extra HTTP headers for every request of the call. */
  headers?: Record<string, string | undefined>;
  /**
   * Retries of the submit request (and of a status check in `getMusicStatus`) after a network
   * error, 408, 409, 429 or 5xx, honouring `Retry-After`. Default 2, like the AI SDK. Polling
   * has its own retries (`poll.pollRetries`).
   */
  maxRetries?: number;
}

/** What the functions that wait for a task take on top. */
export interface CCAPIMusicWaitOptions {
  /**
   * How the task is polled: `pollIntervalMs` (first wait and backoff base, default 5000),
   * `maxPollIntervalMs` (15000), `pollBackoffFactor` (1.5), `timeoutMs` (600000),
   * `pollRetries` (3). Overrides the model's `withSettings`.
   */
  poll?: Partial<CCAPITaskPollSettings>;
  /** Called after every status check. Replaces the model's `withSettings({ onProgress })`. */
  onProgress?: CCAPITaskProgressListener;
}

/**
 * The song inputs both platforms take, typed once. Everything else goes in
 * `providerOptions.ccapi`, sent to CCAPI unchanged (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/music.md#inputs-and-provider-options).
 */
export interface CCAPIMusicInputs {
  /** What the song is about, in words (Suno `gpt_description_prompt`, Producer `prompt`). */
  prompt?: string;
  /** The song's lyrics (Suno custom mode `prompt`, Producer `lyrics`). */
  lyrics?: string;
  title?: string;
  /** Style tags, e.g. `'lo-fi, chill, piano'` (Suno `tags`, Producer `style`). */
  style?: string;
  /** No vocals (`make_instrumental`). */
  instrumental?: boolean;
  /**
   * The model version (`mv`), e.g. Suno `'chirp-crow'` (v5), Producer `'FUZZ-2.0'`. Default: the
   * platform's.
   */
  modelVersion?: string;
  /**
   * Body fields for CCAPI under `ccapi`, sent as they are and over the typed inputs (e.g.
   * `{ ccapi: { negative_tags: 'metal' } }`). `providerOptions.ccapi.taskId` resumes an existing
   * task instead of submitting a new one.
   */
  providerOptions?: CCAPIProviderOptions;
}

/** What one answer from CCAPI looked like, for debugging. */
export interface CCAPIMusicResponseMetadata {
  timestamp: Date;
  /** The music model id (the platform). */
  modelId: string;
  headers: Record<string, string> | undefined;
  /** The task as CCAPI last reported it (envelope removed). */
  body: unknown;
}
