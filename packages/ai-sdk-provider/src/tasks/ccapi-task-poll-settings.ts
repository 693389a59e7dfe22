/** How a task is polled. Every field can be set per model (`withSettings`) or per call. */
export interface CCAPITaskPollSettings {
  /** Wait before the first poll and the base of the backoff, in ms. */
  pollIntervalMs: number;
  /** Upper bound of the backoff between polls, in ms. */
  maxPollIntervalMs: number;
  /** Each wait is the previous one times this factor (then ±20% jitter), up to the maximum. */
  pollBackoffFactor: number;
  /** Overall limit from the first poll to a terminal status, in ms. */
  timeoutMs: number;
  /** Retries of one status request that failed transiently (network, 408, 409, 429, 5xx). */
  pollRetries: number;
}

/**
 * The shortest wait between two status requests, in ms. Short enough for tests (which poll every
 * ~10 ms), long enough that a poll loop always hands the event loop back between requests.
 */
export const CCAPI_TASK_MIN_POLL_INTERVAL_MS = 10;

/**
 * The longest timer Node can set (2^31 − 1 ms, about 24.8 days). A longer delay is clamped to
 * 1 ms, so the timer would fire at once instead of late.
 */
export const CCAPI_TASK_MAX_TIMER_MS = 2_147_483_647;

/** Defaults for video tasks: minutes-long jobs, polled gently. */
export const CCAPI_VIDEO_TASK_POLL_DEFAULTS: CCAPITaskPollSettings = {
  pollIntervalMs: 5_000,
  maxPollIntervalMs: 20_000,
  pollBackoffFactor: 1.5,
  timeoutMs: 600_000,
  pollRetries: 3,
};

/** Defaults for image tasks (Jimeng, Midjourney): tens of seconds. */
export const CCAPI_IMAGE_TASK_POLL_DEFAULTS: CCAPITaskPollSettings = {
  pollIntervalMs: 2_000,
  maxPollIntervalMs: 10_000,
  pollBackoffFactor: 1.5,
  timeoutMs: 300_000,
  pollRetries: 3,
};

/**
 * Defaults for music tasks (Suno, Producer): CCAPI documents no interval; a Producer task took
 * about a minute in its example and upstream music APIs advise polling every 5–25 s.
 */
export const CCAPI_MUSIC_TASK_POLL_DEFAULTS: CCAPITaskPollSettings = {
  pollIntervalMs: 5_000,
  maxPollIntervalMs: 15_000,
  pollBackoffFactor: 1.5,
  timeoutMs: 600_000,
  pollRetries: 3,
};

/** Merges layers of partial settings over defaults; later layers win, `undefined` is skipped. */
export function resolveCCAPITaskPollSettings(
  defaults: CCAPITaskPollSettings,
  ...layers: Array<Partial<CCAPITaskPollSettings> | undefined>
): CCAPITaskPollSettings {
  const resolved = { ...defaults };
  for (const layer of layers) {
    if (layer == null) continue;
    for (const key of Object.keys(resolved) as Array<keyof CCAPITaskPollSettings>) {
      const value = layer[key];
      if (value != null) resolved[key] = value;
    }
  }
  // A maximum below the start would make the backoff shrink; the start wins.
  resolved.maxPollIntervalMs = Math.max(resolved.maxPollIntervalMs, resolved.pollIntervalMs);
  return resolved;
}
