import type { CCAPITaskStatus } from '../tasks/ccapi-task-status';
import { mapCCAPITaskStatus } from '../tasks/map-ccapi-task-status';

/**
 * Maps a music task's (or clip's) status word onto `CCAPITaskStatus`. On top of every word the
 * task engine knows (new-api's TaskDto `NOT_START … FAILURE`, site A's `PENDING`, MusicAPI's
 * `pending | running | succeeded`), it reads:
 *
 * - classic Suno clip states: `streaming` (running), `complete` (succeeded);
 * - sunoapi.org-style steps: `TEXT_SUCCESS` and `FIRST_SUCCESS` are not the end (running);
 *   words ending in `_FAILED`, `_ERROR` or `_EXCEPTION` (`GENERATE_AUDIO_FAILED`,
 *   `SENSITIVE_WORD_ERROR`) are failures.
 *
 * Anything else, `UNKNOWN` and `""` are `unknown`: polling goes on until the deadline.
 */
export function mapCCAPIMusicStatus(raw: string | null | undefined): CCAPITaskStatus {
  if (raw == null) return 'unknown';
  const word = raw.trim().toUpperCase();
  if (word === 'TEXT_SUCCESS' || word === 'FIRST_SUCCESS' || word === 'STREAMING') return 'running';
  if (word === 'COMPLETE') return 'succeeded';
  if (/_(FAILED|FAILURE|ERROR|EXCEPTION)$/.test(word)) return 'failed';
  return mapCCAPITaskStatus(raw);
}
