/**
 * The status of a CCAPI task in one vocabulary, whatever route reported it.
 *
 * - `queued`: accepted, not started (`queued`, `NOT_START`, `SUBMITTED`, `QUEUED`, Kling `submitted`).
 * - `running`: being generated (`in_progress`, `IN_PROGRESS`, Kling `processing`, Midjourney `MODAL`).
 * - `succeeded`: finished with a result (`completed`, `SUCCESS`, Kling `succeed`).
 * - `failed`: finished without a result (`failed`, `FAILURE`, Midjourney `CANCEL`).
 * - `unknown`: anything else, including `UNKNOWN` and `""`; polling goes on until the deadline.
 */
export type CCAPITaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'unknown';
