import type { CCAPITaskStatus } from './ccapi-task-status';

/**
 * Maps every status vocabulary CCAPI (new-api) can answer with onto `CCAPITaskStatus`:
 *
 * - OpenAI video object: `queued | in_progress | completed | failed | unknown`.
 * - new-api TaskDto: `NOT_START | SUBMITTED | QUEUED | IN_PROGRESS | SUCCESS | FAILURE | UNKNOWN`.
 * - Kling native poll body: `submitted | processing | succeed | failed`.
 * - Midjourney: `NOT_START | SUBMITTED | MODAL | IN_PROGRESS | SUCCESS | FAILURE | CANCEL | ""`.
 * - Gemini / Vertex live poll: `queued | processing | succeeded | failed`.
 * - Jimeng (Volcengine) result: `in_queue | generating | done | not_found | expired`.
 * - The camelCase music shape of CCAPI's older docs: `PENDING`.
 *
 * Matching ignores case. Values no vocabulary knows map to `unknown`, which keeps polling: a new
 * status word must not turn a running task into a failure.
 */
export function mapCCAPITaskStatus(raw: string | null | undefined): CCAPITaskStatus {
  if (raw == null) return 'unknown';
  const status = raw.trim().toLowerCase();
  switch (status) {
    case 'queued':
    case 'not_start':
    case 'submitted':
    case 'pending':
    case 'in_queue':
    case 'waiting':
      return 'queued';
    case 'in_progress':
    case 'processing':
    case 'running':
    case 'generating':
    case 'modal':
      return 'running';
    case 'completed':
    case 'success':
    case 'succeed':
    case 'succeeded':
    case 'done':
      return 'succeeded';
    case 'failed':
    case 'failure':
    case 'fail':
    case 'error':
    case 'cancel':
    case 'cancelled':
    case 'canceled':
    case 'expired':
    case 'not_found':
      return 'failed';
    default:
      return 'unknown';
  }
}
